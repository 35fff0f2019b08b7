-- Price batches: what the pricing platform asked for (batch and items), and one target per item and channel that
-- sells its SKU, claimed by the dispatcher and carrying the platform's result. Same SQL on PostgreSQL and H2.

CREATE TABLE price_batches (
    id               UUID PRIMARY KEY,
    project_id       UUID         NOT NULL REFERENCES projects (id),
    idempotency_key  VARCHAR(255) NOT NULL,
    request_hash     VARCHAR(64)  NOT NULL,
    status           VARCHAR(32)  NOT NULL,
    partial          BOOLEAN      NOT NULL,
    item_count       INTEGER      NOT NULL,
    invalid_count    INTEGER      NOT NULL,
    unmatched_count  INTEGER      NOT NULL,
    target_count     INTEGER      NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_price_batches_key UNIQUE (project_id, idempotency_key),
    CONSTRAINT ck_price_batches_status CHECK (status IN ('ACCEPTED', 'IN_PROGRESS', 'COMPLETED', 'COMPLETED_WITH_ERRORS'))
);
CREATE INDEX ix_price_batches_project_created ON price_batches (project_id, created_at);
CREATE INDEX ix_price_batches_status ON price_batches (status);

CREATE TABLE price_batch_items (
    batch_id          UUID          NOT NULL REFERENCES price_batches (id),
    item_index        INTEGER       NOT NULL,
    sku               VARCHAR(255),
    price             NUMERIC(19, 4),
    compare_at_price  NUMERIC(19, 4),
    currency          VARCHAR(3),
    channels_json     VARCHAR,
    status            VARCHAR(16)   NOT NULL,
    errors_json       VARCHAR,
    CONSTRAINT pk_price_batch_items PRIMARY KEY (batch_id, item_index),
    CONSTRAINT ck_price_batch_items_status CHECK (status IN ('MATCHED', 'INVALID', 'UNMATCHED'))
);
CREATE INDEX ix_price_batch_items_status ON price_batch_items (batch_id, status, item_index);

CREATE TABLE price_batch_targets (
    id                UUID          PRIMARY KEY,
    batch_id          UUID          NOT NULL,
    item_index        INTEGER       NOT NULL,
    integration_id    UUID          NOT NULL REFERENCES platform_integrations (id),
    platform          VARCHAR(32)   NOT NULL,
    sku               VARCHAR(255)  NOT NULL,
    price             NUMERIC(19, 4) NOT NULL,
    compare_at_price  NUMERIC(19, 4),
    currency          VARCHAR(3)    NOT NULL,
    batch_created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    outcome           VARCHAR(16),
    claimed_by        VARCHAR(100),
    claim_id          UUID,
    lease_until       TIMESTAMP WITH TIME ZONE,
    attempts          INTEGER       NOT NULL,
    external_id       VARCHAR(255),
    applied_price     NUMERIC(19, 4),
    result_code       VARCHAR(255),
    result_message    VARCHAR(4000),
    finished_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_price_batch_targets_item FOREIGN KEY (batch_id, item_index)
        REFERENCES price_batch_items (batch_id, item_index),
    CONSTRAINT ck_price_batch_targets_status CHECK (status IN ('PENDING', 'IN_FLIGHT', 'DONE')),
    CONSTRAINT ck_price_batch_targets_outcome
        CHECK (outcome IS NULL OR outcome IN ('APPLIED', 'ACCEPTED', 'REJECTED', 'FAILED', 'SUPERSEDED'))
);
CREATE INDEX ix_price_batch_targets_claim ON price_batch_targets (integration_id, status, lease_until);
CREATE INDEX ix_price_batch_targets_open ON price_batch_targets (status, integration_id);
CREATE INDEX ix_price_batch_targets_batch ON price_batch_targets (batch_id, item_index);
CREATE INDEX ix_price_batch_targets_batch_status ON price_batch_targets (batch_id, status, outcome);
CREATE INDEX ix_price_batch_targets_sku ON price_batch_targets (integration_id, sku, batch_created_at);
CREATE INDEX ix_price_batch_targets_claim_id ON price_batch_targets (claim_id);
