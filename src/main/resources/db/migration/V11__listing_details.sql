-- Amazon listings pull, second stage: what getListingsItem adds to a listing the report delivered, and which
-- listings are due for that detail call (new, or their report row changed since the last pull).
ALTER TABLE channel_variants ADD COLUMN report_fingerprint VARCHAR(64);
ALTER TABLE channel_variants ADD COLUMN detail_due_since TIMESTAMP WITH TIME ZONE;
ALTER TABLE channel_variants ADD COLUMN detail_refreshed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE channel_variants ADD COLUMN detail_error VARCHAR(1000);
ALTER TABLE channel_variants ADD COLUMN listing_status VARCHAR(64);
ALTER TABLE channel_variants ADD COLUMN product_type VARCHAR(100);
ALTER TABLE channel_variants ADD COLUMN condition_type VARCHAR(64);
ALTER TABLE channel_variants ADD COLUMN main_image_url VARCHAR(2000);
ALTER TABLE channel_variants ADD COLUMN issue_count INTEGER;
ALTER TABLE channel_variants ADD COLUMN issue_severity VARCHAR(16);
ALTER TABLE channel_variants ADD COLUMN issue_message VARCHAR(1000);
CREATE INDEX ix_channel_variants_detail_due ON channel_variants (integration_id, detail_due_since);

ALTER TABLE sync_runs ADD COLUMN details_refreshed INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE sync_runs ADD COLUMN details_failed INTEGER DEFAULT 0 NOT NULL;
