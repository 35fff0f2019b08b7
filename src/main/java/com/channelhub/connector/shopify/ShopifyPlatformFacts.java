package com.channelhub.connector.shopify;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the connector relies on about Shopify's Admin API, each fact with its source. Values that Shopify reports at
 * run time (bucket size, restore rate) are deliberately absent: the connector reads them from every response.
 */
public final class ShopifyPlatformFacts {

    /**
     * A stable quarterly version, supported about a year. Shopify releases quarterly (Jan/Apr/Jul/Oct).
     * Source: shopify.dev/docs/api/usage/versioning.
     */
    public static final String DEFAULT_API_VERSION = "2026-10";

    /** The store's own host; the sandbox replaces it with {@code {hub}/sandbox/shopify/{shop}}. */
    public static final String DEFAULT_ADMIN_BASE_URL = "https://{shop}";

    /** Source: shopify.dev/docs/api/admin-graphql (endpoint {@code /admin/api/{version}/graphql.json}). */
    public static final String GRAPHQL_PATH = "/admin/api/{version}/graphql.json";

    /** Authorization-code exchange, refresh and token exchange. Source: shopify.dev, offline access tokens. */
    public static final String OAUTH_TOKEN_PATH = "/admin/oauth/access_token";

    /** Header carrying the access token on Admin API calls. Source: shopify.dev/docs/api/usage/authentication. */
    public static final String ACCESS_TOKEN_HEADER = "X-Shopify-Access-Token";

    /** Header echoing the API version that served the call; worth logging when it differs from the requested one. */
    public static final String API_VERSION_HEADER = "X-Shopify-API-Version";

    /**
     * Shop hostnames the connector will call: never a host a merchant typed otherwise.
     * Source: shopify.dev/docs/apps/build/authentication-authorization (verify the shop parameter).
     */
    public static final Pattern SHOP_DOMAIN = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9-]*\\.myshopify\\.com$");

    /**
     * A single query may not request more than 1,000 points ({@code MAX_COST_EXCEEDED} otherwise).
     * Source: shopify.dev/docs/api/usage/limits#rate-limits (GraphQL Admin API, single query limit).
     */
    public static final int MAX_SINGLE_QUERY_COST = 1000;

    /** Connections return at most 250 nodes and input arrays take at most 250 items. Source: shopify.dev limits. */
    public static final int MAX_PAGE_SIZE = 250;

    /** {@code productVariantsBulkUpdate} takes at most 250 variants per call. */
    public static final int MAX_VARIANTS_PER_PRICE_UPDATE = 250;

    /**
     * Cost calculation: scalars 0, objects 1, connections 2 plus 1 per requested item (times the cost of each item),
     * mutations 10. Source: shopify.dev/docs/api/usage/rate-limits#cost-calculation.
     */
    public static final int OBJECT_COST = 1;
    public static final int CONNECTION_BASE_COST = 2;
    public static final int MUTATION_COST = 10;

    /**
     * {@code productVariantsBulkUpdate} costs the mutation's 10 plus 0.2 per variant (rounded up).
     * Source: platform facts (Shopify's published cost of the mutation), confirmed by the sandbox's calculation.
     */
    public static final double PRICE_UPDATE_COST_PER_VARIANT = 0.2;

    /**
     * {@code inventorySetQuantities} takes at most 250 quantities (input arrays hold 250). From 2026-04 every quantity
     * carries {@code changeFromQuantity} (null opts out of the compare-and-set), 2026-01 accepts it optionally, and
     * older versions compare with {@code compareQuantity} unless {@code ignoreCompareQuantity}. A mismatch is
     * {@code CHANGE_FROM_QUANTITY_STALE} (older: {@code COMPARE_QUANTITY_STALE}). The mutation sets absolute values
     * and is not among those that take (or, from 2026-04, require) the {@code @idempotent} directive: those are
     * inventoryAdjustQuantities, inventoryMoveQuantities, inventorySetOnHandQuantities, refundCreate and
     * inventoryShipmentReceive. Sources: the mutation's reference page (2026-04, 2027-01), the changelogs "New
     * compare and swap syntax for the inventorySetQuantities mutation" and "Making idempotency mandatory for
     * inventory adjustments and refund mutations" (Dec 2025).
     */
    public static final int MAX_QUANTITIES_PER_INVENTORY_SET = 250;
    public static final String CHANGE_FROM_QUANTITY_SINCE = "2026-01";
    public static final String CHANGE_FROM_QUANTITY_STALE = "CHANGE_FROM_QUANTITY_STALE";
    public static final String COMPARE_QUANTITY_STALE = "COMPARE_QUANTITY_STALE";
    /** The quantity name the hub sets, and the reason it gives (both from Shopify's documented lists). */
    public static final String AVAILABLE = "available";
    public static final String INVENTORY_REASON = "correction";

    /** Error code of a throttled call: HTTP 200 with {@code errors[].extensions.code}, sometimes HTTP 429. */
    public static final String THROTTLED = "THROTTLED";

    /** Error code of a query over the single-query limit; never retried as is, the query must ask for less. */
    public static final String MAX_COST_EXCEEDED = "MAX_COST_EXCEEDED";

    /**
     * From 2025-10 {@code webhookSubscriptionCreate} takes {@code webhookSubscription: {uri, format}} and
     * {@code WebhookSubscription.uri}; older versions use {@code callbackUrl} and {@code endpoint}.
     * Source: shopify.dev/docs/api/admin-graphql/2025-10/mutations/webhookSubscriptionCreate.
     */
    public static final String WEBHOOK_URI_SINCE_VERSION = "2025-10";

    /**
     * From 2026-01 a bulk operation can be read by id ({@code bulkOperation(id:)}) and up to five bulk queries may
     * run at once, so {@code currentBulkOperation} may not be ours; older versions read it through {@code node(id:)}.
     * Source: shopify.dev/changelog/new-queries-for-bulk-operations (Oct 2025).
     */
    public static final String BULK_OPERATION_QUERY_SINCE = "2026-01";

    /** Bulk operation statuses after which polling stops. Source: shopify.dev BulkOperationStatus enum. */
    public static final Set<String> BULK_TERMINAL_STATUSES = Set.of("COMPLETED", "FAILED", "CANCELED", "EXPIRED");

    /**
     * Expiring offline tokens: {@code expiring=1} on the code exchange; refresh with
     * {@code grant_type=refresh_token}; migrate an old token by token exchange (one-time per shop).
     * Source: shopify.dev/docs/apps/build/authentication-authorization/access-tokens/offline-access-tokens and
     * shopify.dev/changelog/offline-access-tokens-now-support-expiry-and-refresh.
     */
    public static final String GRANT_REFRESH_TOKEN = "refresh_token";
    public static final String GRANT_TOKEN_EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange";
    public static final String TOKEN_TYPE_OFFLINE = "urn:shopify:params:oauth:token-type:offline-access-token";

    private ShopifyPlatformFacts() {
    }

    /** True when {@code version} (yyyy-MM) is {@code since} or newer; {@code unstable} counts as newest. */
    public static boolean isVersionAtLeast(String version, String since) {
        return "unstable".equals(version) || version.compareTo(since) >= 0;
    }

    /** An instant from an ISO-8601 string with {@code Z} or an offset, e.g. a stored sync cursor. */
    public static Instant parseInstant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(text).toInstant();
        }
    }

    /** Checks a shop hostname against {@link #SHOP_DOMAIN}; the message says what to pass instead. */
    public static String requireShopDomain(String shop) {
        if (shop == null || !SHOP_DOMAIN.matcher(shop).matches()) {
            throw new IllegalArgumentException("Shop '" + shop + "' is not a Shopify shop hostname: pass the "
                    + "permanent domain, e.g. my-store.myshopify.com");
        }
        return shop;
    }
}
