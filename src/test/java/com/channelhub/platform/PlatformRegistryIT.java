package com.channelhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.channelhub.platform.testshop.TestshopCatalog;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The test-only platform TESTSHOP (a Camel component, a descriptor and a route on the test classpath, registered
 * like Shopify and Amazon) is listed, connected, pulled and skipped by price batches without any change to the
 * hub's API, dispatch or fan-out code.
 */
@HubIntegrationTest
class PlatformRegistryIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    HubHttp http;
    String slug;
    String key;

    @BeforeEach
    void setUp() {
        http = new HubHttp(port);
        slug = HubHttp.uniqueSlug("platforms");
        key = http.createProject(slug);
    }

    @Test
    void platformsAreListedWithTheirCapabilitiesAndStatusWithoutSecrets() {
        HubHttp.Response response = http.get("/api/platforms", key);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().findValuesAsText("platform")).containsExactly("AMAZON", "SHOPIFY", "TESTSHOP");
        JsonNode testshop = platform(response.json(), "TESTSHOP");
        assertThat(testshop.get("displayName").asText()).isEqualTo("Test Shop");
        assertThat(testshop.get("capabilities").toString()).isEqualTo("[\"CATALOG_PULL_FULL\"]");
        assertThat(testshop.get("status").asText()).isEqualTo("CONFIGURED");
        assertThat(testshop.get("missingVariables")).isEmpty();
        JsonNode shopify = platform(response.json(), "SHOPIFY");
        assertThat(texts(shopify.get("capabilities"))).contains("INSTALL_OAUTH", "CATALOG_PULL_INCREMENTAL", "PRICE_PUSH",
                "INVENTORY_PUSH", "WEBHOOKS", "HEALTH_CHECK");
        assertThat(shopify.get("status").asText()).isEqualTo("CONFIGURED");
        // neither secrets nor the routes behind the capabilities
        assertThat(response.body()).doesNotContain("test-shopify-client-secret").doesNotContain("direct:")
                .doesNotContain("amzn1.oa2-cs");
        assertThat(http.get("/api/platforms", HubHttp.ADMIN_KEY).status()).isEqualTo(200);
        assertThat(http.get("/api/openapi.json", null).json().at("/paths/~1platforms/get/operationId").asText())
                .isEqualTo("api-list-platforms");
    }

    @Test
    void platformsNeedAKey() {
        assertThat(http.get("/api/platforms", null).status()).isEqualTo(401);
        HubHttp.Response unknown = http.get("/api/platforms", "not-a-key");
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTestshopIntegrationIsCreatedWithItsOwnAccountRulesAndPulledThroughTheGenericDispatch() {
        HubHttp.Response refused = http.post(integrations(), key, "{\"platform\":\"TESTSHOP\",\"externalAccount\":\"Not A Shop!\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("externalAccount");
        assertThat(refused.json().at("/errors/0/message").asText()).contains("lower-case letters");

        String shop = "ts-" + Long.toString(System.nanoTime(), 36);
        String id = connectTestshop(shop);
        pull(id);

        assertThat(jdbc.queryForList("select sku from channel_variants where integration_id = ?::uuid order by sku",
                String.class, id)).containsExactly(TestshopCatalog.sku(shop, 0), TestshopCatalog.sku(shop, 1),
                TestshopCatalog.sku(shop, 2));
    }

    @Test
    void aPriceBatchClosesTheTargetsOfAPlatformWithoutPricePushAsUnsupported() {
        String shop = "ts-" + Long.toString(System.nanoTime(), 36);
        String id = connectTestshop(shop);
        pull(id);

        HubHttp.Response response = http.send(http.builder("/api/projects/" + slug + "/prices", key)
                .header("Content-Type", "application/json").header("Idempotency-Key", "ts-" + UUID.randomUUID())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"items":[{"sku":"%s","price":12.50,"currency":"USD","channels":{"TESTSHOP":{"price":13.00}}},
                                  {"sku":"%s","price":8.00,"currency":"USD"}]}"""
                        .formatted(TestshopCatalog.sku(shop, 0), TestshopCatalog.sku(shop, 1)))).build());
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String batch = "/api/projects/" + slug + "/price-batches/" + response.json().get("id").asText();

        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(batch, key).json().get("status").asText()
                .startsWith("COMPLETED"));
        JsonNode done = http.get(batch, key).json();
        // nothing went wrong: the channel takes no prices, which each target says
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.at("/targets/UNSUPPORTED").asInt()).isEqualTo(2);
        JsonNode items = http.get(batch + "/items?status=UNSUPPORTED", key).json().get("items");
        assertThat(items).hasSize(2);
        JsonNode channel = items.get(0).get("channels").get(0);
        assertThat(channel.get("platform").asText()).isEqualTo("TESTSHOP");
        assertThat(channel.get("status").asText()).isEqualTo("UNSUPPORTED");
        assertThat(channel.get("message").asText()).contains("PRICE_PUSH");
    }

    @Test
    void anInventoryBatchClosesTheTargetsOfAPlatformWithoutInventoryPushAsUnsupported() {
        String shop = "ts-" + Long.toString(System.nanoTime(), 36);
        String id = connectTestshop(shop);
        pull(id);

        HubHttp.Response response = http.send(http.builder("/api/projects/" + slug + "/inventory", key)
                .header("Content-Type", "application/json").header("Idempotency-Key", "ts-" + UUID.randomUUID())
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("""
                        {"items":[{"sku":"%s","quantity":4}]}""".formatted(TestshopCatalog.sku(shop, 2)))).build());
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String batch = "/api/projects/" + slug + "/inventory-batches/" + response.json().get("id").asText();

        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(batch, key).json().get("status").asText()
                .startsWith("COMPLETED"));
        JsonNode done = http.get(batch, key).json();
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.at("/targets/UNSUPPORTED").asInt()).isEqualTo(1);
        JsonNode channel = http.get(batch + "/items?status=UNSUPPORTED", key).json().at("/items/0/channels/0");
        assertThat(channel.get("platform").asText()).isEqualTo("TESTSHOP");
        assertThat(channel.get("message").asText()).contains("INVENTORY_PUSH").contains("quantities");
    }

    private String integrations() {
        return "/api/projects/" + slug + "/integrations";
    }

    /** Creates the integration through the API; CONNECTED is what a TESTSHOP install would end in. */
    private String connectTestshop(String shop) {
        HubHttp.Response created = http.post(integrations(), key, """
                {"platform":"testshop","externalAccount":"%s","credentials":{"token":"testshop-token"}}""".formatted(shop));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("platform").asText()).isEqualTo("TESTSHOP");
        String id = created.json().get("id").asText();
        jdbc.update("update platform_integrations set status = 'CONNECTED' where id = ?::uuid", id);
        return id;
    }

    private void pull(String integrationId) {
        HubHttp.Response started = http.post(integrations() + "/" + integrationId + "/sync", key, "{\"mode\":\"full\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String run = integrations() + "/" + integrationId + "/sync-runs/" + started.json().get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(http.get(run, key).json().get("status").asText()));
        JsonNode finished = http.get(run, key).json();
        assertThat(finished.get("status").asText()).as(finished.toString()).isEqualTo("SUCCEEDED");
        assertThat(finished.get("processedItems").asInt()).isEqualTo(TestshopCatalog.SIZE);
    }

    private static JsonNode platform(JsonNode platforms, String code) {
        for (JsonNode platform : platforms) {
            if (platform.get("platform").asText().equals(code)) {
                return platform;
            }
        }
        throw new AssertionError(code + " not listed in " + platforms);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
