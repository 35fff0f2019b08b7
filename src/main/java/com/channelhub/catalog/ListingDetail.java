package com.channelhub.catalog;

import java.math.BigDecimal;

/**
 * A listing's detail as a marketplace's per-item call reports it, applied over what its report row gave.
 *
 * @param summary            status, product type, condition, image and issues
 * @param brand              the brand, when the listing names one (becomes the product's vendor)
 * @param price              the current offer price, or null
 * @param currency           its currency
 * @param fulfillmentChannel DEFAULT (merchant) or the marketplace's own channel (AMAZON_NA…); null keeps the known
 * @param quantity           the quantity the channel reports for it, or null
 */
public record ListingDetail(ListingSummary summary, String brand, BigDecimal price, String currency,
        String fulfillmentChannel, Integer quantity) {
}
