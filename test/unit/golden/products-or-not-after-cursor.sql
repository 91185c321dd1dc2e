    SELECT meta.__total, meta.__other, page.*
    FROM (SELECT (SELECT count(*) FROM products p  WHERE ((p.name ILIKE $1 OR p.sku ILIKE $2) AND NOT COALESCE(p.is_active = $3, FALSE)))::int AS __total,
                 EXISTS (SELECT 1 FROM products p  WHERE ((p.name ILIKE $4 OR p.sku ILIKE $5) AND NOT COALESCE(p.is_active = $6, FALSE)) AND (p.price < CAST($7 AS numeric) OR (p.price IS NOT DISTINCT FROM CAST($8 AS numeric) AND p.id < CAST($9 AS bigint)) OR (p.price IS NOT DISTINCT FROM CAST($10 AS numeric) AND p.id IS NOT DISTINCT FROM CAST($11 AS bigint)))) AS __other) meta
    LEFT JOIN LATERAL (
      SELECT (p.id)::int AS __id, (p.price)::text AS __k0,(p.id)::text AS __k1
      FROM products p
      WHERE ((p.name ILIKE $12 OR p.sku ILIKE $13) AND NOT COALESCE(p.is_active = $14, FALSE)) AND (p.price > CAST($15 AS numeric) OR (p.price IS NOT DISTINCT FROM CAST($16 AS numeric) AND p.id > CAST($17 AS bigint)))
      ORDER BY p.price ASC,p.id ASC
      LIMIT $18
    ) page ON TRUE
-- values: ["%lamp%","LMP-%",false,"%lamp%","LMP-%",false,"19.99","19.99","17","19.99","17","%lamp%","LMP-%",false,"19.99","19.99","17",11]
