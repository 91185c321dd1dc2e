-- PostgreSQL cannot drop enum values: the type is rebuilt without them.
DELETE FROM "domain_events" WHERE "kind"::text IN ('PRODUCT_CREATED', 'PRODUCT_DELETED', 'CATEGORY_CHANGED');
DELETE FROM "webhook_deliveries" WHERE "event"::text IN ('PRODUCT_CREATED', 'PRODUCT_DELETED', 'CATEGORY_CHANGED');
ALTER TYPE "DomainEventKind" RENAME TO "DomainEventKind_old";
CREATE TYPE "DomainEventKind" AS ENUM ('USER_CREATED', 'ORDER_PLACED', 'ORDER_STATUS_CHANGED', 'ORDER_CANCELLED', 'ORDER_TRANSFERRED', 'PRODUCT_UPDATED', 'PRODUCT_STOCK_LOW');
ALTER TABLE "domain_events" ALTER COLUMN "kind" TYPE "DomainEventKind" USING "kind"::text::"DomainEventKind";
ALTER TABLE "webhooks" ALTER COLUMN "events" TYPE "DomainEventKind"[] USING "events"::text[]::"DomainEventKind"[];
ALTER TABLE "webhook_deliveries" ALTER COLUMN "event" TYPE "DomainEventKind" USING "event"::text::"DomainEventKind";
DROP TYPE "DomainEventKind_old";
