package com.channelhub.sandbox.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.channelhub.config.HubProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShopifyAdminGraphqlTest {

    final ShopifySandboxProperties properties = new ShopifySandboxProperties(false, Duration.ofMinutes(1),
            Duration.ofHours(1), Duration.ofDays(90), Duration.ofDays(30), 429, 1000, false, Map.of(),
            List.of(new ShopifySandboxProperties.Store("unit.myshopify.com", "Unit", 20, 1, "standard", "EUR")),
            new ShopifySandboxProperties.Webhooks(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(56),
                    8, 8, null, Duration.ofHours(48)),
            new ShopifySandboxProperties.Bulk(Duration.ZERO, 1000, Duration.ZERO));
    final HubProperties hub = new HubProperties(null, "http://localhost:8080", Path.of("data"), Path.of("routes"),
            new HubProperties.Encryption(null, null), new HubProperties.Api(1_048_576),
            new HubProperties.Shopify("id", "secret", "read_products"), new HubProperties.Amazon(null, null, null));
    final SandboxStores stores = new SandboxStores(properties);
    final WebhookSender webhooks = new WebhookSender(properties, hub, Clock.systemUTC());
    final BulkOperations bulk = new BulkOperations(properties, webhooks, Clock.systemUTC());
    final AdminGraphql graphql = new AdminGraphql(stores, new CatalogChanges(webhooks, Clock.systemUTC()), bulk, webhooks,
            properties, Clock.systemUTC());
    final SandboxStore store = stores.require("unit.myshopify.com");

    @AfterEach
    void stop() {
        webhooks.destroy();
        bulk.destroy();
    }

    @Test
    void theThrottledStatusCanBe429WithAWaitHint() {
        store.bucket.drain(System.nanoTime());

        AdminGraphql.Answer answer = run("{ products(first: 100) { nodes { id } } }");

        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.retryAfterSeconds()).isGreaterThan(0.9);
        assertThat(store.throttled.get()).isEqualTo(1);
    }

    @Test
    void syntaxErrorsAreAnsweredAsGraphqlErrorsWithCost() {
        AdminGraphql.Answer answer = run("{ products(first: 1) { nodes { id }");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).containsKeys("errors", "extensions");
    }

    @Test
    void theShopReportsItsCurrency() {
        AdminGraphql.Answer answer = run("{ shop { currencyCode } }");

        assertThat(answer.body().get("data")).isEqualTo(Map.of("shop", Map.of("currencyCode", "EUR")));
    }

    @Test
    void fromVersion202604InventorySetQuantitiesNeedsChangeFromQuantityAndChecksIt() {
        SandboxVariant variant = store.product(CatalogGenerator.FIRST_PRODUCT_ID).variants[0];
        int before = variant.inventoryQuantity;

        assertThat(setQuantity("2026-07", "")).contains("changeFromQuantity must be given");
        assertThat(setQuantity("2026-07", ", changeFromQuantity: " + (before + 1))).contains("CHANGE_FROM_QUANTITY_STALE");
        assertThat(variant.inventoryQuantity).isEqualTo(before);

        String applied = setQuantity("2026-07", ", changeFromQuantity: " + before);
        assertThat(applied).contains("\"quantityAfterChange\":250", "\"delta\":" + (250 - before));
        assertThat(variant.inventoryQuantity).isEqualTo(250);
        assertThat(setQuantity("2026-07", ", changeFromQuantity: null")).contains("\"userErrors\":[]");
    }

    @Test
    void beforeVersion2026InventorySetQuantitiesUsesCompareQuantity() {
        SandboxVariant variant = store.product(CatalogGenerator.FIRST_PRODUCT_ID).variants[0];

        assertThat(setQuantity("2025-10", "")).contains("COMPARE_QUANTITY_REQUIRED");
        assertThat(setQuantity("2025-10", ", compareQuantity: " + (variant.inventoryQuantity + 3)))
                .contains("COMPARE_QUANTITY_STALE");
        assertThat(setQuantity("2025-10", ", compareQuantity: " + variant.inventoryQuantity)).contains("\"userErrors\":[]");
        assertThat(variant.inventoryQuantity).isEqualTo(250);
    }

    private String setQuantity(String version, String extra) {
        SandboxVariant variant = store.product(CatalogGenerator.FIRST_PRODUCT_ID).variants[0];
        String mutation = "mutation { inventorySetQuantities(input: {name: \"available\", reason: \"correction\", "
                + "quantities: [{inventoryItemId: \"gid://shopify/InventoryItem/" + variant.inventoryItemId()
                + "\", locationId: \"gid://shopify/Location/" + store.locationId + "\", quantity: 250" + extra + "}]}) "
                + "{ inventoryAdjustmentGroup { reason changes { name delta quantityAfterChange } } "
                + "userErrors { field code message } } }";
        AdminGraphql.Answer answer = graphql.execute(RequestScope.api(store, version, "write_inventory",
                "http://localhost"), mutation, Map.of(), null);
        return SandboxShopifyClient.json(answer.body());
    }

    private AdminGraphql.Answer run(String query) {
        return graphql.execute(RequestScope.api(store, "2026-07", "read_products", "http://localhost"), query,
                Map.of(), null);
    }
}
