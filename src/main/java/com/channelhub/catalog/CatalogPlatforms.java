package com.channelhub.catalog;

import java.util.Set;

/**
 * Which platforms the catalog API knows, and which of them answer a catalog search (finding a product's ASIN
 * before listing it). The one place to change when a platform registry names them.
 */
public final class CatalogPlatforms {

    public static final Set<String> KNOWN = Set.of("SHOPIFY", "AMAZON");

    private CatalogPlatforms() {
    }

    /** Only Amazon has a catalog of products others sell (Catalog Items API); Shopify stores hold their own only. */
    public static boolean hasCatalogSearch(String platform) {
        return "AMAZON".equals(platform);
    }
}
