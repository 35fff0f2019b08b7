package com.channelhub.sandbox.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ShopifySandboxTest
class ShopifySandboxWebhooksIT {

    static final String SUBSCRIBE = """
            mutation($topic: WebhookSubscriptionTopic!, $uri: String!) {
              webhookSubscriptionCreate(topic: $topic, webhookSubscription: {uri: $uri, format: JSON}) {
                webhookSubscription { id topic uri }
                userErrors { field message }
              }
            }""";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    SandboxShopifyClient shopify;
    WebhookReceiver receiver;
    String shop;
    String token;

    @BeforeEach
    void setUp() throws Exception {
        shopify = new SandboxShopifyClient(port);
        receiver = new WebhookReceiver();
        shop = shopify.createStore("hooks", 10, 2, "standard");
        token = shopify.token(shop);
    }

    @AfterEach
    void tearDown() {
        receiver.close();
    }

    @Test
    void aProductChangeIsDeliveredSignedWithTheClientSecretAndShopifyHeaders() throws Exception {
        String id = subscribe("PRODUCTS_UPDATE", receiver.uri("/hooks"));
        assertThat(shopify.query(shop, token, "{ webhookSubscriptions(first: 10) { nodes { id topic uri } } }", null)
                .at("/data/webhookSubscriptions/nodes/0/id").asText()).isEqualTo(id);

        patchPrice(8_000_000_003L, "SKU-000004-1", "12.34");

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);
        WebhookReceiver.Received delivery = receiver.received().get(0);
        assertThat(delivery.header("X-Shopify-Hmac-Sha256")).isEqualTo(independentSignature(delivery.body()));
        assertThat(delivery.header("X-Shopify-Topic")).isEqualTo("products/update");
        assertThat(delivery.header("X-Shopify-Shop-Domain")).isEqualTo(shop);
        assertThat(delivery.header("X-Shopify-API-Version")).isEqualTo(SandboxShopifyClient.VERSION);
        assertThat(delivery.header("X-Shopify-Webhook-Id")).isNotBlank();
        assertThat(delivery.header("X-Shopify-Event-Id")).isNotBlank();
        assertThat(Instant.parse(delivery.header("X-Shopify-Triggered-At"))).isBefore(Instant.now().plusSeconds(1));
        JsonNode body = JSON.readTree(delivery.body());
        assertThat(body.get("id").asLong()).isEqualTo(8_000_000_003L);
        assertThat(body.get("admin_graphql_api_id").asText()).isEqualTo("gid://shopify/Product/8000000003");
        assertThat(body.at("/variants/0/sku").asText()).isEqualTo("SKU-000004-1");
        assertThat(body.at("/variants/0/price").asText()).isEqualTo("12.34");
    }

    @Test
    void aPriceMutationThroughTheAdminApiEmitsProductsUpdate() throws Exception {
        subscribe("PRODUCTS_UPDATE", receiver.uri("/hooks"));
        shopify.query(shop, token, """
                mutation { productVariantsBulkUpdate(productId: "gid://shopify/Product/8000000001",
                  variants: [{id: "gid://shopify/ProductVariant/80000000010002", price: "5.55"}]) {
                  userErrors { message } } }""", null);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);
        JsonNode body = JSON.readTree(receiver.received().get(0).body());
        assertThat(body.at("/variants/1/price").asText()).isEqualTo("5.55");
    }

    @Test
    void createAndDeleteThroughTheControlApiEmitTheirTopics() throws Exception {
        subscribe("PRODUCTS_CREATE", receiver.uri("/create"));
        subscribe("PRODUCTS_DELETE", receiver.uri("/delete"));
        HubHttp.Response created = shopify.http.post("/sandbox/shopify/_control/stores/" + shop + "/products", null,
                "{\"title\":\"Travel Mug\",\"variants\":[{\"sku\":\"MUG-1\",\"price\":\"9.90\"}]}");
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        assertThat(shopify.http.delete("/sandbox/shopify/_control/stores/" + shop + "/products/" + id, null).status())
                .isEqualTo(204);

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 2);
        assertThat(receiver.received()).extracting(r -> r.header("X-Shopify-Topic"))
                .containsExactlyInAnyOrder("products/create", "products/delete");
        assertThat(receiver.received()).extracting(r -> JSON.readTree(r.body()).get("id").asLong()).containsOnly(id);
    }

    @Test
    void aQuantityChangeEmitsInventoryLevelsUpdateForTheShopsLocation() throws Exception {
        subscribe("INVENTORY_LEVELS_UPDATE", receiver.uri("/inventory"));
        HubHttp.Response response = shopify.http.patch("/sandbox/shopify/_control/stores/" + shop + "/products/8000000002",
                null, "{\"variants\":[{\"sku\":\"SKU-000003-2\",\"inventoryQuantity\":17}]}");
        assertThat(response.status()).isEqualTo(200);
        JsonNode location = shopify.query(shop, token, "{ locations(first: 1) { nodes { id } } productVariants(first: 1, "
                + "query: \"sku:SKU-000003-2\") { nodes { inventoryQuantity inventoryItem { id } } } }", null).get("data");

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 1);
        JsonNode body = JSON.readTree(receiver.received().get(0).body());
        assertThat(body.get("available").asInt()).isEqualTo(17);
        assertThat("gid://shopify/InventoryItem/" + body.get("inventory_item_id").asLong())
                .isEqualTo(location.at("/productVariants/nodes/0/inventoryItem/id").asText());
        assertThat("gid://shopify/Location/" + body.get("location_id").asLong())
                .isEqualTo(location.at("/locations/nodes/0/id").asText());
        assertThat(location.at("/productVariants/nodes/0/inventoryQuantity").asInt()).isEqualTo(17);
    }

    @Test
    void failedDeliveriesAreRetriedWithTheSamePayloadAndWebhookId() throws Exception {
        subscribe("PRODUCTS_UPDATE", receiver.uri("/hooks"));
        receiver.failuresLeft.set(2);

        patchPrice(8_000_000_000L, "SKU-000001-1", "3.00");

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 3);
        List<WebhookReceiver.Received> all = receiver.received();
        assertThat(all).extracting(r -> r.header("X-Shopify-Webhook-Id")).containsOnly(all.get(0).header("X-Shopify-Webhook-Id"));
        assertThat(all).extracting(r -> new String(r.body(), StandardCharsets.UTF_8)).containsOnly(new String(all.get(0).body(), StandardCharsets.UTF_8));
        assertThat(subscriptions()).hasSize(1);
    }

    @Test
    void eightConsecutiveFailuresRemoveTheSubscription() throws Exception {
        subscribe("PRODUCTS_UPDATE", receiver.uri("/hooks"));
        receiver.alwaysFail();

        patchPrice(8_000_000_000L, "SKU-000001-1", "4.00");

        await().atMost(Duration.ofSeconds(20)).until(() -> subscriptions().isEmpty());
        assertThat(receiver.received()).hasSize(8);
        JsonNode log = shopify.http.get("/sandbox/shopify/_control/stores/" + shop + "/webhooks/deliveries", null).json();
        assertThat(log).extracting(a -> a.get("attempt").asInt()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(log).extracting(a -> a.get("status").asInt()).containsOnly(500);
    }

    @Test
    void aDuplicatedDeliveryArrivesTwiceWithTheSameWebhookId() throws Exception {
        subscribe("PRODUCTS_UPDATE", receiver.uri("/hooks"));
        behaviour("{\"duplicateNext\":1}");
        patchPrice(8_000_000_000L, "SKU-000001-1", "1.00");
        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 2);
        List<WebhookReceiver.Received> both = receiver.received();
        assertThat(both.get(1).header("X-Shopify-Webhook-Id")).isEqualTo(both.get(0).header("X-Shopify-Webhook-Id"));
        assertThat(both.get(1).body()).isEqualTo(both.get(0).body());
    }

    @Test
    void reorderedDeliveriesArriveNewestFirst() throws Exception {
        subscribe("PRODUCTS_UPDATE", receiver.uri("/hooks"));
        behaviour("{\"reorderNext\":3}");
        patchPrice(8_000_000_000L, "SKU-000001-1", "1.00");
        patchPrice(8_000_000_001L, "SKU-000002-1", "2.00");
        patchPrice(8_000_000_002L, "SKU-000003-1", "3.00");

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 3);
        assertThat(receiver.received()).extracting(r -> JSON.readTree(r.body()).get("id").asLong())
                .containsExactly(8_000_000_002L, 8_000_000_001L, 8_000_000_000L);
    }

    @Test
    void uninstallSendsAppUninstalledEndsTheGrantAndLaterAsksForShopRedact() throws Exception {
        subscribe("APP_UNINSTALLED", receiver.uri("/uninstalled"));
        shopify.control(shop, "/uninstall", SandboxShopifyClient.json(Map.of("complianceUri", receiver.uri("/redact"),
                "shopRedactDelayMillis", 300)));

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 2);
        WebhookReceiver.Received delivery = receiver.received().get(0);
        assertThat(delivery.header("X-Shopify-Topic")).isEqualTo("app/uninstalled");
        assertThat(JSON.readTree(delivery.body()).get("myshopify_domain").asText()).isEqualTo(shop);
        WebhookReceiver.Received redact = receiver.received().get(1);
        assertThat(redact.header("X-Shopify-Topic")).isEqualTo("shop/redact");
        assertThat(JSON.readTree(redact.body()).get("shop_domain").asText()).isEqualTo(shop);
        assertThat(shopify.graphql(shop, token, "{ shop { name } }", null).status()).isEqualTo(401);
        assertThat(subscriptionsOfStore()).isEmpty();
    }

    @Test
    void deliveriesCanBeSignedWithThePreviousSecretAsAfterARotation() throws Exception {
        behaviour("{\"signWithSecret\":\"previous-secret\",\"signWithSecretNext\":1}");
        for (int i = 0; i < 2; i++) {
            shopify.control(shop, "/compliance", SandboxShopifyClient.json(Map.of("topic", "customers/redact",
                    "uri", receiver.uri("/compliance"))));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 2);
        List<String> signatures = receiver.received().stream().map(r -> r.header("X-Shopify-Hmac-Sha256")).toList();
        List<byte[]> bodies = receiver.received().stream().map(WebhookReceiver.Received::body).toList();
        int previous = 0;
        for (int i = 0; i < 2; i++) {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec("previous-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            if (signatures.get(i).equals(Base64.getEncoder().encodeToString(mac.doFinal(bodies.get(i))))) {
                previous++;
            } else {
                assertThat(signatures.get(i)).isEqualTo(independentSignature(bodies.get(i)));
            }
        }
        assertThat(previous).isEqualTo(1);
    }

    @Test
    void complianceWebhooksGoToTheGivenAddressSigned() throws Exception {
        for (String topic : List.of("customers/data_request", "customers/redact", "shop/redact")) {
            shopify.control(shop, "/compliance", SandboxShopifyClient.json(Map.of("topic", topic,
                    "uri", receiver.uri("/compliance"))));
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 3);
        assertThat(receiver.received()).extracting(r -> r.header("X-Shopify-Topic"))
                .containsExactlyInAnyOrder("customers/data_request", "customers/redact", "shop/redact");
        for (WebhookReceiver.Received r : receiver.received()) {
            assertThat(r.header("X-Shopify-Hmac-Sha256")).isEqualTo(independentSignature(r.body()));
            assertThat(JSON.readTree(r.body()).get("shop_domain").asText()).isEqualTo(shop);
        }
    }

    @Test
    void aBadSignatureCanBeOrderedToTestThatReceiversRefuseIt() throws Exception {
        behaviour("{\"badSignatureNext\":1}");
        shopify.control(shop, "/compliance", SandboxShopifyClient.json(Map.of("topic", "shop/redact",
                "uri", receiver.uri("/compliance"))));
        shopify.control(shop, "/compliance", SandboxShopifyClient.json(Map.of("topic", "shop/redact",
                "uri", receiver.uri("/compliance"))));

        await().atMost(Duration.ofSeconds(10)).until(() -> receiver.received().size() == 2);
        List<Boolean> valid = new java.util.ArrayList<>();
        for (WebhookReceiver.Received r : receiver.received()) {
            valid.add(r.header("X-Shopify-Hmac-Sha256").equals(independentSignature(r.body())));
        }
        assertThat(valid).containsExactlyInAnyOrder(false, true);
    }

    @Test
    void plainHttpAddressesOutsideLoopbackAreRefusedLikeShopifyDoes() {
        JsonNode answer = shopify.query(shop, token, SUBSCRIBE, Map.of("topic", "PRODUCTS_UPDATE",
                "uri", "http://hub.example.com/webhooks")).at("/data/webhookSubscriptionCreate");
        assertThat(answer.get("webhookSubscription").isNull()).isTrue();
        assertThat(answer.at("/userErrors/0/message").asText()).isEqualTo("Address protocol http:// is not supported");
    }

    private String subscribe(String topic, String uri) {
        JsonNode answer = shopify.query(shop, token, SUBSCRIBE, Map.of("topic", topic, "uri", uri))
                .at("/data/webhookSubscriptionCreate");
        assertThat(answer.get("userErrors")).isEmpty();
        return answer.at("/webhookSubscription/id").asText();
    }

    private JsonNode subscriptionsOfStore() {
        return shopify.http.get("/sandbox/shopify/_control/stores/" + shop, null).json().get("webhookSubscriptions");
    }

    private JsonNode subscriptions() {
        return shopify.query(shop, token, "{ webhookSubscriptions(first: 10) { nodes { id } } }", null)
                .at("/data/webhookSubscriptions/nodes");
    }

    private void patchPrice(long productId, String sku, String price) {
        HubHttp.Response response = shopify.http.patch("/sandbox/shopify/_control/stores/" + shop + "/products/"
                + productId, null, "{\"variants\":[{\"sku\":\"" + sku + "\",\"price\":\"" + price + "\"}]}");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private void behaviour(String json) {
        HubHttp.Response response = shopify.http.send(shopify.http.builder("/sandbox/shopify/_control/stores/" + shop
                + "/webhooks/behaviour", null).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json)).build());
        assertThat(response.status()).isEqualTo(200);
    }

    /** The receiver's check, written from Shopify's description: base64 HMAC-SHA256 of the raw body. */
    private static String independentSignature(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SandboxShopifyClient.CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }
}
