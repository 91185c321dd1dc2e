import { describe, expect, it } from 'vitest';
import { graphql } from '../generated/index.js';
import { monthStart, useReportFixture } from './fixture.js';

/**
 * Product reports on the fixture (see fixture.ts). Lines of sales orders:
 *   P1 (cost 6.00): O1 2×10, O3 10×10, O6 3×10, O8 10×10, O10 6×10, O12 2×8.75
 *       → 6 lines, 33 units, 327.50; average 9.92; profit 327.50 - 33 × 6 = 129.50
 *   P2 (no cost):   O1 1×25, O2 2×25, O7 1×25, O9 12×25 → 4 lines, 16 units, 400.00
 *   P3 (cost 2.50): O3 20×5, O6 3×5, O11 7×5 → 3 lines, 30 units, 150.00; profit 75.00
 * O4 (PENDING: P1 4×10, P5) and O5 (CANCELLED: P4) count nowhere.
 */

const ProductSales = graphql(`
  query ReportsProductSales($from: DateTime!, $to: DateTime!, $limit: Int) {
    reports {
      productSales(from: $from, to: $to, limit: $limit) {
        product {
          name
        }
        orderLines
        quantitySold
        revenue
        averageSellingPrice
        estimatedProfit
      }
    }
  }
`);

const ProductsNeverOrdered = graphql(`
  query ReportsProductsNeverOrdered {
    reports {
      productsNeverOrdered {
        name
      }
    }
  }
`);

const reports = useReportFixture();
const { admin } = reports;

describe('reports.productSales', () => {
  it('sums sales order lines per product, by revenue; estimatedProfit is null without a cost', async () => {
    const response = await reports.server.execute(
      ProductSales,
      { from: monthStart(-12).toISOString(), to: monthStart(1).toISOString() },
      admin(),
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.reports.productSales).toEqual([
      {
        product: { name: 'P2' },
        orderLines: 4,
        quantitySold: 16,
        revenue: '400.00',
        averageSellingPrice: '25.00',
        estimatedProfit: null,
      },
      {
        product: { name: 'P1' },
        orderLines: 6,
        quantitySold: 33,
        revenue: '327.50',
        averageSellingPrice: '9.92',
        estimatedProfit: '129.50',
      },
      {
        product: { name: 'P3' },
        orderLines: 3,
        quantitySold: 30,
        revenue: '150.00',
        averageSellingPrice: '5.00',
        estimatedProfit: '75.00',
      },
    ]);
  });

  it('takes orders created in [from, to) only, and cuts at limit', async () => {
    const window = { from: monthStart(-1).toISOString(), to: monthStart(0).toISOString() };
    const response = await reports.server.execute(ProductSales, window, admin());
    // M-1: O6 (P1 3×10, P3 3×5), O7 (P2 1×25), O9 (P2 12×25), O8 at M0 - 1 ms (P1 10×10)
    expect(response.data?.reports.productSales).toEqual([
      {
        product: { name: 'P2' },
        orderLines: 2,
        quantitySold: 13,
        revenue: '325.00',
        averageSellingPrice: '25.00',
        estimatedProfit: null,
      },
      {
        product: { name: 'P1' },
        orderLines: 2,
        quantitySold: 13,
        revenue: '130.00',
        averageSellingPrice: '10.00',
        estimatedProfit: '52.00',
      },
      {
        product: { name: 'P3' },
        orderLines: 1,
        quantitySold: 3,
        revenue: '15.00',
        averageSellingPrice: '5.00',
        estimatedProfit: '7.50',
      },
    ]);
    const limited = await reports.server.execute(ProductSales, { ...window, limit: 1 }, admin());
    expect(limited.data?.reports.productSales.map((row) => row.product.name)).toEqual(['P2']);
  });

  it('starts at the first instant of a month', async () => {
    const response = await reports.server.execute(
      ProductSales,
      { from: monthStart(0).toISOString(), to: monthStart(1).toISOString() },
      admin(),
    );
    // O10 P1 6×10, O11 P3 7×5, O12 P1 2×8.75: 77.50 / 8 = 9.6875 → 9.69
    expect(response.data?.reports.productSales).toEqual([
      {
        product: { name: 'P1' },
        orderLines: 2,
        quantitySold: 8,
        revenue: '77.50',
        averageSellingPrice: '9.69',
        estimatedProfit: '29.50',
      },
      {
        product: { name: 'P3' },
        orderLines: 1,
        quantitySold: 7,
        revenue: '35.00',
        averageSellingPrice: '5.00',
        estimatedProfit: '17.50',
      },
    ]);
  });
});

describe('reports.productsNeverOrdered', () => {
  it('lists products on no sales order line: only-cancelled P4, only-pending P5, never P6', async () => {
    const response = await reports.server.execute(ProductsNeverOrdered, {}, admin());
    expect(response.errors).toBeUndefined();
    expect(response.data?.reports.productsNeverOrdered).toEqual([{ name: 'P4' }, { name: 'P5' }, { name: 'P6' }]);
  });
});
