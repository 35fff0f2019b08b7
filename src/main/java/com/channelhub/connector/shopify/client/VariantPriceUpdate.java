package com.channelhub.connector.shopify.client;

import java.util.List;

/** The answer of one {@code productVariantsBulkUpdate} call: variants updated, and errors by input field. */
public record VariantPriceUpdate(List<UpdatedVariant> productVariants, List<UserError> userErrors) {
}
