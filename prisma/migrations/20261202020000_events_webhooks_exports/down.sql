-- Drops the outbox, webhooks, exports and sent mail with their rows.
DROP TABLE "webhook_deliveries";
DROP TABLE "webhooks";
DROP TABLE "domain_events";
DROP TABLE "report_exports";
DROP TABLE "sent_emails";
DROP TYPE "DomainEventKind";
DROP TYPE "DeliveryStatus";
DROP TYPE "ReportExportKind";
DROP TYPE "ExportFormat";
DROP TYPE "JobStatus";
