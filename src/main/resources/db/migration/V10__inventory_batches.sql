-- Inventory batches share the price batches' tables, claims and dispatcher: a batch has a kind (PRICE or INVENTORY),
-- items and targets carry a quantity where prices carry a price, and Idempotency-Keys are unique per project and
-- kind. Amazon-fulfilled offers come back UNSUPPORTED. Same SQL on PostgreSQL and H2.

ALTER TABLE price_batches ADD COLUMN kind VARCHAR(16) DEFAULT 'PRICE' NOT NULL;
ALTER TABLE price_batches ADD CONSTRAINT ck_price_batches_kind CHECK (kind IN ('PRICE', 'INVENTORY'));
ALTER TABLE price_batches DROP CONSTRAINT uk_price_batches_key;
ALTER TABLE price_batches ADD CONSTRAINT uk_price_batches_key UNIQUE (project_id, kind, idempotency_key);
CREATE INDEX ix_price_batches_project_kind_created ON price_batches (project_id, kind, created_at);

ALTER TABLE price_batch_items ADD COLUMN quantity INTEGER;

ALTER TABLE price_batch_targets ADD COLUMN kind VARCHAR(16) DEFAULT 'PRICE' NOT NULL;
ALTER TABLE price_batch_targets ADD COLUMN quantity INTEGER;
ALTER TABLE price_batch_targets ADD COLUMN applied_quantity INTEGER;
ALTER TABLE price_batch_targets ALTER COLUMN price DROP NOT NULL;
ALTER TABLE price_batch_targets ALTER COLUMN currency DROP NOT NULL;
ALTER TABLE price_batch_targets ADD CONSTRAINT ck_price_batch_targets_value CHECK (
    (kind = 'PRICE' AND price IS NOT NULL AND currency IS NOT NULL)
    OR (kind = 'INVENTORY' AND quantity IS NOT NULL AND quantity >= 0));
-- UNSUPPORTED: an Amazon-fulfilled offer. V13 (which runs after this) redefines the same constraint with the same
-- outcomes, for targets of platforms without PRICE_PUSH or INVENTORY_PUSH.
ALTER TABLE price_batch_targets DROP CONSTRAINT ck_price_batch_targets_outcome;
ALTER TABLE price_batch_targets ADD CONSTRAINT ck_price_batch_targets_outcome
    CHECK (outcome IS NULL OR outcome IN ('APPLIED', 'ACCEPTED', 'REJECTED', 'FAILED', 'SUPERSEDED', 'UNSUPPORTED'));
DROP INDEX ix_price_batch_targets_sku;
CREATE INDEX ix_price_batch_targets_sku ON price_batch_targets (integration_id, kind, sku, batch_created_at);

ALTER TABLE sync_runs DROP CONSTRAINT ck_sync_runs_kind;
ALTER TABLE sync_runs ADD CONSTRAINT ck_sync_runs_kind
    CHECK (kind IN ('PRODUCT_PULL', 'PRICE_PUSH', 'INVENTORY_PUSH', 'TOKEN_REFRESH', 'HEALTH_CHECK', 'WEBHOOK'));

-- Amazon feed records (V8) also keep inventory feeds: a message carries a quantity where a price message carries a
-- price and currency; its outcome may be UNSUPPORTED (an Amazon-fulfilled offer).
ALTER TABLE amazon_feed_messages ALTER COLUMN price DROP NOT NULL;
ALTER TABLE amazon_feed_messages ADD COLUMN quantity INTEGER;
ALTER TABLE amazon_feed_messages ADD COLUMN applied_quantity INTEGER;
ALTER TABLE amazon_feed_messages ADD CONSTRAINT ck_amazon_feed_messages_value
    CHECK (price IS NOT NULL OR quantity IS NOT NULL);
ALTER TABLE amazon_feed_messages DROP CONSTRAINT ck_amazon_feed_messages_outcome;
ALTER TABLE amazon_feed_messages ADD CONSTRAINT ck_amazon_feed_messages_outcome
    CHECK (outcome IS NULL OR outcome IN ('APPLIED', 'ACCEPTED', 'REJECTED', 'FAILED', 'UNSUPPORTED'));

-- The Shopify location quantities are set at; null means the shop's primary location.
ALTER TABLE platform_integrations ADD COLUMN inventory_location_id VARCHAR(255);
