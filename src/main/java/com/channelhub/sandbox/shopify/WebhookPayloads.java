package com.channelhub.sandbox.shopify;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Webhook bodies shaped like Shopify's REST webhook payloads (shopify.dev webhook topic reference): snake_case
 * fields, numeric ids, prices as strings, timestamps with an offset, plus {@code admin_graphql_api_id}.
 */
final class WebhookPayloads {

    private static final DateTimeFormatter REST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);

    private WebhookPayloads() {
    }

    static String time(long epochMillis) {
        return REST_TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    static Map<String, Object> product(SandboxProduct p) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("admin_graphql_api_id", "gid://shopify/Product/" + p.id);
        body.put("body_html", "");
        body.put("created_at", time(p.createdAt));
        body.put("handle", p.handle());
        body.put("id", p.id);
        body.put("product_type", p.productType());
        body.put("published_at", time(p.createdAt));
        body.put("template_suffix", null);
        body.put("title", p.title());
        body.put("updated_at", time(p.updatedAt));
        body.put("vendor", p.vendor());
        body.put("status", p.status.toLowerCase(Locale.ROOT));
        body.put("published_scope", "global");
        body.put("tags", "");
        List<Object> variants = new ArrayList<>();
        SandboxVariant[] all = p.variantsSnapshot();
        for (SandboxVariant v : all) {
            Map<String, Object> variant = new LinkedHashMap<>();
            variant.put("admin_graphql_api_id", "gid://shopify/ProductVariant/" + v.id);
            variant.put("barcode", null);
            variant.put("compare_at_price", v.compareAtCents < 0 ? null : SandboxVariant.money(v.compareAtCents));
            variant.put("created_at", time(v.createdAt));
            variant.put("id", v.id);
            variant.put("inventory_policy", "deny");
            variant.put("position", v.position);
            variant.put("price", SandboxVariant.money(v.priceCents));
            variant.put("product_id", p.id);
            variant.put("sku", p.sku(v));
            variant.put("taxable", true);
            variant.put("title", p.variantTitle(v));
            variant.put("updated_at", time(v.updatedAt));
            variant.put("option1", p.variantTitle(v));
            variant.put("option2", null);
            variant.put("option3", null);
            variant.put("image_id", null);
            variant.put("inventory_item_id", v.inventoryItemId());
            variant.put("inventory_quantity", v.inventoryQuantity);
            variant.put("old_inventory_quantity", v.inventoryQuantity);
            variants.add(variant);
        }
        body.put("variants", variants);
        body.put("options", List.of(Map.of("name", all.length == 1 ? "Title" : "Option", "position", 1,
                "product_id", p.id)));
        body.put("images", List.of());
        body.put("image", null);
        return body;
    }

    static Map<String, Object> productDeleted(long productId) {
        return Map.of("id", productId);
    }

    static Map<String, Object> inventoryLevel(SandboxStore store, SandboxVariant v, long updatedAt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("inventory_item_id", v.inventoryItemId());
        body.put("location_id", store.locationId);
        body.put("available", v.inventoryQuantity);
        body.put("updated_at", time(updatedAt));
        body.put("admin_graphql_api_id", "gid://shopify/InventoryLevel/" + store.locationId + "?inventory_item_id="
                + v.inventoryItemId());
        return body;
    }

    static Map<String, Object> shop(SandboxStore store, String planDisplayName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", store.id);
        body.put("name", store.name);
        body.put("email", "owner@" + store.domain);
        body.put("domain", store.domain);
        body.put("myshopify_domain", store.domain);
        body.put("currency", store.currency);
        body.put("plan_name", store.plan);
        body.put("plan_display_name", planDisplayName);
        return body;
    }

    static Map<String, Object> bulkOperationFinished(BulkOperation op) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("admin_graphql_api_id", op.gid());
        body.put("completed_at", op.completedAt == null ? null : time(op.completedAt.toEpochMilli()));
        body.put("created_at", time(op.createdAt.toEpochMilli()));
        body.put("error_code", op.errorCode == null ? null : op.errorCode.toLowerCase(Locale.ROOT));
        body.put("status", op.status.toLowerCase(Locale.ROOT));
        body.put("type", "query");
        return body;
    }

    /** customers/data_request, customers/redact and shop/redact (mandatory compliance webhooks). */
    static Map<String, Object> compliance(SandboxStore store, String topic, long customerId, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("shop_id", store.id);
        body.put("shop_domain", store.domain);
        if (!topic.equals("shop/redact")) {
            body.put("customer", Map.of("id", customerId, "email", email, "phone", "555-625-1199"));
            if (topic.equals("customers/redact")) {
                body.put("orders_to_redact", List.of());
            } else {
                body.put("orders_requested", List.of());
                body.put("data_request", Map.of("id", 9999));
            }
        }
        return body;
    }
}
