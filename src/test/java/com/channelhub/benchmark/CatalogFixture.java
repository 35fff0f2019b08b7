package com.channelhub.benchmark;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * N products written straight into the catalog tables with batched inserts, shaped like a merchant selling on a
 * Shopify store and an Amazon seller account: 70% Shopify products with two variants each, 30% Amazon listings
 * (one variant), half of which reuse a Shopify SKU. Titles are brand, adjective, noun and a number; 5% are drafts;
 * 1% were changed within the last hour. Deterministic, so runs compare.
 */
final class CatalogFixture {

    static final String[] BRANDS = {"Lumen", "Oakridge", "Nordhaus", "Bellweather", "Kestrel", "Marlow", "Tidewater",
        "Quill", "Arbor", "Copperfield"};
    static final String[] ADJECTIVES = {"Classic", "Compact", "Deluxe", "Rustic", "Modern", "Vintage", "Ergonomic",
        "Portable", "Premium", "Everyday"};
    static final String[] NOUNS = {"Lamp", "Chair", "Kettle", "Blanket", "Mug", "Backpack", "Planter", "Clock",
        "Cutting Board", "Speaker", "Desk", "Rug"};
    private static final int BATCH = 1_000;

    private final JdbcTemplate jdbc;
    private final Instant now = Instant.now();

    CatalogFixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static String sku(int index, int variant) {
        return "SKU-%06d-%d".formatted(index, variant);
    }

    static String title(int index) {
        long hash = mix(index);
        return BRANDS[(int) (hash % BRANDS.length)] + " " + ADJECTIVES[(int) ((hash >>> 8) % ADJECTIVES.length)] + " "
                + NOUNS[(int) ((hash >>> 16) % NOUNS.length)] + " " + index;
    }

    void load(UUID shopify, UUID amazon, int n) {
        int shopifyCount = n * 7 / 10;
        List<Object[]> products = new ArrayList<>();
        List<Object[]> variants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean onShopify = i < shopifyCount;
            UUID integration = onShopify ? shopify : amazon;
            UUID product = UUID.randomUUID();
            Instant synced = (i % 100 == 0) ? now.minusSeconds(i % 3_600) : now.minusSeconds(86_400L + i);
            String status = onShopify ? (i % 20 == 0 ? "DRAFT" : "ACTIVE") : "Active";
            String externalId = onShopify ? "gid://shopify/Product/" + (1_000_000 + i) : "AMZ-" + i;
            products.add(new Object[] {product, integration, externalId, title(i),
                BRANDS[(int) (mix(i) % BRANDS.length)], status, Timestamp.from(synced), Timestamp.from(synced)});
            if (onShopify) {
                for (int v = 1; v <= 2; v++) {
                    variants.add(variant(product, integration, "gid://shopify/ProductVariant/" + (2 * i + v),
                            sku(i, v), price(i, v), synced));
                }
            } else {
                // half the Amazon listings sell a Shopify SKU, the other half their own
                int shared = i - shopifyCount;
                String sku = shared % 2 == 0 && shared / 2 < shopifyCount ? sku(shared / 2, 1) : sku(i, 1);
                variants.add(variant(product, integration, sku, sku, price(i, 1).add(BigDecimal.ONE), synced));
            }
            if (products.size() == BATCH) {
                flush(products, variants);
            }
        }
        flush(products, variants);
        jdbc.execute("ANALYZE channel_products");
        jdbc.execute("ANALYZE channel_variants");
    }

    private static Object[] variant(UUID product, UUID integration, String externalId, String sku, BigDecimal price,
            Instant synced) {
        return new Object[] {UUID.randomUUID(), product, integration, externalId, sku, price,
            (int) (mix(sku.hashCode()) % 200), Timestamp.from(synced)};
    }

    private void flush(List<Object[]> products, List<Object[]> variants) {
        jdbc.batchUpdate("insert into channel_products (id, integration_id, external_id, title, vendor, product_status,"
                + " source_updated_at, deleted, synced_at) values (?, ?, ?, ?, ?, ?, ?, false, ?)", products);
        jdbc.batchUpdate("insert into channel_variants (id, product_id, integration_id, external_id, sku, price,"
                + " currency, inventory_quantity, deleted, synced_at) values (?, ?, ?, ?, ?, ?, 'USD', ?, false, ?)",
                variants);
        products.clear();
        variants.clear();
    }

    static BigDecimal price(int index, int variant) {
        return BigDecimal.valueOf(499 + mix(index * 3L + variant) % 19_500, 2);
    }

    static long mix(long value) {
        long z = value * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 31)) * 0xBF58476D1CE4E5B9L;
        return (z ^ (z >>> 29)) & Long.MAX_VALUE;
    }
}
