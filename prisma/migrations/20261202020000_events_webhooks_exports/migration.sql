-- Round 2: the outbox of domain events, webhooks and their deliveries, report
-- exports, and the e-mails sent (so a retried job never sends one twice).

-- CreateEnum
CREATE TYPE "DomainEventKind" AS ENUM ('USER_CREATED', 'ORDER_PLACED', 'ORDER_STATUS_CHANGED', 'ORDER_CANCELLED', 'ORDER_TRANSFERRED', 'PRODUCT_UPDATED', 'PRODUCT_STOCK_LOW');
CREATE TYPE "DeliveryStatus" AS ENUM ('PENDING', 'SUCCEEDED', 'FAILED');
CREATE TYPE "ReportExportKind" AS ENUM ('TOP_CUSTOMERS', 'CUSTOMER_RANKING', 'RUNNING_TOTALS', 'PRODUCT_SALES', 'MONTHLY_SALES', 'SALES_RANKING', 'CUSTOMER_SEGMENTS', 'DATA_CONSISTENCY', 'ORDER_LINES');
CREATE TYPE "ExportFormat" AS ENUM ('CSV', 'NDJSON');
CREATE TYPE "JobStatus" AS ENUM ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED');

-- CreateTable
CREATE TABLE "domain_events" (
    "id" UUID NOT NULL,
    "kind" "DomainEventKind" NOT NULL,
    "entity_id" INTEGER NOT NULL,
    "payload" JSONB NOT NULL,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "domain_events_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "webhooks" (
    "id" SERIAL NOT NULL,
    "url" VARCHAR(2000) NOT NULL,
    "events" "DomainEventKind"[],
    "secret_encrypted" TEXT NOT NULL,
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "webhooks_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "webhook_deliveries" (
    "id" SERIAL NOT NULL,
    "webhook_id" INTEGER NOT NULL,
    "event_id" UUID NOT NULL,
    "event" "DomainEventKind" NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "response_status" INTEGER,
    "last_error" VARCHAR(500),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "delivered_at" TIMESTAMPTZ(3),

    CONSTRAINT "webhook_deliveries_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "report_exports" (
    "id" SERIAL NOT NULL,
    "report" "ReportExportKind" NOT NULL,
    "format" "ExportFormat" NOT NULL,
    "arguments" JSONB,
    "status" "JobStatus" NOT NULL DEFAULT 'QUEUED',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "row_count" INTEGER NOT NULL DEFAULT 0,
    "error" VARCHAR(500),
    "file_name" VARCHAR(200),
    "cancel_requested" BOOLEAN NOT NULL DEFAULT false,
    "requested_by_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),

    CONSTRAINT "report_exports_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "sent_emails" (
    "key" VARCHAR(200) NOT NULL,
    "recipient" VARCHAR(255) NOT NULL,
    "subject" VARCHAR(300) NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sent_emails_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "domain_events_occurred_at_idx" ON "domain_events"("occurred_at");
CREATE INDEX "domain_events_kind_entity_id_idx" ON "domain_events"("kind", "entity_id");
CREATE UNIQUE INDEX "webhook_deliveries_webhook_id_event_id_key" ON "webhook_deliveries"("webhook_id", "event_id");
CREATE INDEX "webhook_deliveries_webhook_id_created_at_idx" ON "webhook_deliveries"("webhook_id", "created_at");
CREATE INDEX "webhook_deliveries_event_id_idx" ON "webhook_deliveries"("event_id");
CREATE INDEX "report_exports_status_created_at_idx" ON "report_exports"("status", "created_at");
CREATE INDEX "report_exports_created_at_idx" ON "report_exports"("created_at");
CREATE INDEX "sent_emails_sent_at_idx" ON "sent_emails"("sent_at");

-- AddForeignKey
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhooks"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "domain_events"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "report_exports" ADD CONSTRAINT "report_exports_requested_by_id_fkey" FOREIGN KEY ("requested_by_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
