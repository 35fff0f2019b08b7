package com.channelhub.sandbox.shopify;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Shopify contracts the simulator follows, each with its source (details in docs/sandbox-shopify.md).
 */
public final class ShopifyFacts {

    private ShopifyFacts() {
    }

    /** Shopify accepts only this shape of shop hostname (shopify.dev OAuth docs, "verify the shop parameter"). */
    public static final Pattern SHOP_DOMAIN = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9-]*\\.myshopify\\.com$");

    /**
     * Restore rates from shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits (Standard 100, Advanced 200,
     * Plus 1,000, Enterprise 2,000 points/s). The page gives no bucket sizes; the sandbox assumes 20 s of restore,
     * the ratio of the older published 1,000-point bucket at 50 points/s.
     */
    public static final Map<String, ShopifySandboxProperties.Plan> DEFAULT_PLANS = Map.of(
            "standard", new ShopifySandboxProperties.Plan(2000, 100, "Shopify"),
            "advanced", new ShopifySandboxProperties.Plan(4000, 200, "Advanced"),
            "plus", new ShopifySandboxProperties.Plan(20000, 1000, "Shopify Plus"),
            "enterprise", new ShopifySandboxProperties.Plan(40000, 2000, "Commerce Components"));

    /** Connections return at most 250 nodes; input arrays hold at most 250 items (shopify.dev/api/usage/limits). */
    public static final int MAX_PAGE_SIZE = 250;

    /** Answer to a missing, unknown, expired or revoked access token (as seen in many client issue reports). */
    public static final String INVALID_TOKEN_BODY =
            "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong password)\"}";

    /**
     * Answer (403) to a non-expiring token where Shopify no longer accepts them; wording from a public report of the
     * April 2026 change, the body shape assumed to match the 401 answer.
     */
    public static final String NON_EXPIRING_TOKEN_BODY = "{\"errors\":\"Non-expiring access tokens are no longer "
            + "accepted for the Admin API. Start using expiring offline tokens.\"}";

    public static final String RATE_LIMITS_DOC = "https://shopify.dev/api/usage/rate-limits";

    /** Grant types of POST /admin/oauth/access_token (offline-access-tokens docs). */
    public static final String GRANT_REFRESH = "refresh_token";
    public static final String GRANT_TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
    public static final String OFFLINE_TOKEN_TYPE = "urn:shopify:params:oauth:token-type:offline-access-token";

    /** Bulk queries at once per app and shop: one before API 2026-01, five from it (bulk-operations docs). */
    public static int concurrentBulkQueries(String apiVersion) {
        return apiVersion != null && apiVersion.compareTo("2026-01") >= 0 ? 5 : 1;
    }

    /**
     * The MAX_COST_EXCEEDED message as Shopify words it (quoted in Shopify/shopify-app-js#577).
     */
    public static String maxCostMessage(int cost, int limit) {
        return "Query cost is " + cost + ", which exceeds the single query max cost limit (" + limit + ").\n\n"
                + "See https://shopify.dev/concepts/about-apis/rate-limits for more information on how the\n"
                + "cost of a query is calculated.\n\n"
                + "To query larger amounts of data with fewer limits, bulk operations should be used instead.\n"
                + "See https://shopify.dev/api/usage/bulk-operations/queries for usage details.\n";
    }
}
