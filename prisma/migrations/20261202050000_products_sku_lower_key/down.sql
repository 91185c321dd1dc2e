DROP INDEX "products_sku_lower_key";
