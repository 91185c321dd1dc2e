DROP INDEX "orders_customer_id_created_at_idx";
