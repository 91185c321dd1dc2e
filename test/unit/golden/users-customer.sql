    SELECT meta.__total, meta.__other, page.*
    FROM (SELECT 0 AS __total,
                 FALSE AS __other) meta
    LEFT JOIN LATERAL (
      SELECT (u.id)::int AS __id, (to_json(u.created_at) #>> '{}') AS __k0,(u.id)::text AS __k1
      FROM users u
      WHERE (u.id = $1::int AND u.deleted_at IS NULL) AND TRUE
      ORDER BY u.created_at ASC,u.id ASC
      LIMIT $2
    ) page ON TRUE
-- values: [42,21]
