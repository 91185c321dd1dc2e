import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { GraphQLError } from 'graphql';

/**
 * Static limits on an operation's shape (graphql-armor), checked before it
 * runs. Rejections carry extensions.code QUERY_TOO_COMPLEX. Introspection is
 * exempt from depth and cost (GraphiQL's schema query is deeply nested).
 *
 * Depth 12 leaves room for the contract's deepest reads, e.g.
 * orders.edges.node.items.product.category.parent.children.name (9).
 */
export const QUERY_LIMITS = {
  maxDepth: 12,
  maxAliases: 20,
  /**
   * Cost = fields (objects 2, scalars 1) with every literal `first`/`last`
   * multiplying its subtree, so nested pages of 100 × 100 rows are refused
   * while a page of 100 orders with 5 nested orders each is not.
   */
  maxCost: 50_000,
  maxTokens: 3000,
  maxDirectives: 30,
} as const;

function tagTooComplex(_context: unknown, error: GraphQLError): void {
  (error.extensions as Record<string, unknown>)['code'] = 'QUERY_TOO_COMPLEX';
}

export function queryLimitPlugins(options: { production: boolean }) {
  const callbacks = { onReject: [tagTooComplex], propagateOnRejection: true, exposeLimits: true };
  return new EnvelopArmor({
    maxDepth: { n: QUERY_LIMITS.maxDepth, ignoreIntrospection: true, flattenFragments: true, ...callbacks },
    maxAliases: { n: QUERY_LIMITS.maxAliases, ...callbacks },
    costLimit: {
      maxCost: QUERY_LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      // Depth is limited on its own; a linear cost keeps deep but narrow reads affordable.
      depthCostFactor: 1,
      ignoreIntrospection: true,
      flattenFragments: true,
      ...callbacks,
    },
    maxTokens: { n: QUERY_LIMITS.maxTokens, ...callbacks },
    maxDirectives: { n: QUERY_LIMITS.maxDirectives, ...callbacks },
    // "Did you mean …?" helps in GraphiQL; production does not leak the schema that way.
    blockFieldSuggestion: { enabled: options.production },
  }).protect().plugins;
}
