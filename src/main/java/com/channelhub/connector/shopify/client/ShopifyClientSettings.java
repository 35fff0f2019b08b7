package com.channelhub.connector.shopify.client;

import java.time.Duration;

/**
 * How the HTTP client reaches Shopify.
 *
 * @param adminBaseUrl    the Admin API base with a {@code {shop}} placeholder: {@code https://{shop}} in production,
 *                        {@code {hub}/sandbox/shopify/{shop}} against the sandbox
 * @param apiVersion      the pinned Admin API version, e.g. {@code 2026-10}
 * @param clientId        the app's client id (OAuth operations only)
 * @param clientSecret    the app's client secret (OAuth operations only)
 * @param maxRetries      how often one call is repeated after THROTTLED, 5xx or a timeout
 * @param connectTimeout  TCP connect timeout
 * @param responseTimeout time to wait for an answer
 * @param retryBackoff    first wait after a 5xx or timeout, doubled on every further attempt
 */
public record ShopifyClientSettings(String adminBaseUrl, String apiVersion, String clientId, String clientSecret,
        int maxRetries, Duration connectTimeout, Duration responseTimeout, Duration retryBackoff) {

    /** The base URL for one shop. */
    public String baseUrl(String shop) {
        String base = adminBaseUrl.replace("{shop}", shop);
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
