import { createServer, type Server } from 'node:http';
import pg from 'pg';

/**
 * The floor: a minimal node:http + pg server that answers each bench shape
 * with ONE hand-written SQL statement building the whole GraphQL response
 * (json_build_object / json_agg / LATERAL). What a GraphQL server over the
 * same database could at best approach.
 */
export const FLOOR_SQL = {
  products: `
    SELECT json_build_object('data', json_build_object('products', json_build_object('nodes', coalesce(json_agg(
      json_build_object('name', p.name, 'sku', p.sku, 'price', p.price::text,
        'category', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('name', c.name, 'slug', c.slug) END)
      ORDER BY p.id), '[]'::json)))) AS body
    FROM (SELECT * FROM products WHERE is_active ORDER BY id LIMIT 20) p
    LEFT JOIN categories c ON c.id = p.category_id`,
  userOrders: `
    SELECT json_build_object('data', json_build_object('user', json_build_object('orders', json_build_object('nodes', coalesce((
      SELECT json_agg(json_build_object('orderNumber', o.order_number, 'status', o.status, 'totalAmount', o.total_amount::text,
        'items', (SELECT coalesce(json_agg(json_build_object('quantity', oi.quantity, 'unitPrice', oi.unit_price::text,
            'product', json_build_object('name', p.name, 'sku', p.sku,
              'category', CASE WHEN c.id IS NULL THEN NULL ELSE json_build_object('name', c.name) END)) ORDER BY oi.id), '[]'::json)
          FROM order_items oi JOIN products p ON p.id = oi.product_id LEFT JOIN categories c ON c.id = p.category_id
          WHERE oi.order_id = o.id)) ORDER BY o.created_at DESC, o.id DESC)
      FROM (SELECT * FROM orders WHERE customer_id = $1 ORDER BY created_at DESC, id DESC LIMIT 10) o), '[]'::json))))) AS body`,
  orders: `
    SELECT json_build_object('data', json_build_object('orders', json_build_object('nodes', coalesce(json_agg(
      json_build_object('orderNumber', o.order_number, 'status', o.status, 'totalAmount', o.total_amount::text,
        'itemCount', i.item_count, 'customer', json_build_object('username', u.username, 'email', u.email), 'items', i.items)
      ORDER BY o.created_at DESC, o.id DESC), '[]'::json)))) AS body
    FROM (SELECT * FROM orders ORDER BY created_at DESC, id DESC LIMIT 20) o
    JOIN users u ON u.id = o.customer_id
    CROSS JOIN LATERAL (
      SELECT coalesce(sum(quantity), 0)::int AS item_count,
             coalesce(json_agg(json_build_object('quantity', quantity) ORDER BY id), '[]'::json) AS items
      FROM order_items WHERE order_id = o.id) i`,
  topCustomers: `
    SELECT json_build_object('data', json_build_object('reports', json_build_object('topCustomers', coalesce(json_agg(
      json_build_object('totalSpent', t.total_spent::text, 'user', json_build_object('username', u.username)) ORDER BY t.total_spent DESC, t.user_id), '[]'::json)))) AS body
    FROM (
      SELECT o.customer_id AS user_id, sum(o.total_amount) AS total_spent
      FROM orders o WHERE o.status IN ('CONFIRMED', 'SHIPPED', 'DELIVERED')
      GROUP BY o.customer_id
      HAVING EXISTS (SELECT 1 FROM users u WHERE u.id = o.customer_id AND u.deleted_at IS NULL)
      ORDER BY sum(o.total_amount) DESC, o.customer_id LIMIT 20) t
    JOIN users u ON u.id = t.user_id`,
  placeOrder: `
    WITH reserved AS (
      UPDATE products SET stock_quantity = stock_quantity - 1, updated_at = now()
      WHERE id = $2 AND is_active AND stock_quantity >= 1 RETURNING id, price
    ), next AS (SELECT nextval(pg_get_serial_sequence('orders', 'id')) AS id),
    placed AS (
      INSERT INTO orders (id, order_number, customer_id, total_amount, updated_at)
      SELECT next.id, 'FLOOR-' || next.id, $1, reserved.price, now() FROM next, reserved
      RETURNING id, order_number, total_amount
    ), line AS (
      INSERT INTO order_items (order_id, product_id, quantity, unit_price, total_price)
      SELECT placed.id, reserved.id, 1, reserved.price, reserved.price FROM placed, reserved RETURNING id
    )
    SELECT json_build_object('data', json_build_object('placeOrder', json_build_object('orderNumber', placed.order_number, 'totalAmount', placed.total_amount::text))) AS body
    FROM placed, line`,
} as const;

export type FloorShape = keyof typeof FLOOR_SQL;

/** POST /<shape> with a JSON array of parameters as the body. */
export async function startFloor(url: string, poolSize: number): Promise<{ port: number; close(): Promise<void> }> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      const shape = request.url?.slice(1) as FloorShape;
      const sql = FLOOR_SQL[shape];
      if (!sql) {
        response.writeHead(404).end();
        return;
      }
      const params = body ? (JSON.parse(body) as unknown[]) : [];
      pool
        .query<{ body: unknown }>(sql, params)
        .then((result) => {
          response
            .writeHead(200, { 'content-type': 'application/json' })
            .end(JSON.stringify(result.rows[0]?.body ?? { errors: [{ message: 'no row' }] }));
        })
        .catch((error: Error) => {
          response
            .writeHead(500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ errors: [{ message: error.message }] }));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as { port: number }).port,
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
