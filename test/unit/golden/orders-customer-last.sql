    SELECT meta.__total, meta.__other, page.*
    FROM (SELECT (SELECT count(*) FROM orders o WHERE (o.customer_id = $1::int AND (o.status IN ($2::"OrderStatus",$3::"OrderStatus") AND o.created_at < $4::timestamptz)))::int AS __total,
                 FALSE AS __other) meta
    LEFT JOIN LATERAL (
      SELECT (o.id)::int AS __id, (o.total_amount)::text AS __k0,(o.id)::text AS __k1
      FROM orders o
      WHERE (o.customer_id = $5::int AND (o.status IN ($6::"OrderStatus",$7::"OrderStatus") AND o.created_at < $8::timestamptz)) AND TRUE
      ORDER BY o.total_amount ASC,o.id ASC
      LIMIT $9
    ) page ON TRUE
-- values: [42,"CONFIRMED","SHIPPED","2026-06-01T00:00:00.000Z",42,"CONFIRMED","SHIPPED","2026-06-01T00:00:00.000Z",4]
