-- Webhook inbox: every verified delivery is stored here before it is acknowledged, then processed asynchronously
-- by competing consumers (camel-jpa, rows locked with SKIP LOCKED).
CREATE TABLE webhook_events (
    id              UUID PRIMARY KEY,
    platform        VARCHAR(32)  NOT NULL,
    account         VARCHAR(255) NOT NULL,
    topic           VARCHAR(100) NOT NULL,
    webhook_id      VARCHAR(255) NOT NULL,
    event_id        VARCHAR(255),
    triggered_at    TIMESTAMP WITH TIME ZONE,
    api_version     VARCHAR(20),
    payload         VARCHAR      NOT NULL,
    received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    processed_at    TIMESTAMP WITH TIME ZONE,
    outcome         VARCHAR(1000),
    version         BIGINT       NOT NULL,
    -- Shopify's delivery id: a redelivery of the same delivery is a duplicate
    CONSTRAINT uk_webhook_events_delivery UNIQUE (platform, account, webhook_id),
    CONSTRAINT ck_webhook_events_status CHECK (status IN ('RECEIVED', 'PROCESSED', 'DUPLICATE'))
);
CREATE INDEX ix_webhook_events_pending ON webhook_events (status, received_at);
CREATE INDEX ix_webhook_events_event ON webhook_events (platform, account, event_id);

-- Mandatory privacy (compliance) requests and what the hub did about them.
CREATE TABLE compliance_requests (
    id            UUID PRIMARY KEY,
    platform      VARCHAR(32)  NOT NULL,
    account       VARCHAR(255) NOT NULL,
    topic         VARCHAR(100) NOT NULL,
    payload       VARCHAR      NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    action        VARCHAR(1000) NOT NULL
);

-- OAuth install state: single use, short-lived, bound to the project (and the shop for Shopify).
CREATE TABLE oauth_states (
    state        VARCHAR(64)  PRIMARY KEY,
    platform     VARCHAR(32)  NOT NULL,
    project_id   UUID         NOT NULL REFERENCES projects (id),
    account      VARCHAR(255),
    region       VARCHAR(16),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    consumed_at  TIMESTAMP WITH TIME ZONE
);

-- What the catalog needs to set stock and tell who fulfils: Shopify inventory item, Amazon ASIN and channel.
ALTER TABLE channel_variants ADD COLUMN inventory_item_id VARCHAR(255);
ALTER TABLE channel_variants ADD COLUMN external_ref VARCHAR(255);
ALTER TABLE channel_variants ADD COLUMN fulfillment_channel VARCHAR(32);
-- quantities change on their own (inventory webhooks), so they carry their own clock for staleness
ALTER TABLE channel_variants ADD COLUMN quantity_updated_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX ix_channel_variants_inventory_item ON channel_variants (integration_id, inventory_item_id);
