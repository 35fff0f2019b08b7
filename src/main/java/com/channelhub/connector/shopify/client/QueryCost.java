package com.channelhub.connector.shopify.client;

/**
 * Shopify's {@code extensions.cost} of one response.
 *
 * @param requestedQueryCost what Shopify reserved before running the query
 * @param actualQueryCost    what it finally charged (null when the call was throttled)
 * @param throttleStatus     the bucket after the call
 */
public record QueryCost(Integer requestedQueryCost, Integer actualQueryCost, ThrottleStatus throttleStatus) {
}
