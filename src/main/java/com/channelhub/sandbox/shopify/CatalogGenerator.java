package com.channelhub.sandbox.shopify;

import java.time.Instant;

/**
 * Generates a store's catalog deterministically from the product index: the same settings give the same products,
 * SKUs and prices on every start, so benchmarks and tests can name them.
 */
final class CatalogGenerator {

    static final long FIRST_PRODUCT_ID = 8_000_000_000L;
    /** Generated products were created a minute apart from here on, and last updated a day after creation. */
    static final long EPOCH = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();

    private static final String[] ADJECTIVES = {"Classic", "Organic", "Vintage", "Premium", "Compact", "Rugged",
            "Elegant", "Bright", "Cozy", "Sleek", "Handmade", "Modern"};
    private static final String[] NOUNS = {"Mug", "Backpack", "Lamp", "Notebook", "Sneaker", "Scarf", "Kettle",
            "Blanket", "Watch", "Bottle", "Chair", "Jacket"};
    private static final String[] VENDORS = {"Acme Supply", "Northwind", "Globex", "Initech", "Umbrella Goods"};
    private static final String[] TYPES = {"Home", "Apparel", "Outdoor", "Office"};
    private static final String[] OPTIONS = {"Small", "Medium", "Large", "X-Large", "Red", "Blue", "Green", "Black",
            "White", "Grey"};

    private CatalogGenerator() {
    }

    static SandboxProduct product(int index, int variantCount) {
        return product(index, variantCount, null);
    }

    /** With a SKU prefix, variant SKUs are the prefix and the variant's number in the catalog (from 1), 6 digits. */
    static SandboxProduct product(int index, int variantCount, String skuPrefix) {
        long id = FIRST_PRODUCT_ID + index;
        long created = EPOCH + index * 60_000L;
        long updated = created + 86_400_000L;
        SandboxVariant[] variants = new SandboxVariant[variantCount];
        for (int position = 1; position <= variantCount; position++) {
            long h = mix(index * 31L + position);
            long price = 500 + Math.floorMod(h, 19_500);
            long compareAt = Math.floorMod(h >>> 20, 3) == 0 ? price * 5 / 4 : -1;
            int quantity = (int) Math.floorMod(h >>> 40, 200);
            String sku = skuPrefix == null ? null
                    : skuPrefix + String.format("%06d", (long) index * variantCount + position);
            variants[position - 1] = new SandboxVariant(id * SandboxProduct.VARIANT_ID_FACTOR + position, position,
                    sku, null, price, compareAt, quantity, created, updated);
        }
        return new SandboxProduct(id, index, created, updated, variants);
    }

    static String title(int index) {
        long h = mix(index);
        return ADJECTIVES[(int) Math.floorMod(h, ADJECTIVES.length)] + " "
                + NOUNS[(int) Math.floorMod(h >>> 8, NOUNS.length)] + " " + (index + 1);
    }

    static String vendor(int index) {
        return VENDORS[(int) Math.floorMod(mix(index) >>> 16, VENDORS.length)];
    }

    static String productType(int index) {
        return TYPES[(int) Math.floorMod(mix(index) >>> 24, TYPES.length)];
    }

    static String sku(int index, int position) {
        return String.format("SKU-%06d-%d", index + 1, position);
    }

    static String optionValue(int position) {
        return OPTIONS[(position - 1) % OPTIONS.length];
    }

    /** SplitMix64 finaliser: a cheap, well-spread hash of the index. */
    private static long mix(long z) {
        z = (z + 0x9E3779B97F4A7C15L) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
