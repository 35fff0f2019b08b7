package com.channelhub.platform.testshop;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.CatalogVariant;

/** What every test shop sells: {@link #SIZE} products of one variant each, SKUs derived from the shop's name. */
public final class TestshopCatalog {

    public static final int SIZE = 3;

    private TestshopCatalog() {
    }

    /** The SKU of product {@code index} (from 0) of a shop. */
    public static String sku(String shop, int index) {
        return shop.toUpperCase(Locale.ROOT) + "-" + index;
    }

    static List<CatalogProduct> products(String shop) {
        List<CatalogProduct> products = new ArrayList<>();
        Instant updated = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < SIZE; i++) {
            CatalogVariant variant = new CatalogVariant("testshop:" + shop + ":variant:" + i, sku(shop, i), "Default",
                    new BigDecimal("10.00"), null, "USD", 5, null, "DEFAULT", null, updated);
            products.add(new CatalogProduct("testshop:" + shop + ":product:" + i, "Test product " + i, null, "ACTIVE",
                    updated, List.of(variant)));
        }
        return products;
    }
}
