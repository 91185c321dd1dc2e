-- Catalog changes that webhooks do not offer (the API's DomainEventKind
-- keeps its seven kinds) still go through the outbox: cached catalog reads
-- are invalidated from these events.

-- AlterEnum
ALTER TYPE "DomainEventKind" ADD VALUE 'PRODUCT_CREATED';
ALTER TYPE "DomainEventKind" ADD VALUE 'PRODUCT_DELETED';
ALTER TYPE "DomainEventKind" ADD VALUE 'CATEGORY_CHANGED';
