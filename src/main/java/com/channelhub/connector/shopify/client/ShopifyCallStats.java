package com.channelhub.connector.shopify.client;

/**
 * Running totals of one client's Admin API calls (for benchmarks and metrics).
 *
 * @param requests   GraphQL requests sent, retries included
 * @param throttled  answers that were THROTTLED (HTTP 200 with the code, or HTTP 429)
 * @param actualCost sum of {@code actualQueryCost} Shopify charged
 * @param retries    requests repeated after throttling, 5xx, timeouts or a refreshed token
 * @param waitedMillis time spent waiting for the bucket to refill, before calls and after THROTTLED answers
 */
public record ShopifyCallStats(long requests, long throttled, long actualCost, long retries, long waitedMillis) {
}
