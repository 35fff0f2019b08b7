-- Amazon JSON_LISTINGS_FEED documents the hub submitted, recorded as Amazon accepts them, so a feed whose submitting
-- instance died is still followed to its end (routes/amazon-feed-monitor.yaml). One row per message keeps the
-- change it carried and, once the processing report is read, its outcome. Price batch targets sent in a feed point
-- to it. Same SQL on PostgreSQL and H2.

CREATE TABLE amazon_feeds (
    id                  UUID PRIMARY KEY,
    integration_id      UUID          NOT NULL REFERENCES platform_integrations (id),
    sync_run_id         UUID          REFERENCES sync_runs (id),
    seller_id           VARCHAR(255)  NOT NULL,
    marketplace_id      VARCHAR(32)   NOT NULL,
    feed_id             VARCHAR(64)   NOT NULL,
    feed_document_id    VARCHAR(255)  NOT NULL,
    feed_type           VARCHAR(64)   NOT NULL,
    message_count       INTEGER       NOT NULL,
    -- the hub's view: OPEN until the report is read (COMPLETED) or the feed ended FATAL/CANCELLED (FAILED), or it
    -- stayed unfinished past hub.amazon-feeds.stuck-after (STUCK)
    status              VARCHAR(16)   NOT NULL,
    -- Amazon's processingStatus as last seen: IN_QUEUE, IN_PROGRESS, DONE, CANCELLED, FATAL
    processing_status   VARCHAR(16)   NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    last_checked_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at        TIMESTAMP WITH TIME ZONE,
    completed_by        VARCHAR(16),
    result_document_id  VARCHAR(255),
    accepted_count      INTEGER,
    invalid_count       INTEGER,
    error_count         INTEGER,
    warning_count       INTEGER,
    last_error          VARCHAR(4000),
    -- Feeds API 2021-06-30 model: a feedId "is unique only in combination with a seller ID"
    CONSTRAINT uk_amazon_feeds_feed UNIQUE (integration_id, feed_id),
    CONSTRAINT ck_amazon_feeds_status CHECK (status IN ('OPEN', 'COMPLETED', 'FAILED', 'STUCK')),
    CONSTRAINT ck_amazon_feeds_completed_by CHECK (completed_by IS NULL OR completed_by IN ('SUBMITTER', 'MONITOR'))
);
CREATE INDEX ix_amazon_feeds_integration ON amazon_feeds (integration_id, submitted_at);
CREATE INDEX ix_amazon_feeds_open ON amazon_feeds (status, last_checked_at);

CREATE TABLE amazon_feed_messages (
    amazon_feed_id  UUID           NOT NULL REFERENCES amazon_feeds (id),
    message_id      INTEGER        NOT NULL,
    item_id         VARCHAR(255),
    sku             VARCHAR(255)   NOT NULL,
    price           NUMERIC(19, 4) NOT NULL,
    currency        VARCHAR(3),
    outcome         VARCHAR(16),
    result_code     VARCHAR(255),
    result_message  VARCHAR(4000),
    applied_price   NUMERIC(19, 4),
    CONSTRAINT pk_amazon_feed_messages PRIMARY KEY (amazon_feed_id, message_id),
    CONSTRAINT ck_amazon_feed_messages_outcome
        CHECK (outcome IS NULL OR outcome IN ('APPLIED', 'ACCEPTED', 'REJECTED', 'FAILED'))
);

-- the feed a target went out in: its result comes from that feed's processing report, and while the feed is open
-- the target is not claimed again even after its lease expired
ALTER TABLE price_batch_targets ADD COLUMN amazon_feed_id UUID REFERENCES amazon_feeds (id);
CREATE INDEX ix_price_batch_targets_amazon_feed ON price_batch_targets (amazon_feed_id);
