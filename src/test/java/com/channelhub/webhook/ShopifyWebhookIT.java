package com.channelhub.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.channelhub.catalog.ChannelProductRepository;
import com.channelhub.catalog.ChannelVariant;
import com.channelhub.catalog.ChannelVariantRepository;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@HubIntegrationTest
class ShopifyWebhookIT {

    private static final String SECRET = "test-shopify-client-secret-0123456789";
    private static final String PATH = "/api/platforms/shopify/webhooks";

    @LocalServerPort
    int port;
    @Autowired
    WebhookEventRepository events;
    @Autowired
    ChannelProductRepository products;
    @Autowired
    ChannelVariantRepository variants;
    @Autowired
    ComplianceRequestRepository complianceRequests;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    HubHttp http;
    String shop;
    String slug;
    String key;
    UUID integrationId;

    @BeforeEach
    void setUp() {
        http = new HubHttp(port);
        slug = HubHttp.uniqueSlug("hooks");
        key = http.createProject(slug);
        shop = slug + ".myshopify.com";
        integrationId = UUID.fromString(http.post("/api/projects/" + slug + "/integrations", key,
                "{\"platform\":\"SHOPIFY\",\"externalAccount\":\"" + shop + "\",\"credentials\":{\"accessToken\":\"shpat_x\"}}")
                .json().get("id").asText());
    }

    /** Computed here with the JDK alone, not with the hub's verifier. */
    static String sign(String body, String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private HubHttp.Response deliver(String topic, String body, String signature, String webhookId, String eventId) {
        HttpRequest.Builder request = http.builder(PATH, null)
                .header("Content-Type", "application/json")
                .header("X-Shopify-Topic", topic)
                .header("X-Shopify-Shop-Domain", shop)
                .header("X-Shopify-Webhook-Id", webhookId)
                .header("X-Shopify-Triggered-At", "2026-11-25T10:00:00.000Z")
                .header("X-Shopify-API-Version", "2026-10")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (signature != null) {
            request.header("X-Shopify-Hmac-Sha256", signature);
        }
        if (eventId != null) {
            request.header("X-Shopify-Event-Id", eventId);
        }
        return http.send(request.build());
    }

    private HubHttp.Response deliver(String topic, String body) throws Exception {
        return deliver(topic, body, sign(body, SECRET), UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    private static String product(long id, String title, String price, String updatedAt) {
        return """
                {"id":%d,"admin_graphql_api_id":"gid://shopify/Product/%d","title":"%s","vendor":"Acme","status":"active",
                 "updated_at":"%s","variants":[{"id":%d,"admin_graphql_api_id":"gid://shopify/ProductVariant/%d",
                 "product_id":%d,"title":"Default","sku":"SKU-%d","price":"%s","compare_at_price":null,
                 "inventory_quantity":7,"inventory_item_id":%d,"updated_at":"%s"}]}"""
                .formatted(id, id, title, updatedAt, id + 1, id + 1, id, id, price, id + 2, updatedAt);
    }

    private ChannelVariant variantOf(long productId) {
        return variants.findByIntegrationIdAndExternalId(integrationId, "gid://shopify/ProductVariant/" + (productId + 1))
                .orElse(null);
    }

    @Test
    void signatureVectorFromOpensslIsAccepted() {
        // printf '%s' '{"id":1,"title":"Vector"}' | openssl dgst -sha256 -hmac "$SECRET" -binary | base64
        HubHttp.Response response = deliver("shop/update", "{\"id\":1,\"title\":\"Vector\"}",
                "cdEfVuoEceI5SXQSN1wQSdpcvBWbktwyRWtF2sqiyvo=", UUID.randomUUID().toString(), null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("stored");
    }

    @Test
    void productUpdateIsStoredThenAppliedToTheCatalog() throws Exception {
        String body = product(1001, "Café crème — 500 g", "12.50", "2026-11-25T10:00:00Z");

        HubHttp.Response response = deliver("products/update", body);

        assertThat(response.status()).isEqualTo(200);
        assertThat(events.findByPlatformAndAccountOrderByReceivedAtAsc("SHOPIFY", shop)).hasSize(1)
                .first().satisfies(e -> assertThat(e.getPayload()).isEqualTo(body));
        await().atMost(Duration.ofSeconds(10)).until(() -> variantOf(1001) != null);
        ChannelVariant variant = variantOf(1001);
        assertThat(variant.getSku()).isEqualTo("SKU-1001");
        assertThat(variant.getPrice()).isEqualByComparingTo("12.50");
        assertThat(variant.getInventoryItemId()).isEqualTo("gid://shopify/InventoryItem/1003");
        assertThat(products.findByIntegrationIdAndExternalId(integrationId, "gid://shopify/Product/1001"))
                .hasValueSatisfying(p -> assertThat(p.getTitle()).isEqualTo("Café crème — 500 g"));
        await().atMost(Duration.ofSeconds(10)).until(() -> events.findByPlatformAndAccountOrderByReceivedAtAsc("SHOPIFY", shop)
                .get(0).getStatus() == WebhookEvent.Status.PROCESSED);
    }

    @Test
    void tamperedBodyIsRejectedAndNotStored() throws Exception {
        String body = product(2001, "Original", "10.00", "2026-11-25T10:00:00Z");
        String signature = sign(body, SECRET);

        HubHttp.Response response = deliver("products/update", body.replace("10.00", "0.01"), signature, "w-1", "e-1");

        assertThat(response.status()).isEqualTo(401);
        assertThat(deliver("products/update", body, null, "w-2", "e-2").status()).isEqualTo(401);
        assertThat(deliver("products/update", body, sign(body, "some-other-secret"), "w-3", "e-3").status())
                .isEqualTo(401);
        assertThat(events.findByPlatformAndAccountOrderByReceivedAtAsc("SHOPIFY", shop)).isEmpty();
    }

    @Test
    void redeliveryOfTheSameDeliveryIsAcknowledgedButStoredOnce() throws Exception {
        String body = product(3001, "Once", "5.00", "2026-11-25T10:00:00Z");
        String signature = sign(body, SECRET);

        assertThat(deliver("products/update", body, signature, "delivery-1", "event-1").json().get("status").asText())
                .isEqualTo("stored");
        HubHttp.Response again = deliver("products/update", body, signature, "delivery-1", "event-1");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("status").asText()).isEqualTo("duplicate");
        assertThat(events.findByPlatformAndAccountOrderByReceivedAtAsc("SHOPIFY", shop)).hasSize(1);
    }

    @Test
    void secondDeliveryOfAnAlreadyProcessedEventIsMarkedDuplicate() throws Exception {
        String body = product(3501, "Event", "5.00", "2026-11-25T10:00:00Z");
        deliver("products/update", body, sign(body, SECRET), "delivery-a", "same-event");
        await().atMost(Duration.ofSeconds(10)).until(() -> variantOf(3501) != null);

        deliver("products/update", body, sign(body, SECRET), "delivery-b", "same-event");

        await().atMost(Duration.ofSeconds(10)).until(() -> events.findByPlatformAndAccountOrderByReceivedAtAsc("SHOPIFY", shop)
                .stream().anyMatch(e -> e.getStatus() == WebhookEvent.Status.DUPLICATE));
    }

    @Test
    void olderUpdateArrivingLateDoesNotOverwriteANewerOne() throws Exception {
        deliver("products/update", product(4001, "Newer", "20.00", "2026-11-25T12:00:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> variantOf(4001) != null);

        deliver("products/update", product(4001, "Older", "15.00", "2026-11-25T11:00:00Z"));

        await().atMost(Duration.ofSeconds(10)).until(() -> events.findByPlatformAndAccountOrderByReceivedAtAsc("SHOPIFY", shop)
                .stream().allMatch(e -> e.getStatus() == WebhookEvent.Status.PROCESSED));
        assertThat(variantOf(4001).getPrice()).isEqualByComparingTo("20.00");
        assertThat(products.findByIntegrationIdAndExternalId(integrationId, "gid://shopify/Product/4001").orElseThrow()
                .getTitle()).isEqualTo("Newer");
    }

    @Test
    void deletionAndInventoryUpdatesReachTheCatalog() throws Exception {
        deliver("products/create", product(5001, "Stocked", "9.00", "2026-11-25T10:00:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> variantOf(5001) != null);

        deliver("inventory_levels/update",
                "{\"inventory_item_id\":5003,\"location_id\":1,\"available\":42,\"updated_at\":\"2026-11-25T10:05:00Z\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> Integer.valueOf(42).equals(variantOf(5001).getInventoryQuantity()));

        deliver("products/delete", "{\"id\":5001}");
        await().atMost(Duration.ofSeconds(10)).until(() -> variantOf(5001).isDeleted());
        assertThat(products.findByIntegrationIdAndExternalId(integrationId, "gid://shopify/Product/5001").orElseThrow()
                .isDeleted()).isTrue();
    }

    @Test
    void anInventoryLevelAtAnotherLocationThanTheIntegrationsIsIgnored() throws Exception {
        deliver("products/create", product(7001, "Stocked", "9.00", "2026-11-25T10:00:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> variantOf(7001) != null);
        jdbc.update("update platform_integrations set inventory_location_id = 'gid://shopify/Location/2' where id = ?",
                integrationId);

        deliver("inventory_levels/update",
                "{\"inventory_item_id\":7003,\"location_id\":2,\"available\":21,\"updated_at\":\"2026-11-25T10:05:00Z\"}");
        await().atMost(Duration.ofSeconds(10)).until(() -> Integer.valueOf(21).equals(variantOf(7001).getInventoryQuantity()));
        // newer, but at a location the integration does not sell from
        deliver("inventory_levels/update",
                "{\"inventory_item_id\":7003,\"location_id\":1,\"available\":13,\"updated_at\":\"2026-11-25T10:06:00Z\"}");

        await().atMost(Duration.ofSeconds(10)).until(() -> events.findByPlatformAndAccountOrderByReceivedAtAsc(
                "SHOPIFY", shop).stream().filter(e -> e.getTopic().equals("inventory_levels/update"))
                .filter(e -> e.getStatus() == WebhookEvent.Status.PROCESSED).count() == 2);
        assertThat(variantOf(7001).getInventoryQuantity()).isEqualTo(21);
    }

    @Test
    void uninstallDisconnectsTheIntegrationAndWipesItsToken() throws Exception {
        deliver("app/uninstalled", "{\"id\":1,\"domain\":\"" + shop + "\",\"myshopify_domain\":\"" + shop + "\"}");

        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/projects/" + slug + "/integrations/"
                + integrationId, key).json().get("status").asText().equals("DISCONNECTED"));
        var integration = http.get("/api/projects/" + slug + "/integrations/" + integrationId, key).json();
        assertThat(integration.get("hasCredentials").asBoolean()).isFalse();
        assertThat(integration.at("/sync/enabled").asBoolean()).isFalse();
        assertThat(integration.get("statusReason").asText()).contains("uninstalled");
    }

    @Test
    void complianceRequestsAreRecordedAndShopRedactErasesTheShopsData() throws Exception {
        deliver("products/create", product(6001, "To erase", "9.00", "2026-11-25T10:00:00Z"));
        await().atMost(Duration.ofSeconds(10)).until(() -> variantOf(6001) != null);

        deliver("customers/data_request", "{\"shop_domain\":\"" + shop + "\",\"customer\":{\"id\":1},\"data_request\":{\"id\":9}}");
        deliver("customers/redact", "{\"shop_domain\":\"" + shop + "\",\"customer\":{\"id\":1}}");
        deliver("shop/redact", "{\"shop_id\":1,\"shop_domain\":\"" + shop + "\"}");

        await().atMost(Duration.ofSeconds(15)).until(() ->
                complianceRequests.findByPlatformAndAccountOrderByCompletedAtAsc("SHOPIFY", shop).size() == 3);
        assertThat(complianceRequests.findByPlatformAndAccountOrderByCompletedAtAsc("SHOPIFY", shop))
                .extracting(ComplianceRequest::getTopic)
                .containsExactlyInAnyOrder("customers/data_request", "customers/redact", "shop/redact");
        assertThat(variantOf(6001)).isNull();
        assertThat(http.get("/api/projects/" + slug + "/integrations/" + integrationId, key).json()
                .get("status").asText()).isEqualTo("DISCONNECTED");
    }

    @Test
    void unreadablePayloadEndsInTheDeadLetterStoreWithoutRedelivery() throws Exception {
        deliver("products/update", "[\"not an object\"]");

        await().atMost(Duration.ofSeconds(10)).until(() -> http.get("/api/dead-letters?routeId=shopify-webhook-process",
                HubHttp.ADMIN_KEY).json().get("items").findValuesAsText("body").contains("[\"not an object\"]"));
        var letter = http.get("/api/dead-letters?routeId=shopify-webhook-process", HubHttp.ADMIN_KEY).json().get("items").get(0);
        assertThat(letter.get("deliveryAttempts").asInt()).isEqualTo(1);
        assertThat(letter.at("/message/headers/X-Shopify-Topic").asText()).isEqualTo("products/update");
    }

    @Test
    void oversizedDeliveryIsRefusedWith413() throws Exception {
        String body = "{\"padding\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}";

        assertThat(deliver("products/update", body).status()).isEqualTo(413);
    }
}
