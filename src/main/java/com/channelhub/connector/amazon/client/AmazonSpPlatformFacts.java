package com.channelhub.connector.amazon.client;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the connector relies on about Amazon's Selling Partner API, each fact with its source. Code elsewhere refers
 * to these constants instead of repeating literals.
 */
public final class AmazonSpPlatformFacts {

    private AmazonSpPlatformFacts() {
    }

    // --- Login with Amazon. Source: developer-docs.amazon.com/sp-api/docs/connecting-to-the-selling-partner-api

    /** LWA token endpoint for every region. */
    public static final String LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token";
    /** Amazon's own client refreshes a cached access token this long before it expires. */
    public static final Duration TOKEN_REFRESH_MARGIN = Duration.ofSeconds(60);
    /** Header carrying the LWA access token on every SP-API call (no SigV4 since 2 Oct 2023). */
    public static final String ACCESS_TOKEN_HEADER = "x-amz-access-token";
    /** LWA error codes that no retry can fix: the seller must re-authorize or the app's credentials are wrong. */
    public static final Set<String> LWA_NON_RETRYABLE_ERRORS = Set.of("invalid_grant", "invalid_client",
            "unauthorized_client");
    /** LWA error codes Amazon documents as transient. */
    public static final Set<String> LWA_RETRYABLE_ERRORS = Set.of("server_error", "temporarily_unavailable");

    // --- Endpoints. Source: developer-docs.amazon.com/sp-api/docs/sp-api-endpoints

    /** Selling regions and their production hosts. */
    public enum Region {
        NA("https://sellingpartnerapi-na.amazon.com"),
        EU("https://sellingpartnerapi-eu.amazon.com"),
        FE("https://sellingpartnerapi-fe.amazon.com");

        private final String endpoint;

        Region(String endpoint) {
            this.endpoint = endpoint;
        }

        public String endpoint() {
            return endpoint;
        }
    }

    /** Response headers: the operation's current rate (requests per second) and the request id to quote to support. */
    public static final String RATE_LIMIT_HEADER = "x-amzn-RateLimit-Limit";
    public static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

    // --- Marketplaces. Source: developer-docs.amazon.com/sp-api/docs/marketplace-ids

    /** A marketplace: its id, its region and the currency its prices are in. */
    public record Marketplace(String id, String country, Region region, String currency, String locale) {
    }

    private static final Map<String, Marketplace> MARKETPLACES = Map.ofEntries(
            m("ATVPDKIKX0DER", "US", Region.NA, "USD", "en_US"),
            m("A2EUQ1WTGCTBG2", "CA", Region.NA, "CAD", "en_CA"),
            m("A1AM78C64UM0Y8", "MX", Region.NA, "MXN", "es_MX"),
            m("A1F83G8C2ARO7P", "UK", Region.EU, "GBP", "en_GB"),
            m("A1PA6795UKMFR9", "DE", Region.EU, "EUR", "de_DE"),
            m("A13V1IB3VIYZZH", "FR", Region.EU, "EUR", "fr_FR"),
            m("A1RKKUPIHCS9HS", "ES", Region.EU, "EUR", "es_ES"),
            m("APJ6JRA9NG5V4", "IT", Region.EU, "EUR", "it_IT"),
            m("A1VC38T7YXB528", "JP", Region.FE, "JPY", "ja_JP"));

    private static Map.Entry<String, Marketplace> m(String id, String country, Region region, String currency,
            String locale) {
        return Map.entry(id, new Marketplace(id, country, region, currency, locale));
    }

    /** The marketplaces of a region the connector knows, in a stable order (by country). */
    public static java.util.List<Marketplace> marketplaces(Region region) {
        return MARKETPLACES.values().stream().filter(m -> m.region() == region)
                .sorted(java.util.Comparator.comparing(Marketplace::country)).toList();
    }

    /** The marketplace with this id, or null when the connector does not know it. */
    public static Marketplace marketplace(String marketplaceId) {
        return marketplaceId == null ? null : MARKETPLACES.get(marketplaceId.trim().toUpperCase(Locale.ROOT));
    }

    // --- Rate limits: token bucket per selling partner + application per operation, refilled at rate/s up to burst.
    // Source: the rate tables of the official models (listingsItems_2021-08-01, feeds_2021-06-30,
    // reports_2021-06-30, catalogItems_2022-04-01) and developer-docs.amazon.com/sp-api/docs/usage-plans-and-rate-limits.
    // The docs and models disagree on some listings numbers; the x-amzn-RateLimit-Limit header wins when present.

    /** The SP-API operations the connector calls, with their published rate (requests/s) and burst. */
    public enum Api {
        GET_LISTINGS_ITEM("getListingsItem", 5, 10),
        PATCH_LISTINGS_ITEM("patchListingsItem", 5, 5),
        SEARCH_LISTINGS_ITEMS("searchListingsItems", 5, 5),
        CREATE_FEED_DOCUMENT("createFeedDocument", 0.5, 15),
        CREATE_FEED("createFeed", 0.0083, 15),
        GET_FEED("getFeed", 2, 15),
        GET_FEED_DOCUMENT("getFeedDocument", 0.0222, 10),
        CREATE_REPORT("createReport", 0.0167, 15),
        GET_REPORT("getReport", 2, 15),
        GET_REPORT_DOCUMENT("getReportDocument", 0.0167, 15),
        SEARCH_CATALOG_ITEMS("searchCatalogItems", 2, 2);

        private final String operationId;
        private final double rate;
        private final int burst;

        Api(String operationId, double rate, int burst) {
            this.operationId = operationId;
            this.rate = rate;
            this.burst = burst;
        }

        public String operationId() {
            return operationId;
        }

        public double rate() {
            return rate;
        }

        public int burst() {
            return burst;
        }
    }

    /** Body of a 429: {"errors":[{"code":"QuotaExceeded",…}]}. No rate header is sent with it. */
    public static final String QUOTA_EXCEEDED = "QuotaExceeded";

    // --- Feeds API 2021-06-30 with JSON_LISTINGS_FEED.
    // Sources: developer-docs.amazon.com/sp-api/docs/feeds-api-v2021-06-30-use-case-guide,
    // developer-docs.amazon.com/sp-api/docs/building-listings-management-workflows-guide (limits since May 2025).

    public static final String JSON_LISTINGS_FEED = "JSON_LISTINGS_FEED";
    /** Content type declared in createFeedDocument and sent, exactly, with the PUT of the document. */
    public static final String FEED_CONTENT_TYPE = "application/json";
    /** Messages per JSON_LISTINGS_FEED document (also the schema's maxItems). */
    public static final int FEED_MAX_MESSAGES = 25_000;
    /**
     * JSON_LISTINGS_FEED submissions allowed per region per window (changelog "Feed size and rate limit changes for the
     * JSON_LISTINGS_FEED", 6 May 2025). Metered, like all SP-API limits, per selling partner and application.
     */
    public static final int FEED_SUBMISSIONS_PER_WINDOW = 5;
    public static final Duration FEED_SUBMISSION_WINDOW = Duration.ofMinutes(5);
    public static final String FEED_VERSION = "2.0";
    /** Amazon's guidance: patchListingsItem below roughly this many items, a feed above. */
    public static final int PATCH_THRESHOLD = 1_500;

    /** Terminal processing statuses shared by feeds and reports. */
    public static final Set<String> TERMINAL_STATUSES = Set.of("DONE", "CANCELLED", "FATAL");

    // --- Reports API 2021-06-30. Source: reports_2021-06-30 model; report type values page.

    public static final String MERCHANT_LISTINGS_REPORT = "GET_MERCHANT_LISTINGS_ALL_DATA";
    /**
     * Report documents declare their charset in the download's Content-Type: GET_MERCHANT_LISTINGS_ALL_DATA comes as
     * {@code text/plain; charset=utf8} in NA and {@code charset=Cp1252} in EU. Decode with the declared charset, UTF-8
     * when none. Source: github.com/amzn/selling-partner-api-models issues 1517 and 2748.
     */
    public static final String REPORT_DEFAULT_CHARSET = "UTF-8";

    // --- Listings Items API 2021-08-01. Source: developer-docs.amazon.com/sp-api/docs/listings-items-api-v2021-08-01-use-case-guide

    public static final String LISTINGS_API_VERSION = "2021-08-01";
    /** Attribute holding the offer; the price is its our_price[].schedule[].value_with_tax. */
    public static final String PURCHASABLE_OFFER = "purchasable_offer";
    /** Product type accepted for offer-only PATCH messages in JSON_LISTINGS_FEED. */
    public static final String GENERIC_PRODUCT_TYPE = "PRODUCT";
    /**
     * Attribute holding the seller-fulfilled quantity: {@code [{fulfillment_channel_code: DEFAULT, quantity}]}. Since
     * June 2025 patchListingsItem and JSON_LISTINGS_FEED PATCH messages take {@code op: merge} on it, which changes
     * the quantity and keeps restock_date and lead_time_to_ship_max_days (developer-docs.amazon.com/sp-api/docs/
     * merge-a-listing). Channels other than DEFAULT (AMAZON_NA, AMAZON_EU, …) are Amazon's (FBA) stock: the seller
     * cannot set it through listings.
     */
    public static final String FULFILLMENT_AVAILABILITY = "fulfillment_availability";
    public static final String SELLER_FULFILLED_CHANNEL = "DEFAULT";
    public static final String AMAZON_CHANNEL_PREFIX = "AMAZON_";
    /** Issue code Amazon returns for a malformed purchasable_offer. */
    public static final String MALFORMED_OFFER_ISSUE = "4000001";

    // --- Catalog Items API 2022-04-01. Source: catalogItems_2022-04-01 model.

    public static final int CATALOG_MAX_PAGE_SIZE = 20;
    /** keywords and identifiers: maxItems 20 each. */
    public static final int CATALOG_MAX_SEARCH_TERMS = 20;
}
