-- User.orders pages one customer's orders by created_at (then id): with this
-- index each customer's page is an index scan that stops after the page,
-- however many orders the customer has, instead of sorting all of them.

-- CreateIndex
CREATE INDEX "orders_customer_id_created_at_idx" ON "orders"("customer_id", "created_at");
