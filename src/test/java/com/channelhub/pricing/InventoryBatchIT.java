package com.channelhub.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxAmazon;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Inventory batches over the price batches' machinery, against both sandboxes: per-item results (applied, rejected
 * with the platform's reason, Amazon-fulfilled unsupported, a stale Shopify compare re-read and retried),
 * idempotency, and a crash resumed without sending twice.
 */
@HubIntegrationTest
class InventoryBatchIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;

    static HubHttp.Response submit(HubHttp http, String slug, String key, String idempotencyKey, String body) {
        HttpRequest.Builder request = http.builder("/api/projects/" + slug + "/inventory", key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build());
    }

    @Test
    void eachQuantityReachesEveryChannelSellingItWithThatChannelsResult() {
        HubHttp http = new HubHttp(port);
        String slug = HubHttp.uniqueSlug("stock");
        String key = http.createProject(slug);
        PriceBatchChannels channels = new PriceBatchChannels(http, jdbc, port, slug, key);
        String sellerId = SandboxAmazon.newSellerId();
        String amazon = channels.connectAmazonSeller(sellerId, 4, 4);
        List<String> skus = channels.skus(amazon);
        String shared = skus.get(0);
        String amazonOnly = skus.get(1);
        String fba = skus.get(3);
        String stale = "STALE-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String unknownItem = "GONE-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String shop = slug + ".myshopify.com";
        String shopify = channels.installShopifyStore(shop, List.of(List.of(shared, stale), List.of(unknownItem)));
        // the hub last heard 99 for STALE (Shopify holds 5), and knows an inventory item the store no longer has
        jdbc.update("update channel_variants set inventory_quantity = 99 where integration_id = ?::uuid and sku = ?",
                shopify, stale);
        jdbc.update("update channel_variants set inventory_item_id = 'gid://shopify/InventoryItem/1'"
                + " where integration_id = ?::uuid and sku = ?", shopify, unknownItem);
        String body = """
                {"items":[
                  {"sku":"%s","quantity":12,"channels":{"AMAZON":{"quantity":10}}},
                  {"sku":"%s","quantity":7},
                  {"sku":"%s","quantity":3},
                  {"sku":"%s","quantity":40},
                  {"sku":"%s","quantity":8},
                  {"sku":"NOWHERE-1","quantity":1}
                ]}""".formatted(shared, amazonOnly, fba, stale, unknownItem);
        String idempotencyKey = "stock-" + UUID.randomUUID();

        HubHttp.Response response = submit(http, slug, key, idempotencyKey, body);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().at("/items/MATCHED").asInt()).isEqualTo(5);
        assertThat(response.json().at("/items/UNMATCHED").asInt()).isEqualTo(1);
        String batchId = response.json().get("id").asText();
        String batch = "/api/projects/" + slug + "/inventory-batches/" + batchId;
        assertThat(response.header("Location")).isEqualTo(batch);
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get(batch, key).json().get("status").asText()
                .startsWith("COMPLETED"));

        JsonNode done = http.get(batch, key).json();
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
        Map<String, JsonNode> results = new HashMap<>();
        for (JsonNode item : http.get(batch + "/items?size=50", key).json().get("items")) {
            for (JsonNode channel : item.get("channels")) {
                results.put(item.get("sku").asText() + "@" + channel.get("platform").asText(), channel);
            }
        }
        assertThat(results.get(shared + "@SHOPIFY").get("status").asText()).isEqualTo("APPLIED");
        assertThat(results.get(shared + "@SHOPIFY").get("appliedQuantity").asInt()).isEqualTo(12);
        assertThat(results.get(shared + "@AMAZON").get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(results.get(shared + "@AMAZON").get("quantity").asInt()).isEqualTo(10);
        assertThat(results.get(amazonOnly + "@AMAZON").get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(results.get(fba + "@AMAZON").get("status").asText()).isEqualTo("UNSUPPORTED");
        assertThat(results.get(fba + "@AMAZON").get("message").asText()).contains("AMAZON_NA");
        assertThat(results.get(stale + "@SHOPIFY").get("status").asText()).isEqualTo("APPLIED");
        assertThat(results.get(stale + "@SHOPIFY").get("message").asText()).contains("stale", "Shopify held 5");
        assertThat(results.get(unknownItem + "@SHOPIFY").get("status").asText()).isEqualTo("REJECTED");
        assertThat(results.get(unknownItem + "@SHOPIFY").get("code").asText()).isEqualTo("INVALID_INVENTORY_ITEM");
        // the canonical quantity follows what Shopify applied
        assertThat(jdbc.queryForObject("select inventory_quantity from channel_variants where integration_id = ?::uuid"
                + " and sku = ?", Integer.class, shopify, stale)).isEqualTo(40);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(new SandboxAmazon(http)
                .listing(sellerId, amazonOnly).get("quantity").asInt()).isEqualTo(7));

        HubHttp.Response replay = submit(http, slug, key, idempotencyKey, body);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("id").asText()).isEqualTo(batchId);
        HubHttp.Response conflict = submit(http, slug, key, idempotencyKey, body.replace("\"quantity\":7", "\"quantity\":6"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(http.get("/api/projects/" + slug + "/price-batches/" + batchId, key).status()).isEqualTo(404);
    }

    @Test
    void quantitiesGoToTheLocationChosenFromTheStoresLocations() {
        HubHttp http = new HubHttp(port);
        String slug = HubHttp.uniqueSlug("stockloc");
        String key = http.createProject(slug);
        PriceBatchChannels channels = new PriceBatchChannels(http, jdbc, port, slug, key);
        String sku = "LOC-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String shop = slug + ".myshopify.com";
        String shopify = channels.installShopifyStore(shop, List.of(List.of(sku)));
        String seller = channels.connectAmazonSeller(SandboxAmazon.newSellerId(), 1);
        String integration = "/api/projects/" + slug + "/integrations/" + shopify;

        HubHttp.Response listed = http.get(integration + "/inventory-locations", key);

        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().hasNonNull("inventoryLocationId")).isFalse();
        JsonNode location = listed.json().get("locations").get(0);
        String locationId = location.get("id").asText();
        assertThat(locationId).startsWith("gid://shopify/Location/");
        assertThat(location.get("active").asBoolean()).isTrue();
        assertThat(location.get("selected").asBoolean()).isFalse();

        HubHttp.Response unknown = http.patch(integration, key, "{\"inventoryLocationId\":\"gid://shopify/Location/1\"}");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.body()).contains("inventoryLocationId", "is not a location of " + shop, locationId);
        HubHttp.Response amazon = http.patch("/api/projects/" + slug + "/integrations/" + seller, key,
                "{\"inventoryLocationId\":\"" + locationId + "\"}");
        assertThat(amazon.status()).as(amazon.body()).isEqualTo(400);
        assertThat(amazon.body()).contains("does not apply to AMAZON integrations");
        assertThat(http.get("/api/projects/" + slug + "/integrations/" + seller + "/inventory-locations", key).status())
                .isEqualTo(409);

        HubHttp.Response chosen = http.patch(integration, key, "{\"inventoryLocationId\":\"" + locationId + "\"}");

        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        assertThat(chosen.json().get("inventoryLocationId").asText()).isEqualTo(locationId);
        assertThat(http.get(integration + "/inventory-locations", key).json().at("/locations/0/selected").asBoolean())
                .isTrue();
        HubHttp.Response pushed = submit(http, slug, key, "loc-" + UUID.randomUUID(),
                "{\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":21}]}");
        assertThat(pushed.status()).as(pushed.body()).isEqualTo(202);
        String batch = "/api/projects/" + slug + "/inventory-batches/" + pushed.json().get("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get(batch, key).json().get("status").asText()
                .startsWith("COMPLETED"));
        JsonNode result = http.get(batch + "/items", key).json().at("/items/0/channels/0");
        assertThat(result.get("status").asText()).as(result.toString()).isEqualTo("APPLIED");
        assertThat(result.get("appliedQuantity").asInt()).isEqualTo(21);

        // a location the store no longer has: Shopify's refusal is the item's result, nothing is set elsewhere
        jdbc.update("update platform_integrations set inventory_location_id = 'gid://shopify/Location/1' where id = ?::uuid",
                shopify);
        HubHttp.Response moved = submit(http, slug, key, "loc-" + UUID.randomUUID(),
                "{\"items\":[{\"sku\":\"" + sku + "\",\"quantity\":22}]}");
        String movedBatch = "/api/projects/" + slug + "/inventory-batches/" + moved.json().get("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get(movedBatch, key).json().get("status").asText()
                .startsWith("COMPLETED"));
        JsonNode refused = http.get(movedBatch + "/items", key).json().at("/items/0/channels/0");
        assertThat(refused.get("status").asText()).as(refused.toString()).isEqualTo("REJECTED");
        assertThat(refused.get("code").asText()).isEqualTo("INVALID_LOCATION");

        HubHttp.Response reset = http.patch(integration, key, "{\"inventoryLocationId\":\"\"}");
        assertThat(reset.status()).as(reset.body()).isEqualTo(200);
        assertThat(reset.json().hasNonNull("inventoryLocationId")).isFalse();
    }

    @Test
    void badQuantitiesAreAllListedAndNothingIsStored() {
        HubHttp http = new HubHttp(port);
        String slug = HubHttp.uniqueSlug("stockbad");
        String key = http.createProject(slug);

        HubHttp.Response response = submit(http, slug, key, "bad-" + UUID.randomUUID(), """
                {"items":[{"sku":"A-1","quantity":-1},{"sku":"A-2","quantity":1.5},{"sku":"A-1","quantity":2},
                          {"sku":"A-3"},{"sku":"A-4","quantity":3,"price":1}]}""");

        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("items[0].quantity", "items[1].quantity", "items[2].sku",
                "items[3].quantity", "items[4].price");
        assertThat(http.get("/api/projects/" + slug + "/inventory-batches", key).json().get("totalItems").asInt())
                .isZero();
        assertThat(submit(http, slug, key, null, "{\"items\":[{\"sku\":\"A-1\",\"quantity\":1}]}").status())
                .isEqualTo(400);
    }

    @Test
    void afterACrashOnlyQuantitiesWithoutAResultAreSentAndEachOnlyOnce() throws Exception {
        CrashFixture crash = CrashFixture.withSeller(port, jdbc, camel, "stockcrash", 4);
        HubHttp http = crash.http;
        crash.stopDispatcher();
        try {
            StringBuilder items = new StringBuilder();
            crash.skus.forEach(sku -> items.append(items.isEmpty() ? "" : ",").append("{\"sku\":\"").append(sku)
                    .append("\",\"quantity\":77}"));
            HubHttp.Response response = submit(http, crash.slug, crash.key, "crash-" + UUID.randomUUID(),
                    "{\"items\":[" + items + "]}");
            assertThat(response.status()).as(response.body()).isEqualTo(202);
            String batchId = response.json().get("id").asText();
            List<UUID> ids = crash.targets(batchId);
            Instant expired = Instant.now().minusSeconds(60);
            UUID crashed = UUID.randomUUID();
            // 0, 1: results stored by an instance that died before closing its claim; 2, 3: claimed, no result
            ids.subList(0, 2).forEach(id -> crash.leaveResultInFlight(crashed, id, expired));
            ids.subList(2, 4).forEach(id -> crash.leaveInFlight(crashed, id, expired));
            long patchesBefore = crash.taken("patchListingsItem");

            crash.startDispatcher();
            JsonNode done = crash.awaitCompleted("/api/projects/" + crash.slug + "/inventory-batches/" + batchId,
                    Duration.ofSeconds(60));

            assertThat(done.at("/targets/ACCEPTED").asInt()).isEqualTo(4);
            assertThat(crash.taken("patchListingsItem") - patchesBefore).isEqualTo(2);
            List<Integer> attempts = jdbc.queryForList("select attempts from price_batch_targets where batch_id = ?::uuid"
                    + " order by item_index", Integer.class, batchId);
            assertThat(attempts).containsExactly(1, 1, 2, 2);
        } finally {
            crash.startDispatcher();
        }
    }
}
