package com.channelhub.connector.shopify.client;

import com.channelhub.connector.shopify.ShopifyPlatformFacts;

/**
 * {@link ShopifyPlatformFacts#MAX_COST_EXCEEDED}: the query asks for more than the single-query limit. Retrying the
 * same query is pointless; the caller asks for fewer items per page instead.
 */
public class ShopifyQueryCostExceededException extends ShopifyApiException {

    private final Integer requestedQueryCost;

    public ShopifyQueryCostExceededException(String shop, Integer requestedQueryCost, String message) {
        super(shop, 200, ShopifyPlatformFacts.MAX_COST_EXCEEDED, message);
        this.requestedQueryCost = requestedQueryCost;
    }

    /** The cost Shopify computed, when it said. */
    public Integer getRequestedQueryCost() {
        return requestedQueryCost;
    }
}
