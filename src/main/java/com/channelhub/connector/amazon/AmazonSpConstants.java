package com.channelhub.connector.amazon;

import org.apache.camel.spi.Metadata;

/** Message headers of the {@code amazon-sp} component. */
public interface AmazonSpConstants {

    @Metadata(description = "The operation to perform, overriding the endpoint's.", javaType = "String")
    String OPERATION = "CamelAmazonSpOperation";
    @Metadata(description = "The selling partner id the call is for, overriding the endpoint's sellerId; the "
            + "credentials provider is asked for its credentials.", javaType = "String")
    String SELLER_ID = "CamelAmazonSpSellerId";
    @Metadata(description = "Comma-separated marketplace ids, overriding the endpoint's marketplaceIds.",
            javaType = "String")
    String MARKETPLACE_IDS = "CamelAmazonSpMarketplaceIds";
    @Metadata(label = "producer", description = "The seller SKU (getListingsItem; health).", javaType = "String")
    String SKU = "CamelAmazonSpSku";
    @Metadata(description = "The feed id: input of feedStatus, priceFeedResult and inventoryFeedResult, output of the "
            + "price and inventory pushes that used feeds (comma-separated when several).", javaType = "String")
    String FEED_ID = "CamelAmazonSpFeedId";
    @Metadata(label = "producer", description = "The feed's processingStatus (feedStatus, priceFeedResult, "
            + "inventoryFeedResult).", javaType = "String")
    String FEED_STATUS = "CamelAmazonSpFeedStatus";
    @Metadata(description = "The listings report id (listingsPull).", javaType = "String")
    String REPORT_ID = "CamelAmazonSpReportId";
    @Metadata(description = "DONE, or NO_DATA when Amazon cancelled the report for lack of data (listingsPull).",
            javaType = "String")
    String PULL_STATUS = "CamelAmazonSpPullStatus";
    @Metadata(label = "consumer", description = "Index of this batch of products, from 0 (listingsPull consumer).",
            javaType = "Integer")
    String BATCH_INDEX = "CamelAmazonSpBatchIndex";
    @Metadata(label = "consumer", description = "True on the last batch of a pull (listingsPull consumer).",
            javaType = "Boolean")
    String BATCH_COMPLETE = "CamelAmazonSpBatchComplete";
    @Metadata(label = "producer", description = "PATCH or FEED: how pricePush sent the prices.", javaType = "String")
    String PUSH_MODE = "CamelAmazonSpPushMode";
    @Metadata(label = "producer", description = "Comma-separated keywords (catalogSearch).", javaType = "String")
    String KEYWORDS = "CamelAmazonSpKeywords";
    @Metadata(label = "producer", description = "Comma-separated identifiers (catalogSearch).", javaType = "String")
    String IDENTIFIERS = "CamelAmazonSpIdentifiers";
    @Metadata(label = "producer", description = "Type of the identifiers: ASIN, EAN, GTIN, ISBN, JAN, MINSAN, SKU, UPC "
            + "(catalogSearch).", javaType = "String")
    String IDENTIFIERS_TYPE = "CamelAmazonSpIdentifiersType";
    @Metadata(label = "producer", description = "Page token: input of catalogSearch for the next page.",
            javaType = "String")
    String PAGE_TOKEN = "CamelAmazonSpPageToken";
    @Metadata(label = "producer", description = "Token of the next page, absent on the last (catalogSearch).",
            javaType = "String")
    String NEXT_PAGE_TOKEN = "CamelAmazonSpNextPageToken";
    @Metadata(label = "producer", description = "Token of the previous page, absent on the first (catalogSearch).",
            javaType = "String")
    String PREVIOUS_PAGE_TOKEN = "CamelAmazonSpPreviousPageToken";
    @Metadata(label = "producer", description = "Results per page, 1 to 20; default 20 (catalogSearch).",
            javaType = "Integer")
    String PAGE_SIZE = "CamelAmazonSpPageSize";
    @Metadata(label = "producer", description = "Comma-separated data sets per item: attributes, classifications, "
            + "dimensions, identifiers, images, productTypes, relationships, salesRanks, summaries, vendorDetails; "
            + "default summaries,identifiers (catalogSearch).", javaType = "String")
    String INCLUDED_DATA = "CamelAmazonSpIncludedData";
    @Metadata(label = "producer", description = "The spapi_oauth_code from Amazon's redirect "
            + "(exchangeAuthorizationCode).", javaType = "String")
    String AUTHORIZATION_CODE = "CamelAmazonSpAuthorizationCode";
    @Metadata(label = "producer", description = "The redirect URI of the authorization, overriding the endpoint's "
            + "(exchangeAuthorizationCode).", javaType = "String")
    String REDIRECT_URI = "CamelAmazonSpRedirectUri";
}
