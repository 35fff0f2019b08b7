package com.channelhub.sandbox.shopify;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * inventorySetQuantities: absolute quantities with compare-and-swap, by API version (Admin GraphQL reference and the
 * changelog "New compare and swap syntax for the inventorySetQuantities mutation", Dec 2025):
 * <ul>
 * <li>from 2026-04 every quantity must carry {@code changeFromQuantity} (explicit null opts out); a mismatch is
 * CHANGE_FROM_QUANTITY_STALE;</li>
 * <li>2026-01 takes {@code changeFromQuantity} when given, else the older rules;</li>
 * <li>before: {@code compareQuantity} on each quantity unless {@code ignoreCompareQuantity}, COMPARE_QUANTITY_REQUIRED
 * or COMPARE_QUANTITY_STALE otherwise.</li>
 * </ul>
 * All or nothing: one error and no quantity changes. Each change emits inventory_levels/update.
 */
final class InventoryQuantities {

    private static final Set<String> REASONS = Set.of("correction", "cycle_count_available", "damaged",
            "movement_canceled", "movement_created", "movement_received", "movement_updated", "other", "promotion",
            "quality_control", "received", "reservation_created", "reservation_deleted", "reservation_updated",
            "restock", "safety_stock", "shrinkage");
    private static final int LIMIT = 1_000_000_000;

    private final WebhookSender webhooks;
    private final Clock clock;
    private final AtomicLong groupIds = new AtomicLong(90_000_000_000L);

    InventoryQuantities(WebhookSender webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> set(SandboxStore store, String apiVersion, Map<String, Object> input) {
        String name = (String) input.get("name");
        String reason = (String) input.get("reason");
        List<Map<String, Object>> quantities = (List<Map<String, Object>>) input.get("quantities");
        boolean ignoreCompare = Boolean.TRUE.equals(input.get("ignoreCompareQuantity"));
        List<Map<String, Object>> errors = new ArrayList<>();
        if (!"available".equals(name) && !"on_hand".equals(name)) {
            errors.add(error(List.of("input", "name"), "INVALID_NAME",
                    "The quantity name must be either 'available' or 'on_hand'."));
        }
        if (!REASONS.contains(reason)) {
            errors.add(error(List.of("input", "reason"), "INVALID_REASON", "The specified reason is invalid."));
        }
        synchronized (store) {
            List<Object[]> planned = new ArrayList<>();
            Set<Long> seen = new HashSet<>();
            for (int i = 0; i < quantities.size(); i++) {
                Map<String, Object> q = quantities.get(i);
                List<String> at = List.of("input", "quantities", Integer.toString(i));
                Long itemId = Gid.parse(q.get("inventoryItemId"), "InventoryItem");
                SandboxProduct product = itemId == null ? null
                        : store.productOfVariant(itemId - SandboxVariant.INVENTORY_ITEM_OFFSET);
                if (product == null) {
                    errors.add(error(field(at, "inventoryItemId"), "INVALID_INVENTORY_ITEM",
                            "The specified inventory item could not be found."));
                    continue;
                }
                if (!Long.valueOf(store.locationId).equals(Gid.parse(q.get("locationId"), "Location"))) {
                    errors.add(error(field(at, "locationId"), "INVALID_LOCATION",
                            "The specified location could not be found."));
                    continue;
                }
                if (!seen.add(itemId)) {
                    errors.add(error(at, "NO_DUPLICATE_INVENTORY_ITEM_ID_GROUP_ID_PAIR",
                            "The combination of inventoryItemId and locationId must be unique."));
                    continue;
                }
                SandboxVariant variant = SandboxStore.variant(product, itemId - SandboxVariant.INVENTORY_ITEM_OFFSET);
                int quantity = (Integer) q.get("quantity");
                Map<String, Object> problem = check(apiVersion, q, at, variant.inventoryQuantity, quantity, name,
                        ignoreCompare);
                if (problem != null) {
                    errors.add(problem);
                } else {
                    planned.add(new Object[] {product, variant, quantity});
                }
            }
            if (!errors.isEmpty()) {
                return payload(null, errors);
            }
            long now = clock.millis();
            List<Map<String, Object>> changes = new ArrayList<>();
            for (Object[] p : planned) {
                SandboxProduct product = (SandboxProduct) p[0];
                SandboxVariant variant = (SandboxVariant) p[1];
                int quantity = (Integer) p[2];
                int delta;
                synchronized (product) {
                    delta = quantity - variant.inventoryQuantity;
                    variant.inventoryQuantity = quantity;
                    variant.updatedAt = now;
                }
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("name", name);
                change.put("delta", delta);
                change.put("quantityAfterChange", quantity);
                change.put("item", Map.of("id", "gid://shopify/InventoryItem/" + variant.inventoryItemId(),
                        "sku", product.sku(variant), "tracked", true));
                change.put("location", Map.of("id", "gid://shopify/Location/" + store.locationId,
                        "name", "Main warehouse", "isActive", true));
                changes.add(change);
                webhooks.emit(store, "inventory_levels/update", WebhookPayloads.inventoryLevel(store, variant, now));
            }
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("id", "gid://shopify/InventoryAdjustmentGroup/" + groupIds.incrementAndGet());
            group.put("createdAt", CatalogPages.dateTime(now));
            group.put("reason", reason);
            group.put("referenceDocumentUri", input.get("referenceDocumentUri"));
            group.put("changes", changes);
            return payload(group, List.of());
        }
    }

    private static Map<String, Object> check(String apiVersion, Map<String, Object> q, List<String> at, int current,
            int quantity, String name, boolean ignoreCompare) {
        if (quantity > LIMIT) {
            return error(field(at, "quantity"), "INVALID_QUANTITY_TOO_HIGH",
                    "The total quantity can't be higher than 1,000,000,000.");
        }
        if (quantity < -LIMIT) {
            return error(field(at, "quantity"), "INVALID_QUANTITY_TOO_LOW",
                    "The total quantity can't be lower than -1,000,000,000.");
        }
        if (quantity < 0 && name.equals("on_hand")) {
            return error(field(at, "quantity"), "INVALID_QUANTITY_NEGATIVE", "The quantity can't be negative.");
        }
        boolean casRequired = apiVersion.compareTo("2026-04") >= 0;
        if (q.containsKey("changeFromQuantity") || casRequired) {
            if (!q.containsKey("changeFromQuantity")) {
                // the required-argument answer is not documented in detail; the sandbox words it as a userError
                return error(field(at, "changeFromQuantity"), null,
                        "changeFromQuantity must be given for each quantity; pass null to skip the check.");
            }
            Object expected = q.get("changeFromQuantity");
            if (expected != null && ((Integer) expected) != current) {
                return error(field(at, "changeFromQuantity"), "CHANGE_FROM_QUANTITY_STALE",
                        "The changeFromQuantity value does not match persisted value.");
            }
            return null;
        }
        if (ignoreCompare) {
            return null;
        }
        if (q.get("compareQuantity") == null) {
            return error(field(at, "compareQuantity"), "COMPARE_QUANTITY_REQUIRED",
                    "The compareQuantity argument must be given to each quantity or ignored using ignoreCompareQuantity.");
        }
        if (((Integer) q.get("compareQuantity")) != current) {
            return error(field(at, "compareQuantity"), "COMPARE_QUANTITY_STALE",
                    "The compareQuantity value does not match persisted value.");
        }
        return null;
    }

    private static List<String> field(List<String> at, String name) {
        List<String> field = new ArrayList<>(at);
        field.add(name);
        return field;
    }

    private static Map<String, Object> error(List<String> field, String code, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("code", code);
        error.put("message", message);
        return error;
    }

    private static Map<String, Object> payload(Map<String, Object> group, List<Map<String, Object>> errors) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("inventoryAdjustmentGroup", group);
        payload.put("userErrors", errors);
        return payload;
    }
}
