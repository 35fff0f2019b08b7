package com.channelhub.connector.shopify.client;

import java.math.BigDecimal;

/** A variant as {@code productVariantsBulkUpdate} echoes it back. */
public record UpdatedVariant(String id, BigDecimal price, BigDecimal compareAtPrice) {
}
