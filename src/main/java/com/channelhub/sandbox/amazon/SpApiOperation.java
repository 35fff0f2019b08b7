package com.channelhub.sandbox.amazon;

/**
 * The SP-API operations the sandbox serves, with the default usage plan (rate per second, burst) from Amazon's
 * models and rate-limit pages (developer-docs.amazon.com/sp-api/docs/feeds-api-rate-limits and the operations'
 * "Usage Plan" tables in amzn/selling-partner-api-models). The docs and models disagree on some listings numbers;
 * clients must trust the {@code x-amzn-RateLimit-Limit} header, which the sandbox sends with the rate it applies.
 */
public enum SpApiOperation {
    GET_LISTINGS_ITEM("getListingsItem", 5, 10),
    PATCH_LISTINGS_ITEM("patchListingsItem", 5, 5),
    SEARCH_LISTINGS_ITEMS("searchListingsItems", 5, 5),
    CREATE_FEED_DOCUMENT("createFeedDocument", 0.5, 15),
    CREATE_FEED("createFeed", 0.0083, 15),
    GET_FEED("getFeed", 2, 15),
    CANCEL_FEED("cancelFeed", 2, 15),
    GET_FEED_DOCUMENT("getFeedDocument", 0.0222, 10),
    CREATE_REPORT("createReport", 0.0167, 15),
    GET_REPORT("getReport", 2, 15),
    GET_REPORT_DOCUMENT("getReportDocument", 0.0167, 15),
    SEARCH_CATALOG_ITEMS("searchCatalogItems", 2, 2),
    GET_CATALOG_ITEM("getCatalogItem", 2, 2);

    private final String operationId;
    private final double rate;
    private final int burst;

    SpApiOperation(String operationId, double rate, int burst) {
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

    /** Finds an operation by its Amazon operation id ({@code getListingsItem}) or enum name. */
    public static SpApiOperation find(String name) {
        for (SpApiOperation operation : values()) {
            if (operation.operationId.equalsIgnoreCase(name) || operation.name().equalsIgnoreCase(name)) {
                return operation;
            }
        }
        throw new IllegalArgumentException("unknown SP-API operation '" + name + "'");
    }
}
