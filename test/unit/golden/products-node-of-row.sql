    SELECT meta.__total, meta.__other, page.*
    FROM (SELECT 0 AS __total,
                 FALSE AS __other) meta
    LEFT JOIN LATERAL (
      SELECT (p.id)::int AS __id, (p.id)::text AS __k0,(SELECT json_build_object('name', n.name) FROM (SELECT p.*) n) AS __node
      FROM products p
      WHERE p.is_active AND TRUE
      ORDER BY p.id ASC
      LIMIT $1
    ) page ON TRUE
-- values: [3]
