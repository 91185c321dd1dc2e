import { graphql } from '../../generated/index.js';

export const OpsHealth = graphql(`
  query OpsHealth {
    health {
      status
      database
      version
    }
  }
`);

export const OpsMetricsHealth = graphql(`
  query OpsMetricsHealth {
    health {
      status
    }
  }
`);

export const OpsProductNode = graphql(`
  query OpsProductNode($id: ID!) {
    node(id: $id) {
      id
      ... on Product {
        sku
      }
    }
  }
`);

export const OpsSlowProduct = graphql(`
  query OpsSlowProduct($id: ID!) {
    node(id: $id) {
      ... on Product {
        sku
      }
    }
  }
`);

export const OpsShutdownProduct = graphql(`
  query OpsShutdownProduct($id: ID!) {
    node(id: $id) {
      ... on Product {
        sku
      }
    }
  }
`);
