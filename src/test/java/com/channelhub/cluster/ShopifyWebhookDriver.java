package com.channelhub.cluster;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.channelhub.support.HubHttp;

/**
 * Sends signed Shopify {@code products/update} deliveries to hubs, one new product per event, as Shopify would
 * (HMAC-SHA256 of the raw body with the app's client secret, base64, in X-Shopify-Hmac-Sha256), and remembers
 * what each hub acknowledged.
 */
final class ShopifyWebhookDriver {

    /** One delivery a hub acknowledged with 200. */
    record Delivery(String hub, long productId, String webhookId, String eventId, String price) {
    }

    private final String shop;
    private final String secret;
    private final List<Delivery> acknowledged = new ArrayList<>();
    private long nextProductId = 9_000_000;

    ShopifyWebhookDriver(String shop, String secret) {
        this.shop = shop;
        this.secret = secret;
    }

    /** A new event (new product) delivered to the hub. */
    Delivery deliverNew(HubProcess hub) {
        long productId = nextProductId;
        nextProductId += 10;
        String price = (10 + productId % 90) + ".25";
        return deliver(hub, productId, price, UUID.randomUUID().toString(), UUID.randomUUID().toString());
    }

    /** The same delivery again (same webhook id), as Shopify retries one it did not see answered. */
    Delivery redeliver(HubProcess hub, Delivery original) {
        return deliver(hub, original.productId(), original.price(), original.webhookId(), original.eventId());
    }

    /** The same event in a second delivery (new webhook id, same event id), as two subscriptions would get it. */
    Delivery deliverEventAgain(HubProcess hub, Delivery original) {
        return deliver(hub, original.productId(), original.price(), UUID.randomUUID().toString(), original.eventId());
    }

    List<Delivery> acknowledged() {
        return List.copyOf(acknowledged);
    }

    private Delivery deliver(HubProcess hub, long productId, String price, String webhookId, String eventId) {
        String body = product(productId, price);
        HttpRequest request = hub.http.builder("/api/platforms/shopify/webhooks", null)
                .header("Content-Type", "application/json")
                .header("X-Shopify-Topic", "products/update")
                .header("X-Shopify-Shop-Domain", shop)
                .header("X-Shopify-Webhook-Id", webhookId)
                .header("X-Shopify-Event-Id", eventId)
                .header("X-Shopify-Triggered-At", "2026-11-25T10:00:00.000Z")
                .header("X-Shopify-API-Version", "2026-10")
                .header("X-Shopify-Hmac-Sha256", sign(body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HubHttp.Response response = hub.http.send(request);
        if (response.status() != 200) {
            throw new AssertionError("hub " + hub.name + " answered " + response.status() + ": " + response.body());
        }
        Delivery delivery = new Delivery(hub.name, productId, webhookId, eventId, price);
        acknowledged.add(delivery);
        return delivery;
    }

    private String sign(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A products/update payload (Shopify's REST webhook shape) of a product with one variant. */
    private static String product(long id, String price) {
        return """
                {"id":%d,"admin_graphql_api_id":"gid://shopify/Product/%d","title":"Product %d","vendor":"Acme",
                 "status":"active","updated_at":"2026-11-25T10:00:00Z","variants":[{"id":%d,
                 "admin_graphql_api_id":"gid://shopify/ProductVariant/%d","product_id":%d,"title":"Default",
                 "sku":"HOOK-%d","price":"%s","compare_at_price":null,"inventory_quantity":7,"inventory_item_id":%d,
                 "updated_at":"2026-11-25T10:00:00Z"}]}"""
                .formatted(id, id, id, id + 1, id + 1, id, id, price, id + 2);
    }
}
