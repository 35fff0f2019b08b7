-- Channel Hub core schema. Written in the SQL subset that PostgreSQL and H2 (MODE=PostgreSQL) share,
-- so the same migrations serve production and the embedded default database.

CREATE TABLE projects (
    id          UUID PRIMARY KEY,
    slug        VARCHAR(63)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_projects_slug UNIQUE (slug)
);

CREATE TABLE api_keys (
    id            UUID PRIMARY KEY,
    project_id    UUID        NOT NULL REFERENCES projects (id),
    key_hash      VARCHAR(64) NOT NULL,
    key_prefix    VARCHAR(16) NOT NULL,
    label         VARCHAR(100),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uk_api_keys_hash UNIQUE (key_hash)
);
CREATE INDEX ix_api_keys_project ON api_keys (project_id);

CREATE TABLE platform_integrations (
    id                       UUID PRIMARY KEY,
    project_id               UUID         NOT NULL REFERENCES projects (id),
    platform                 VARCHAR(32)  NOT NULL,
    external_account         VARCHAR(255) NOT NULL,
    display_name             VARCHAR(200),
    region                   VARCHAR(16),
    marketplace_ids          VARCHAR(1000),
    status                   VARCHAR(16)  NOT NULL,
    status_reason            VARCHAR(1000),
    credentials_ciphertext   VARCHAR(20000),
    access_token_expires_at  TIMESTAMP WITH TIME ZONE,
    granted_scopes           VARCHAR(1000),
    sync_enabled             BOOLEAN      NOT NULL,
    sync_interval_minutes    INTEGER,
    sync_cron                VARCHAR(120),
    sync_cursor              VARCHAR(1000),
    health_status            VARCHAR(16)  NOT NULL,
    health_message           VARCHAR(1000),
    health_checked_at        TIMESTAMP WITH TIME ZONE,
    created_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                  BIGINT       NOT NULL,
    CONSTRAINT uk_integrations_account UNIQUE (project_id, platform, external_account),
    CONSTRAINT ck_integrations_status CHECK (status IN ('PENDING', 'CONNECTED', 'NEEDS_REAUTH', 'ERROR', 'DISCONNECTED'))
);
CREATE INDEX ix_integrations_status ON platform_integrations (status);

CREATE TABLE sync_runs (
    id              UUID PRIMARY KEY,
    integration_id  UUID        NOT NULL REFERENCES platform_integrations (id),
    kind            VARCHAR(16) NOT NULL,
    run_trigger     VARCHAR(16) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    total_items     INTEGER,
    processed_items INTEGER     NOT NULL,
    failed_items    INTEGER     NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    error_summary   VARCHAR(4000),
    CONSTRAINT ck_sync_runs_kind CHECK (kind IN ('PRODUCT_PULL', 'PRICE_PUSH', 'TOKEN_REFRESH', 'HEALTH_CHECK', 'WEBHOOK')),
    CONSTRAINT ck_sync_runs_trigger CHECK (run_trigger IN ('MANUAL', 'SCHEDULE', 'WEBHOOK', 'INSTALL')),
    CONSTRAINT ck_sync_runs_status CHECK (status IN ('RUNNING', 'SUCCEEDED', 'PARTIAL', 'FAILED'))
);
CREATE INDEX ix_sync_runs_integration_started ON sync_runs (integration_id, started_at);

CREATE TABLE channel_products (
    id                 UUID PRIMARY KEY,
    integration_id     UUID         NOT NULL REFERENCES platform_integrations (id),
    external_id        VARCHAR(255) NOT NULL,
    title              VARCHAR(1000),
    vendor             VARCHAR(255),
    product_status     VARCHAR(32),
    source_updated_at  TIMESTAMP WITH TIME ZONE,
    deleted            BOOLEAN      NOT NULL,
    synced_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_channel_products_external UNIQUE (integration_id, external_id)
);

CREATE TABLE channel_variants (
    id                  UUID PRIMARY KEY,
    product_id          UUID          NOT NULL REFERENCES channel_products (id),
    integration_id      UUID          NOT NULL REFERENCES platform_integrations (id),
    external_id         VARCHAR(255)  NOT NULL,
    sku                 VARCHAR(255),
    title               VARCHAR(1000),
    price               NUMERIC(19, 4),
    compare_at_price    NUMERIC(19, 4),
    currency            VARCHAR(3),
    inventory_quantity  INTEGER,
    source_updated_at   TIMESTAMP WITH TIME ZONE,
    deleted             BOOLEAN       NOT NULL,
    synced_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uk_channel_variants_external UNIQUE (integration_id, external_id)
);
CREATE INDEX ix_channel_variants_sku ON channel_variants (integration_id, sku);
CREATE INDEX ix_channel_variants_product ON channel_variants (product_id);

CREATE TABLE dead_letters (
    id                   UUID PRIMARY KEY,
    route_id             VARCHAR(255)  NOT NULL,
    endpoint_uri         VARCHAR(2000),
    integration_id       UUID,
    exception_class      VARCHAR(500)  NOT NULL,
    exception_message    VARCHAR(4000),
    body                 VARCHAR,
    body_type            VARCHAR(500),
    headers_json         VARCHAR,
    delivery_attempts    INTEGER       NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    replay_count         INTEGER       NOT NULL,
    replayed_at          TIMESTAMP WITH TIME ZONE,
    last_replay_outcome  VARCHAR(16),
    last_replay_message  VARCHAR(4000),
    resolved             BOOLEAN       NOT NULL,
    resolved_at          TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_dead_letters_created ON dead_letters (created_at);
CREATE INDEX ix_dead_letters_route ON dead_letters (route_id, resolved);
