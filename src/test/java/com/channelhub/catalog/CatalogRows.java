package com.channelhub.catalog;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/** Catalog rows written straight into the tables, as pulls leave them, so a test controls every value. */
final class CatalogRows {

    private final JdbcTemplate jdbc;

    CatalogRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    UUID product(UUID integration, String externalId, String title, String vendor, String status, Instant syncedAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into channel_products (id, integration_id, external_id, title, vendor, product_status,"
                + " source_updated_at, deleted, synced_at) values (?, ?, ?, ?, ?, ?, ?, false, ?)", id, integration,
                externalId, title, vendor, status, Timestamp.from(syncedAt), Timestamp.from(syncedAt));
        return id;
    }

    UUID variant(UUID product, UUID integration, String externalId, String sku, String price, Integer quantity,
            Instant syncedAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into channel_variants (id, product_id, integration_id, external_id, sku, title, price,"
                + " currency, inventory_quantity, deleted, synced_at) values (?, ?, ?, ?, ?, ?, ?, 'USD', ?, false, ?)",
                id, product, integration, externalId, sku, sku, price == null ? null : new BigDecimal(price), quantity,
                Timestamp.from(syncedAt));
        return id;
    }

    void deleteProduct(UUID product, Instant at) {
        jdbc.update("update channel_products set deleted = true, synced_at = ? where id = ?", Timestamp.from(at), product);
        jdbc.update("update channel_variants set deleted = true, synced_at = ? where product_id = ?", Timestamp.from(at),
                product);
    }

    void retitle(UUID product, String title, Instant at) {
        jdbc.update("update channel_products set title = ?, synced_at = ? where id = ?", title, Timestamp.from(at),
                product);
    }

    void reprice(UUID variant, String price, Instant at) {
        jdbc.update("update channel_variants set price = ?, synced_at = ? where id = ?", new BigDecimal(price),
                Timestamp.from(at), variant);
    }
}
