package com.channelhub.sandbox.shopify;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Function;
import java.util.stream.Stream;

/** Pages of a store's products and variants in the requested order, filtered by a search query. */
final class CatalogPages {

    record ProductRef(SandboxStore store, SandboxProduct product) {
    }

    record VariantRef(SandboxStore store, SandboxProduct product, SandboxVariant variant) {
    }

    private CatalogPages() {
    }

    static String dateTime(long epochMillis) {
        return Instant.ofEpochMilli(epochMillis).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** first = 0 means no limit (bulk). */
    static Map<String, Object> products(SandboxStore store, int first, String after, String query, String sortKey,
            boolean reverse) {
        SearchQuery search = SearchQuery.parse(query);
        Connections.Cursor cursor = Connections.decode(after);
        String key = sortKey == null ? "ID" : sortKey;
        Function<SandboxProduct, String> valueOf = sortValue(key);
        Iterator<SandboxProduct> ordered;
        if (key.equals("ID") || key.equals("RELEVANCE")) {
            NavigableMap<Long, SandboxProduct> view = reverse ? store.products.descendingMap() : store.products;
            if (cursor != null) {
                view = view.tailMap(cursor.lastId(), false);
            }
            ordered = view.values().stream().filter(search::matches).iterator();
        } else {
            Comparator<SandboxProduct> order = comparator(key);
            if (reverse) {
                order = order.reversed();
            }
            List<SandboxProduct> all = new ArrayList<>(store.products.values().stream().filter(search::matches).toList());
            all.sort(order);
            Stream<SandboxProduct> stream = all.stream();
            if (cursor != null) {
                Comparator<SandboxProduct> finalOrder = order;
                SandboxProduct marker = all.stream().filter(p -> p.id == cursor.lastId()).findFirst().orElse(null);
                stream = marker == null ? stream.filter(p -> positionAfter(p, cursor, key, reverse))
                        : stream.filter(p -> finalOrder.compare(p, marker) > 0);
            }
            ordered = stream.iterator();
        }
        return Connections.page(ordered, first, cursor != null, p -> Connections.encode(p.id, valueOf.apply(p)),
                p -> new ProductRef(store, p));
    }

    static Map<String, Object> variantsOf(SandboxStore store, SandboxProduct product, int first, String after,
            boolean reverse) {
        Connections.Cursor cursor = Connections.decode(after);
        List<SandboxVariant> variants = new ArrayList<>(List.of(product.variantsSnapshot()));
        if (reverse) {
            java.util.Collections.reverse(variants);
        }
        Stream<SandboxVariant> stream = variants.stream();
        if (cursor != null) {
            stream = stream.filter(v -> reverse ? v.position < Integer.parseInt(cursor.lastValue())
                    : v.position > Integer.parseInt(cursor.lastValue()));
        }
        return Connections.page(stream.iterator(), first, cursor != null,
                v -> Connections.encode(v.id, Integer.toString(v.position)), v -> new VariantRef(store, product, v));
    }

    /** Variants across the store in id order (products in id order, then position), filtered. */
    static Map<String, Object> variants(SandboxStore store, int first, String after, String query, boolean reverse) {
        SearchQuery search = SearchQuery.parse(query);
        Connections.Cursor cursor = Connections.decode(after);
        NavigableMap<Long, SandboxProduct> view = reverse ? store.products.descendingMap() : store.products;
        if (cursor != null) {
            view = view.tailMap(SandboxProduct.productIdOf(cursor.lastId()), true);
        }
        Iterator<VariantRef> ordered = view.values().stream()
                .flatMap(p -> {
                    List<SandboxVariant> vs = new ArrayList<>(List.of(p.variantsSnapshot()));
                    if (reverse) {
                        java.util.Collections.reverse(vs);
                    }
                    return vs.stream().map(v -> new VariantRef(store, p, v));
                })
                .filter(r -> cursor == null || (reverse ? r.variant().id < cursor.lastId() : r.variant().id > cursor.lastId()))
                .filter(r -> search.matches(r.product(), r.variant()))
                .iterator();
        return Connections.page(ordered, first, cursor != null,
                r -> Connections.encode(r.variant().id, Long.toString(r.variant().id)), r -> r);
    }

    private static Function<SandboxProduct, String> sortValue(String key) {
        return switch (key) {
            case "TITLE" -> SandboxProduct::title;
            case "VENDOR" -> SandboxProduct::vendor;
            case "PRODUCT_TYPE" -> SandboxProduct::productType;
            case "UPDATED_AT" -> p -> dateTime(p.updatedAt);
            case "CREATED_AT", "PUBLISHED_AT" -> p -> dateTime(p.createdAt);
            default -> p -> Long.toString(p.id);
        };
    }

    private static Comparator<SandboxProduct> comparator(String key) {
        Comparator<SandboxProduct> primary = switch (key) {
            case "TITLE" -> Comparator.comparing(SandboxProduct::title);
            case "VENDOR" -> Comparator.comparing(SandboxProduct::vendor);
            case "PRODUCT_TYPE" -> Comparator.comparing(SandboxProduct::productType);
            case "UPDATED_AT" -> Comparator.comparingLong(p -> p.updatedAt / 1000);
            case "CREATED_AT", "PUBLISHED_AT" -> Comparator.comparingLong(p -> p.createdAt / 1000);
            case "INVENTORY_TOTAL" -> Comparator.comparingLong(CatalogPages::totalInventory);
            default -> Comparator.comparingLong(p -> p.id);
        };
        return primary.thenComparingLong(p -> p.id);
    }

    /** When the cursor's product has gone (deleted), compare against the cursor's own values. */
    private static boolean positionAfter(SandboxProduct p, Connections.Cursor cursor, String key, boolean reverse) {
        int c = sortValue(key).apply(p).compareTo(cursor.lastValue());
        if (c == 0) {
            c = Long.compare(p.id, cursor.lastId());
        }
        return reverse ? c < 0 : c > 0;
    }

    static long totalInventory(SandboxProduct product) {
        long total = 0;
        for (SandboxVariant v : product.variantsSnapshot()) {
            total += v.inventoryQuantity;
        }
        return total;
    }
}
