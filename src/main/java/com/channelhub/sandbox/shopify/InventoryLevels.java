package com.channelhub.sandbox.shopify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import graphql.schema.DataFetchingEnvironment;

/**
 * Where stock is and how much: the {@code location} query (without an id, the shop's primary location — shopify.dev
 * "location" query), {@code inventoryItem}, and an item's {@code inventoryLevel(locationId)} with its named
 * {@code quantities}. A sandbox store has one location, its primary; it tracks the available quantity only, so
 * on_hand equals available and the other states (committed, reserved, …) are 0.
 */
final class InventoryLevels {

    /** Quantity names Shopify documents for InventoryLevel.quantities. */
    private static final Set<String> NAMES = Set.of("available", "committed", "damaged", "incoming", "on_hand",
            "quality_control", "reserved", "safety_stock");

    Object location(DataFetchingEnvironment env) {
        Object denied = AdminErrors.requireScope(env, "read_locations");
        if (denied != null) {
            return denied;
        }
        SandboxStore store = AdminQueries.scope(env).store();
        Object id = env.getArgument("id");
        if (id != null && !Long.valueOf(store.locationId).equals(Gid.parse(id, "Location"))) {
            return null;
        }
        return location(store);
    }

    Object inventoryItem(DataFetchingEnvironment env) {
        Object denied = AdminErrors.requireScope(env, "read_inventory");
        if (denied != null) {
            return denied;
        }
        SandboxStore store = AdminQueries.scope(env).store();
        Long itemId = Gid.parse(env.getArgument("id"), "InventoryItem");
        long variantId = itemId == null ? -1 : itemId - SandboxVariant.INVENTORY_ITEM_OFFSET;
        SandboxProduct product = itemId == null ? null : store.productOfVariant(variantId);
        if (product == null) {
            return null;
        }
        SandboxVariant variant = SandboxStore.variant(product, variantId);
        return Map.of("id", "gid://shopify/InventoryItem/" + variant.inventoryItemId(), "sku", product.sku(variant),
                "tracked", true);
    }

    /** The level of the source item at a location, or null when it is not stocked there. */
    Object inventoryLevel(DataFetchingEnvironment env) {
        Map<String, Object> item = env.getSource();
        SandboxStore store = AdminQueries.scope(env).store();
        if (!Long.valueOf(store.locationId).equals(Gid.parse(env.getArgument("locationId"), "Location"))) {
            return null;
        }
        Long itemId = Gid.parse(item.get("id"), "InventoryItem");
        long variantId = itemId - SandboxVariant.INVENTORY_ITEM_OFFSET;
        SandboxProduct product = store.productOfVariant(variantId);
        if (product == null) {
            return null;
        }
        int available;
        synchronized (product) {
            available = SandboxStore.variant(product, variantId).inventoryQuantity;
        }
        Map<String, Object> level = new LinkedHashMap<>();
        level.put("id", "gid://shopify/InventoryLevel/" + store.locationId + "?inventory_item_id=" + itemId);
        level.put("location", location(store));
        level.put("available", available);
        return level;
    }

    Object quantities(DataFetchingEnvironment env) {
        Map<String, Object> level = env.getSource();
        List<String> names = env.getArgument("names");
        int available = (Integer) level.get("available");
        return names.stream().filter(NAMES::contains).distinct().map(name -> Map.of(
                "id", level.get("id") + "&name=" + name, "name", name,
                "quantity", name.equals("available") || name.equals("on_hand") ? available : 0)).toList();
    }

    static Map<String, Object> location(SandboxStore store) {
        return Map.of("id", "gid://shopify/Location/" + store.locationId, "name", "Main warehouse", "isActive", true);
    }
}
