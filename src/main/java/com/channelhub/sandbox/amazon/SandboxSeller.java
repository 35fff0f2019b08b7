package com.channelhub.sandbox.amazon;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A simulated seller and its catalog. The catalog is generated from the listing's number alone (SKU, ASIN, UPC,
 * title, starting price and quantity), so 100,000 SKUs cost nothing until touched: only listings a patch or feed
 * changed are kept in memory.
 */
final class SandboxSeller {

    static final int MAX_SKUS = 100_000;
    private static final Instant CATALOG_START = Instant.parse("2024-01-01T00:00:00Z");
    private static final String[] BRANDS = {"Northwind", "Contoso", "Fabrikam", "Tailspin", "Adatum", "Litware"};
    private static final String[] ADJECTIVES = {"Classic", "Compact", "Deluxe", "Rugged", "Slim", "Travel", "Pro",
            "Eco"};
    private static final String[] NOUNS = {"Backpack", "Kettle", "Lamp", "Speaker", "Blender", "Notebook",
            "Headphones", "Water Bottle", "Desk Organizer", "Yoga Mat"};

    private final AmazonSandboxProperties.Seller spec;
    /** Three base-36 characters in every ASIN and four digits in every UPC of this seller, to find it back. */
    private final String asinCode;
    private final String upcCode;
    private final Map<String, Listing> touched = new ConcurrentHashMap<>();
    private final Set<String> deleted = ConcurrentHashMap.newKeySet();

    SandboxSeller(AmazonSandboxProperties.Seller spec) {
        this.spec = spec;
        int hash = spec.sellerId().hashCode() & 0x7fffffff;
        this.asinCode = pad(Integer.toString(hash % 46_656, 36).toUpperCase(Locale.ROOT), 3);
        this.upcCode = String.format("%04d", hash % 10_000);
    }

    String sellerId() {
        return spec.sellerId();
    }

    String region() {
        return spec.region();
    }

    String marketplaceId() {
        return spec.marketplaceId();
    }

    String currency() {
        return spec.currency();
    }

    int skuCount() {
        return spec.skuCount();
    }

    AmazonSandboxProperties.Seller spec() {
        return spec;
    }

    String asinCode() {
        return asinCode;
    }

    String upcCode() {
        return upcCode;
    }

    String sku(int index) {
        return spec.skuPrefix() + String.format("%06d", index);
    }

    /** The listing's number for a generated SKU, or -1. */
    int index(String sku) {
        if (sku == null || !sku.startsWith(spec.skuPrefix()) || sku.length() != spec.skuPrefix().length() + 6) {
            return -1;
        }
        try {
            int index = Integer.parseInt(sku.substring(spec.skuPrefix().length()));
            return index >= 1 && index <= spec.skuCount() ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The listing as it is now, or empty when the seller has no such SKU. */
    Optional<Listing> listing(String sku) {
        Listing changed = touched.get(sku);
        if (changed != null) {
            return Optional.of(changed);
        }
        int index = index(sku);
        return index < 0 || deleted.contains(sku) ? Optional.empty() : Optional.of(generate(index));
    }

    /** The listing, kept from now on so that changes to it last; empty when the seller has no such SKU. */
    Optional<Listing> touch(String sku) {
        int index = index(sku);
        if (index < 0 || deleted.contains(sku)) {
            return Optional.ofNullable(touched.get(sku));
        }
        return Optional.of(touched.computeIfAbsent(sku, key -> generate(index)));
    }

    void delete(String sku) {
        if (touched.remove(sku) != null || index(sku) > 0) {
            deleted.add(sku);
        }
    }

    /** Every listing, in SKU order. */
    Stream<Listing> listings() {
        return IntStream.rangeClosed(1, spec.skuCount()).mapToObj(this::sku)
                .map(this::listing).flatMap(Optional::stream);
    }

    /**
     * What a listings search filters and sorts on, for every listing, without building untouched listings.
     *
     * @param index the listing's number
     */
    record Entry(int index, String sku, Instant createdAt, Instant updatedAt, Listing touched) {
    }

    Stream<Entry> entries() {
        return IntStream.rangeClosed(1, spec.skuCount()).mapToObj(index -> {
            String sku = sku(index);
            Listing listing = touched.get(sku);
            if (listing != null) {
                return new Entry(index, sku, listing.createdAt(), listing.updatedAt(), listing);
            }
            return deleted.contains(sku) ? null : new Entry(index, sku, createdAt(index), createdAt(index), null);
        }).filter(Objects::nonNull);
    }

    /** Catalog facts of every listing, without building the listings (for catalog searches). */
    Stream<Listing.CatalogFacts> catalog() {
        return IntStream.rangeClosed(1, spec.skuCount()).filter(index -> !deleted.contains(sku(index)))
                .mapToObj(this::facts);
    }

    /** The listing number inside an ASIN of this seller, or -1. */
    int indexOfAsin(String asin) {
        if (asin == null || asin.length() != 10 || !asin.startsWith("B0" + asinCode)) {
            return -1;
        }
        try {
            int index = Integer.parseInt(asin.substring(5), 36);
            return index >= 1 && index <= spec.skuCount() && !deleted.contains(sku(index)) ? index : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The listing number inside a UPC (or EAN/GTIN with leading zeros) of this seller, or -1. */
    int indexOfUpc(String code) {
        String upc = code == null ? "" : code.replaceFirst("^0+(?=\\d{12}$)", "");
        if (upc.length() != 12 || !upc.startsWith("8" + upcCode) || !upc.equals(upc(indexOr(upc)))) {
            return -1;
        }
        int index = indexOr(upc);
        return index >= 1 && index <= spec.skuCount() && !deleted.contains(sku(index)) ? index : -1;
    }

    private static int indexOr(String upc) {
        try {
            return Integer.parseInt(upc.substring(5, 11));
        } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
            return -1;
        }
    }

    Listing.CatalogFacts facts(int index) {
        long hash = mix(index);
        String brand = BRANDS[(int) ((hash >>> 8) % BRANDS.length)];
        String name = brand + " " + ADJECTIVES[(int) ((hash >>> 16) % ADJECTIVES.length)] + " "
                + NOUNS[(int) ((hash >>> 24) % NOUNS.length)] + " " + index;
        String asin = "B0" + asinCode + pad(Integer.toString(index, 36).toUpperCase(Locale.ROOT), 5);
        return new Listing.CatalogFacts(asin, name, brand, upc(index));
    }

    private Listing generate(int index) {
        long hash = mix(index);
        Listing.CatalogFacts facts = facts(index);
        boolean fba = spec.fbaEvery() > 0 && index % spec.fbaEvery() == 0;
        String amazonChannel = fba ? SpApiFacts.amazonChannel(spec.region()) : null;
        BigDecimal price = BigDecimal.valueOf(499 + (hash >>> 32) % 19_500, 2).setScale(2, RoundingMode.UNNECESSARY);
        int quantity = (int) ((hash >>> 40) % 250);
        return new Listing(sku(index), facts, "PRODUCT", Listing.initialAttributes(spec.marketplaceId(),
                spec.currency(), facts.itemName(), facts.brand(), price, quantity, amazonChannel),
                amazonChannel, quantity, createdAt(index));
    }

    private static Instant createdAt(int index) {
        return CATALOG_START.minusSeconds(3_600L * index);
    }

    private String upc(int index) {
        String body = "8" + upcCode + String.format("%06d", index);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 3 : 1);
        }
        return body + (10 - sum % 10) % 10;
    }

    private long mix(int index) {
        long z = spec.sellerId().hashCode() * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    private static String pad(String value, int length) {
        return "0".repeat(Math.max(0, length - value.length())) + value;
    }
}
