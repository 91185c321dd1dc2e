-- Search: users(search:) and products(search:) match `%term%` case-insensitively
-- (ILIKE) on several columns joined by OR. B-tree indexes cannot serve a
-- leading wildcard; trigram GIN indexes can, one per searched expression, and
-- PostgreSQL combines them with a BitmapOr. The full-name expression is the
-- one the search SQL uses (src/queries/users.ts), character for character.
-- Terms shorter than three characters have no trigram and scan; the search
-- input is capped at 200 characters.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX "users_username_trgm_idx" ON "users" USING gin ("username" gin_trgm_ops);
CREATE INDEX "users_email_trgm_idx" ON "users" USING gin ("email" gin_trgm_ops);
CREATE INDEX "users_first_name_trgm_idx" ON "users" USING gin ("first_name" gin_trgm_ops);
CREATE INDEX "users_last_name_trgm_idx" ON "users" USING gin ("last_name" gin_trgm_ops);
CREATE INDEX "users_full_name_trgm_idx" ON "users" USING gin ((("first_name"::text || ' '::text) || "last_name"::text) gin_trgm_ops);

CREATE INDEX "products_name_trgm_idx" ON "products" USING gin ("name" gin_trgm_ops);
CREATE INDEX "products_sku_trgm_idx" ON "products" USING gin ("sku" gin_trgm_ops);
CREATE INDEX "products_description_trgm_idx" ON "products" USING gin ("description" gin_trgm_ops);
