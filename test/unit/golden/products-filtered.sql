    SELECT meta.__total, meta.__other, page.*
    FROM (SELECT (SELECT count(*) FROM products p  WHERE (p.is_active AND ((p.price >= $1::numeric AND p.price < $2::numeric) AND p.tags @> $3::text[] AND p.stock_quantity > 0) AND (p.name ILIKE $4 OR p.sku ILIKE $5 OR p.description ILIKE $6)))::int AS __total,
                 FALSE AS __other) meta
    LEFT JOIN LATERAL (
      SELECT (p.id)::int AS __id, (to_json(p.created_at) #>> '{}') AS __k0,(p.id)::text AS __k1
      FROM products p
      WHERE (p.is_active AND ((p.price >= $7::numeric AND p.price < $8::numeric) AND p.tags @> $9::text[] AND p.stock_quantity > 0) AND (p.name ILIKE $10 OR p.sku ILIKE $11 OR p.description ILIKE $12)) AND TRUE
      ORDER BY p.created_at DESC,p.id DESC
      LIMIT $13
    ) page ON TRUE
-- values: ["10","99.99",["lamp","desk"],"%50\\%\\_off%","%50\\%\\_off%","%50\\%\\_off%","10","99.99",["lamp","desk"],"%50\\%\\_off%","%50\\%\\_off%","%50\\%\\_off%",6]
