package com.channelhub.connector.amazon;

import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;

/** Where prices go and the codes the connector itself gives to changes it refuses. */
final class PriceTarget {

    /** Result code of a change refused before sending (see {@link PriceValidator}). */
    static final String INVALID_PRICE = "INVALID_PRICE";
    /** Result code of a change for a SKU the seller does not list. */
    static final String UNKNOWN_SKU = "NOT_FOUND";

    private PriceTarget() {
    }

    /** The currency prices are in for a marketplace; refuses marketplaces the connector does not know. */
    static String currency(String marketplaceId) {
        AmazonSpPlatformFacts.Marketplace marketplace = AmazonSpPlatformFacts.marketplace(marketplaceId);
        if (marketplace == null) {
            throw new IllegalArgumentException("marketplace " + marketplaceId + " is not one the connector knows "
                    + "the currency of; see AmazonSpPlatformFacts");
        }
        return marketplace.currency();
    }
}
