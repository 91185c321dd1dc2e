-- Sessions: every token carries the token version of its account at issue
-- time; logOut and changePassword bump it, so earlier tokens stop working.
ALTER TABLE "users" ADD COLUMN "token_version" INTEGER NOT NULL DEFAULT 0;

-- Idempotent placeOrder: one row per (customer, key), inserted first in the
-- order's transaction. A racing second call waits on the unique key until the
-- first commits (then finds its order) or rolls back (then places its own).
CREATE TABLE "order_idempotency_keys" (
    "customer_id" INTEGER NOT NULL,
    "key" VARCHAR(100) NOT NULL,
    "request_hash" VARCHAR(64) NOT NULL,
    "order_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_idempotency_keys_pkey" PRIMARY KEY ("customer_id","key")
);

CREATE INDEX "order_idempotency_keys_created_at_idx" ON "order_idempotency_keys"("created_at");
CREATE INDEX "order_idempotency_keys_order_id_idx" ON "order_idempotency_keys"("order_id");

ALTER TABLE "order_idempotency_keys" ADD CONSTRAINT "order_idempotency_keys_customer_id_fkey" FOREIGN KEY ("customer_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "order_idempotency_keys" ADD CONSTRAINT "order_idempotency_keys_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- logOut is recorded as activity.
ALTER TYPE "ActivityKind" ADD VALUE 'LOGOUT';
