package com.channelhub.connector.shopify.client;

/**
 * Shopify's {@code extensions.cost.throttleStatus}: the app's leaky bucket on one shop as of one response.
 *
 * @param maximumAvailable   bucket size in points
 * @param currentlyAvailable points left after the call
 * @param restoreRate        points restored per second
 */
public record ThrottleStatus(double maximumAvailable, double currentlyAvailable, double restoreRate) {
}
