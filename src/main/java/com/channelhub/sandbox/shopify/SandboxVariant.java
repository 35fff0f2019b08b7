package com.channelhub.sandbox.shopify;

/**
 * One variant, kept small: a generated variant stores no strings (its SKU and title are derived from its place in the
 * catalog), so a store of 100,000 products fits in a few tens of megabytes. Guarded by its product's monitor.
 */
final class SandboxVariant {

    /** Inventory item ids are derived from variant ids: both are Shopify numeric ids, never parsed by clients. */
    static final long INVENTORY_ITEM_OFFSET = 10_000_000_000_000_000L;

    final long id;
    final int position;
    String sku;
    String title;
    long priceCents;
    /** -1 when the variant has no compare-at price. */
    long compareAtCents;
    int inventoryQuantity;
    long createdAt;
    long updatedAt;

    SandboxVariant(long id, int position, String sku, String title, long priceCents, long compareAtCents,
            int inventoryQuantity, long createdAt, long updatedAt) {
        this.id = id;
        this.position = position;
        this.sku = sku;
        this.title = title;
        this.priceCents = priceCents;
        this.compareAtCents = compareAtCents;
        this.inventoryQuantity = inventoryQuantity;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    long inventoryItemId() {
        return id + INVENTORY_ITEM_OFFSET;
    }

    static String money(long cents) {
        long abs = Math.abs(cents);
        return (cents < 0 ? "-" : "") + abs / 100 + "." + (abs % 100 < 10 ? "0" : "") + abs % 100;
    }
}
