-- Reports: the per-customer sales aggregates (topCustomers, customerRanking,
-- usersAboveAverageSpending, customerSegments) read customer_id, status and
-- total_amount of every order. With total_amount in the index they are
-- index-only scans in customer order (a streaming GroupAggregate) instead of
-- a scan of the whole orders heap. Its leading columns serve every lookup
-- the (customer_id, status) index served, so that one goes.

-- DropIndex
DROP INDEX "orders_customer_id_status_idx";

-- CreateIndex
CREATE INDEX "orders_customer_id_status_total_amount_idx" ON "orders"("customer_id", "status", "total_amount");
