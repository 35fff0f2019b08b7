package com.channelhub.connector.shopify;

import org.apache.camel.spi.Metadata;

/** Message headers the Shopify component reads and writes. */
public interface ShopifyConstants {

    @Metadata(label = "producer", description = "The operation to perform, overriding the endpoint's.",
            javaType = "com.channelhub.connector.shopify.ShopifyOperations")
    String OPERATION = "CamelShopifyOperation";
    @Metadata(description = "The shop (its myshopify.com hostname) the message is about: read by the producer, "
            + "overriding the endpoint's shop option; set by the consumer.", javaType = "String")
    String SHOP = "CamelShopifyShop";
    @Metadata(label = "producer", description = "products: the cursor to continue after (the previous page's "
            + "end cursor); absent for the first page.", javaType = "String")
    String CURSOR = "CamelShopifyCursor";
    @Metadata(description = "products: the cursor of the page just read, to pass as CamelShopifyCursor for the "
            + "next page.", javaType = "String")
    String END_CURSOR = "CamelShopifyEndCursor";
    @Metadata(description = "products: whether another page follows.", javaType = "Boolean")
    String HAS_NEXT_PAGE = "CamelShopifyHasNextPage";
    @Metadata(description = "products, bulkProducts: only products updated after this instant (an Instant or an "
            + "ISO-8601 string), overriding the updatedSince option; set by the consumer to the filter of the pass.",
            javaType = "java.time.Instant")
    String UPDATED_SINCE = "CamelShopifyUpdatedSince";
    @Metadata(label = "consumer", description = "The page's number within the current pass, from 1.",
            javaType = "Integer")
    String PAGE_NUMBER = "CamelShopifyPageNumber";
    @Metadata(label = "consumer", description = "True on the last page of a pass: the catalog (or the increment) "
            + "has been read completely.", javaType = "Boolean")
    String LAST_PAGE = "CamelShopifyLastPage";
    @Metadata(description = "bulkProducts: the bulk operation's id.", javaType = "String")
    String BULK_OPERATION_ID = "CamelShopifyBulkOperationId";
    @Metadata(label = "producer", description = "bulkProducts: objects (products and variants) the export holds.",
            javaType = "Long")
    String BULK_OBJECT_COUNT = "CamelShopifyBulkObjectCount";
    @Metadata(label = "producer", description = "webhookSubscriptions: the URI deliveries go to, overriding the "
            + "webhookUri option.", javaType = "String")
    String WEBHOOK_URI = "CamelShopifyWebhookUri";
    @Metadata(label = "producer", description = "inventory: the location GID to set quantities at, overriding the "
            + "locationId option.", javaType = "String")
    String LOCATION_ID = "CamelShopifyLocationId";
    @Metadata(label = "producer", description = "inventory: a URI saying why the quantities changed, kept by "
            + "Shopify with the adjustment (e.g. the hub's batch), overriding referenceDocumentUri.",
            javaType = "String")
    String REFERENCE_DOCUMENT_URI = "CamelShopifyReferenceDocumentUri";
    @Metadata(description = "Shopify calls answered THROTTLED so far by this endpoint's client (all shops).",
            javaType = "Long")
    String THROTTLED_TOTAL = "CamelShopifyThrottledTotal";
    @Metadata(description = "Sum of the actualQueryCost Shopify charged so far to this endpoint's client.",
            javaType = "Long")
    String ACTUAL_COST_TOTAL = "CamelShopifyActualCostTotal";
    @Metadata(description = "Points left in the shop's cost bucket after the last call, as Shopify reported.",
            javaType = "Double")
    String CURRENTLY_AVAILABLE = "CamelShopifyCurrentlyAvailable";
}
