    SELECT meta.__total, meta.__other, page.*
    FROM (SELECT (SELECT count(*) FROM users u
  LEFT JOIN (
    SELECT customer_id, count(*)::int AS order_count,
           COALESCE(sum(total_amount) FILTER (WHERE status IN ('CONFIRMED', 'SHIPPED', 'DELIVERED')), 0) AS total_spent
    FROM orders GROUP BY customer_id
  ) os ON os.customer_id = u.id WHERE (u.deleted_at IS NULL AND (u.role = $1::"Role" AND u.created_at >= $2::timestamptz AND COALESCE(os.order_count, 0) >= $3::int) AND (u.username ILIKE $4 OR u.email ILIKE $5 OR u.first_name ILIKE $6
    OR u.last_name ILIKE $7 OR (u.first_name || ' ' || u.last_name) ILIKE $8)))::int AS __total,
                 FALSE AS __other) meta
    LEFT JOIN LATERAL (
      SELECT (u.id)::int AS __id, (lower(u.username))::text AS __k0,(u.id)::text AS __k1
      FROM users u
  LEFT JOIN (
    SELECT customer_id, count(*)::int AS order_count,
           COALESCE(sum(total_amount) FILTER (WHERE status IN ('CONFIRMED', 'SHIPPED', 'DELIVERED')), 0) AS total_spent
    FROM orders GROUP BY customer_id
  ) os ON os.customer_id = u.id
      WHERE (u.deleted_at IS NULL AND (u.role = $9::"Role" AND u.created_at >= $10::timestamptz AND COALESCE(os.order_count, 0) >= $11::int) AND (u.username ILIKE $12 OR u.email ILIKE $13 OR u.first_name ILIKE $14
    OR u.last_name ILIKE $15 OR (u.first_name || ' ' || u.last_name) ILIKE $16)) AND TRUE
      ORDER BY lower(u.username) ASC,u.id ASC
      LIMIT $17
    ) page ON TRUE
-- values: ["CUSTOMER","2026-01-01T00:00:00.000Z",2,"%smith%","%smith%","%smith%","%smith%","%smith%","CUSTOMER","2026-01-01T00:00:00.000Z",2,"%smith%","%smith%","%smith%","%smith%","%smith%",21]
