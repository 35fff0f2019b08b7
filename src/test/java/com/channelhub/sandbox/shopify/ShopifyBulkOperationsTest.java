package com.channelhub.sandbox.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.channelhub.config.HubProperties;
import graphql.schema.GraphQLSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ShopifyBulkOperationsTest {

    static final String EXPORT = "{ products { edges { node { id } } } }";

    final ShopifySandboxProperties properties = new ShopifySandboxProperties(false, Duration.ofMinutes(1),
            Duration.ofHours(1), Duration.ofDays(90), Duration.ofDays(30), 200, 1000, false, Map.of(),
            List.of(new ShopifySandboxProperties.Store("bulk-unit.myshopify.com", "Bulk", 5, 1, "standard", "USD")),
            new ShopifySandboxProperties.Webhooks(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(56),
                    8, 8, null, Duration.ofHours(48)),
            // operations stay CREATED for the whole test
            new ShopifySandboxProperties.Bulk(Duration.ofMinutes(5), 1000, Duration.ZERO));
    final HubProperties hub = new HubProperties(null, "http://localhost:8080", Path.of("data"), Path.of("routes"),
            new HubProperties.Encryption(null, null), new HubProperties.Api(1_048_576),
            new HubProperties.Shopify("id", "secret", "read_products"), new HubProperties.Amazon(null, null, null));
    final SandboxStores stores = new SandboxStores(properties);
    final WebhookSender webhooks = new WebhookSender(properties, hub, Clock.systemUTC());
    final BulkOperations bulk = new BulkOperations(properties, webhooks, Clock.systemUTC());
    final GraphQLSchema schema = new AdminGraphql(stores, new CatalogChanges(webhooks, Clock.systemUTC()), bulk, webhooks,
            properties, Clock.systemUTC()).schema();
    final SandboxStore store = stores.require("bulk-unit.myshopify.com");

    @AfterEach
    void stop() {
        webhooks.destroy();
        bulk.destroy();
    }

    @Test
    void beforeVersion202601OnlyOneBulkQueryRunsAtATime() {
        BulkOperation first = bulk.start(store, "2025-10", EXPORT, "http://localhost", schema);

        assertThatThrownBy(() -> bulk.start(store, "2025-10", EXPORT, "http://localhost", schema))
                .isInstanceOfSatisfying(BulkOperations.Refused.class, e -> {
                    assertThat(e.code).isEqualTo("OPERATION_IN_PROGRESS");
                    assertThat(e.getMessage()).contains(first.gid());
                });
    }

    @Test
    void fromVersion202601FiveBulkQueriesMayRunAtOnce() {
        for (int i = 0; i < 5; i++) {
            bulk.start(store, "2026-01", EXPORT, "http://localhost", schema);
        }
        assertThatThrownBy(() -> bulk.start(store, "2026-01", EXPORT, "http://localhost", schema))
                .isInstanceOf(BulkOperations.Refused.class);
        assertThat(store.bulkOperations).hasSize(5).allMatch(op -> op.status.equals("CREATED"));
    }

    @Test
    void theFileUrlIsUnderTheSandboxAddressOfTheShop() {
        BulkOperation op = bulk.start(store, "2026-07", EXPORT, "http://hub.test:8080", schema);
        assertThat(op.fileUrl).isEqualTo("http://hub.test:8080/sandbox/shopify/bulk-unit.myshopify.com/bulk/"
                + op.id + ".jsonl");
        assertThat(op.view().get("url")).isNull();
    }
}
