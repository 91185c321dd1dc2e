-- SKUs are unique ignoring case, like usernames, emails and slugs: "ab-1"
-- and "AB-1" name the same product. products_sku_key stays for exact
-- lookups (productBySku's first probe).

-- CreateIndex
CREATE UNIQUE INDEX "products_sku_lower_key" ON "products"(lower("sku"));
