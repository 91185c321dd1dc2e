DROP INDEX "users_username_trgm_idx";
DROP INDEX "users_email_trgm_idx";
DROP INDEX "users_first_name_trgm_idx";
DROP INDEX "users_last_name_trgm_idx";
DROP INDEX "users_full_name_trgm_idx";
DROP INDEX "products_name_trgm_idx";
DROP INDEX "products_sku_trgm_idx";
DROP INDEX "products_description_trgm_idx";
-- The extension stays: other objects may have come to use it since.
