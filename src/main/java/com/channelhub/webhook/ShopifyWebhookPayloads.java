package com.channelhub.webhook;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.CatalogVariant;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads Shopify's webhook payloads (REST resource shapes) into the canonical catalog records. Ids become the
 * GraphQL global ids the catalog pull uses ({@code admin_graphql_api_id}, or built from the numeric id), so a
 * webhook and a pull name the same product the same way.
 */
final class ShopifyWebhookPayloads {

    private ShopifyWebhookPayloads() {
    }

    static CatalogProduct product(JsonNode payload) {
        String productId = gid(payload, "Product");
        List<CatalogVariant> variants = new ArrayList<>();
        for (JsonNode variant : payload.path("variants")) {
            variants.add(new CatalogVariant(
                    gid(variant, "ProductVariant"),
                    text(variant, "sku"),
                    text(variant, "title"),
                    decimal(variant, "price"),
                    decimal(variant, "compare_at_price"),
                    null,
                    variant.hasNonNull("inventory_quantity") ? variant.get("inventory_quantity").asInt() : null,
                    variant.hasNonNull("inventory_item_id")
                            ? "gid://shopify/InventoryItem/" + variant.get("inventory_item_id").asText() : null,
                    "DEFAULT",
                    null,
                    instant(variant, "updated_at", instant(payload, "updated_at", null))));
        }
        String status = text(payload, "status");
        return new CatalogProduct(productId, text(payload, "title"), text(payload, "vendor"),
                status == null ? null : status.toUpperCase(Locale.ROOT), instant(payload, "updated_at", null), variants);
    }

    static String productId(JsonNode payload) {
        return gid(payload, "Product");
    }

    static String inventoryItemId(JsonNode payload) {
        return payload.hasNonNull("inventory_item_id")
                ? "gid://shopify/InventoryItem/" + payload.get("inventory_item_id").asText() : null;
    }

    static String gid(JsonNode node, String type) {
        String gid = text(node, "admin_graphql_api_id");
        if (gid != null && gid.startsWith("gid://shopify/" + type + "/")) {
            return gid;
        }
        if (!node.hasNonNull("id")) {
            throw new IllegalArgumentException("the " + type + " in the payload has no id");
        }
        return "gid://shopify/" + type + "/" + node.get("id").asText();
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static BigDecimal decimal(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.isBlank() ? null : new BigDecimal(value);
    }

    static Instant instant(JsonNode node, String field, Instant fallback) {
        Instant parsed = WebhookInbox.instant(text(node, field));
        return parsed != null ? parsed : fallback;
    }
}
