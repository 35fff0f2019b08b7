package com.channelhub.sandbox.amazon;

import java.util.Map;
import java.util.Set;

/**
 * Amazon facts the simulator reproduces, each with where it was read. Operations' rates live in
 * {@link SpApiOperation}.
 */
final class SpApiFacts {

    /** Header names: every answer carries a request id; 2xx/400/404 also the applied rate (never 429/401/403). */
    static final String REQUEST_ID = "x-amzn-RequestId";
    static final String RATE_LIMIT = "x-amzn-RateLimit-Limit";
    static final String ACCESS_TOKEN = "x-amz-access-token";

    /** The throttling answer, verbatim from Amazon's usage-plan docs (HTTP 429). */
    static final String QUOTA_EXCEEDED = "QuotaExceeded";
    static final String QUOTA_EXCEEDED_MESSAGE = "You exceeded your quota for the requested resource.";

    /**
     * Missing, expired or unknown access token: 403 code Unauthorized, "Access to requested resource is denied.";
     * details empty for a missing token and "The access token you provided is revoked, malformed or invalid." for a
     * bad one (amzn/selling-partner-api-docs issues #2336 and #2147). The details for an expired token are the
     * sandbox's wording.
     */
    static final String UNAUTHORIZED = "Unauthorized";
    static final String ACCESS_DENIED = "Access to requested resource is denied.";
    static final String TOKEN_INVALID = "The access token you provided is revoked, malformed or invalid.";
    static final String TOKEN_EXPIRED = "The access token you provided has expired.";

    /**
     * A malformed {@code purchasable_offer} makes the submission INVALID with issue 4000001
     * (amzn/selling-partner-api-models issue #3001): "The provided value for 'purchasable_offer' is invalid."
     */
    static final String INVALID_VALUE_CODE = "4000001";

    /** Patch paths other than a top-level attribute: 400 InvalidInput (selling-partner-api-models issue #4228). */
    static final String INVALID_PATH = "Invalid path provided in patch at index of %d.";
    /** add/replace/merge without a value: 400 InvalidInput (selling-partner-api-docs issue #3068). */
    static final String INVALID_EMPTY_VALUE = "Invalid empty value provided in patch at index of %d.";

    /** Feed-document messages that break the JSON_LISTINGS_FEED schema; the code is the sandbox's own. */
    static final String SCHEMA_VIOLATION_CODE = "4000003";
    /** A messageId used twice in one feed; the code is the sandbox's own. */
    static final String DUPLICATE_MESSAGE_CODE = "4000004";

    /** Feed messages the sandbox cannot process (creating listings); not an Amazon code. */
    static final String SANDBOX_UNSUPPORTED_CODE = "SANDBOX_UNSUPPORTED";

    /** JSON_LISTINGS_FEED limits since May 2025 (SP-API changelog "Feed size and rate limit changes"). */
    static final int MAX_FEED_MESSAGES = 25_000;
    static final String LISTINGS_FEED = "JSON_LISTINGS_FEED";
    /**
     * Legacy XML and flat-file listings feeds end FATAL since 31 Jul 2025 (developer-docs.amazon.com/sp-api/docs/
     * listings-feed-type-values).
     */
    static final Set<String> LEGACY_FEEDS = Set.of("POST_PRODUCT_DATA", "POST_PRODUCT_PRICING_DATA",
            "POST_INVENTORY_AVAILABILITY_DATA", "POST_PRODUCT_OVERRIDES_DATA", "POST_PRODUCT_IMAGE_DATA",
            "POST_PRODUCT_RELATIONSHIP_DATA", "POST_FLAT_FILE_LISTINGS_DATA", "POST_FLAT_FILE_INVLOADER_DATA",
            "POST_FLAT_FILE_PRICEANDQUANTITYONLY_UPDATE_DATA");

    static final String MERCHANT_LISTINGS_REPORT = "GET_MERCHANT_LISTINGS_ALL_DATA";

    /** Marketplace ids by SP-API region (developer-docs.amazon.com/sp-api/docs/marketplace-ids). */
    static final Map<String, Set<String>> MARKETPLACES_BY_REGION = Map.of(
            "NA", Set.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2", "A1AM78C64UM0Y8", "A2Q3Y263D00KWC"),
            "EU", Set.of("A1F83G8C2ARO7P", "A1PA6795UKMFR9", "A13V1IB3VIYZZH", "APJ6JRA9NG5V4", "A1RKKUPIHCS9HS",
                    "A1805IZSGTT6HS", "A2NODRKZP88ZB9", "A1C3SOZRARQ6R3", "A33AVAJ2PDY3EV", "A21TJRUUN4KGV"),
            "FE", Set.of("A1VC38T7YXB528", "A39IBJ37TRP1C6", "A19VAU5U5O7RUS"));

    /** The Amazon fulfillment channel code of a region (FBA listings); the seller cannot set its quantity. */
    static String amazonChannel(String region) {
        return "AMAZON_" + region;
    }

    private SpApiFacts() {
    }
}
