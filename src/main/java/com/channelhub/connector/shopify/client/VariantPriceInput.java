package com.channelhub.connector.shopify.client;

import java.math.BigDecimal;

/** One variant's new price in a {@code productVariantsBulkUpdate} call; a null compare-at price is left as is. */
public record VariantPriceInput(String variantId, BigDecimal price, BigDecimal compareAtPrice) {
}
