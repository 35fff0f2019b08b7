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
                    8, 8, null),
            new ShopifySandboxProperties.Bulk(Duration.ZERO, 1000, Duration.ZERO));
    final HubProperties hub = new HubProperties(null, "http://localhost:8080", Path.of("data"), Path.of("routes"),
            new HubProperties.Encryption(null, null), new HubProperties.Api(1_048_576),
            new HubProperties.Shopify("id", "secret", "read_products"), new HubProperties.Amazon(null, null, null));
    final SandboxStores stores = new SandboxStores(properties);
    final WebhookSender webhooks = new WebhookSender(properties, hub, Clock.systemUTC());
    final BulkOperations bulk = new BulkOperations(properties, webhooks, Clock.systemUTC());
    final AdminGraphql graphql = new AdminGraphql(stores, new CatalogChanges(webhooks, Clock.systemUTC()), bulk,
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

    private AdminGraphql.Answer run(String query) {
        return graphql.execute(RequestScope.api(store, "2026-07", "read_products", "http://localhost"), query,
                Map.of(), null);
    }
}
