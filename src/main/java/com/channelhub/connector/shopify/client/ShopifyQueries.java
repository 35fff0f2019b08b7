package com.channelhub.connector.shopify.client;

import static com.channelhub.connector.shopify.ShopifyPlatformFacts.CONNECTION_BASE_COST;
import static com.channelhub.connector.shopify.ShopifyPlatformFacts.MAX_PAGE_SIZE;
import static com.channelhub.connector.shopify.ShopifyPlatformFacts.MAX_SINGLE_QUERY_COST;
import static com.channelhub.connector.shopify.ShopifyPlatformFacts.MUTATION_COST;
import static com.channelhub.connector.shopify.ShopifyPlatformFacts.OBJECT_COST;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import com.channelhub.connector.shopify.ShopifyPlatformFacts;

/** The GraphQL documents the client sends, and what each is expected to cost before Shopify says. */
final class ShopifyQueries {

    static final String VARIANT_FIELDS = "id sku title price compareAtPrice inventoryQuantity updatedAt "
            + "inventoryItem { id }";
    /** A variant node: the variant object and its inventoryItem object. */
    static final int VARIANT_COST = 2 * OBJECT_COST;

    static final String PRODUCTS = """
            query Products($first: Int!, $after: String, $query: String, $variantsFirst: Int!) {
              shop { currencyCode }
              products(first: $first, after: $after, query: $query, sortKey: ID) {
                pageInfo { hasNextPage endCursor }
                edges { node { id title vendor status updatedAt
                  variants(first: $variantsFirst) {
                    pageInfo { hasNextPage endCursor }
                    edges { node { %s } }
                  }
                } }
              }
            }""".formatted(VARIANT_FIELDS);

    static final String PRODUCT_VARIANTS = """
            query ProductVariants($id: ID!, $first: Int!, $after: String) {
              product(id: $id) {
                variants(first: $first, after: $after) {
                  pageInfo { hasNextPage endCursor }
                  edges { node { %s } }
                }
              }
            }""".formatted(VARIANT_FIELDS);

    static final String PRODUCTS_COUNT = "query ProductsCount($query: String) { "
            + "productsCount(query: $query) { count } }";

    static final String BULK_RUN_QUERY = """
            mutation BulkProducts($query: String!) {
              bulkOperationRunQuery(query: $query) {
                bulkOperation { id status errorCode url partialDataUrl objectCount }
                userErrors { field message }
              }
            }""";

    static final String BULK_OPERATION_FIELDS = "id status errorCode url partialDataUrl objectCount";
    static final String CURRENT_BULK_OPERATION = "query { currentBulkOperation(type: QUERY) { "
            + BULK_OPERATION_FIELDS + " } }";
    static final String BULK_OPERATION_BY_ID = "query BulkOperation($id: ID!) { bulkOperation(id: $id) { "
            + BULK_OPERATION_FIELDS + " } }";
    static final String BULK_OPERATION_BY_NODE = "query BulkOperation($id: ID!) { node(id: $id) { "
            + "... on BulkOperation { " + BULK_OPERATION_FIELDS + " } } }";

    static final String PRICE_UPDATE = """
            mutation PriceUpdate($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
              productVariantsBulkUpdate(productId: $productId, variants: $variants, allowPartialUpdates: true) {
                productVariants { id price compareAtPrice }
                userErrors { field code message }
              }
            }""";

    static final String SHOP = "query { shop { name myshopifyDomain currencyCode plan { displayName } } }";

    static final String LOCATIONS = """
            query Locations($after: String) {
              locations(first: 100, after: $after) {
                pageInfo { hasNextPage endCursor }
                edges { node { id name isActive } }
              }
            }""";

    private ShopifyQueries() {
    }

    /** The bulk export document: one root connection, variants nested (Shopify writes them as child lines). */
    static String bulkProductsQuery(Instant updatedSince) {
        String filter = updatedSince == null ? ""
                : "(query: \"" + updatedSinceFilter(updatedSince).replace("\"", "\\\"") + "\")";
        return "{ products" + filter + " { edges { node { id title vendor status updatedAt "
                + "variants { edges { node { " + VARIANT_FIELDS + " } } } } } } }";
    }

    /** Shopify search syntax for an incremental pull. */
    static String updatedSinceFilter(Instant updatedSince) {
        return updatedSince == null ? null : "updated_at:>'" + updatedSince.truncatedTo(ChronoUnit.SECONDS) + "'";
    }

    /** Where a subscription delivers, before 2025-10. */
    private static final String LEGACY_WEBHOOK_TARGET =
            "endpoint { __typename ... on WebhookHttpEndpoint { callbackUrl } }";

    static String webhookSubscriptions(String apiVersion) {
        String target = usesWebhookUri(apiVersion) ? "uri" : LEGACY_WEBHOOK_TARGET;
        return """
                query Webhooks($after: String) {
                  webhookSubscriptions(first: 100, after: $after) {
                    pageInfo { hasNextPage endCursor }
                    edges { node { id topic %s } }
                  }
                }""".formatted(target);
    }

    static String webhookSubscriptionCreate(String apiVersion) {
        String target = usesWebhookUri(apiVersion) ? "uri" : LEGACY_WEBHOOK_TARGET;
        return """
                mutation WebhookCreate($topic: WebhookSubscriptionTopic!, $sub: WebhookSubscriptionInput!) {
                  webhookSubscriptionCreate(topic: $topic, webhookSubscription: $sub) {
                    webhookSubscription { id topic %s }
                    userErrors { field message }
                  }
                }""".formatted(target);
    }

    static boolean readsBulkOperationById(String apiVersion) {
        return ShopifyPlatformFacts.isVersionAtLeast(apiVersion, ShopifyPlatformFacts.BULK_OPERATION_QUERY_SINCE);
    }

    static boolean usesWebhookUri(String apiVersion) {
        return ShopifyPlatformFacts.isVersionAtLeast(apiVersion, ShopifyPlatformFacts.WEBHOOK_URI_SINCE_VERSION);
    }

    /** Requested cost of {@link #PRODUCTS}: shop + products connection of (product + variants connection). */
    static int productsCost(int first, int variantsFirst) {
        int product = OBJECT_COST + connectionCost(variantsFirst, VARIANT_COST);
        return OBJECT_COST + connectionCost(first, product);
    }

    /**
     * The most products per page that keep {@link #productsCost} within the single-query limit, at least 1 and at
     * most {@code wanted}.
     */
    static int affordablePageSize(int wanted, int variantsFirst) {
        int product = OBJECT_COST + connectionCost(variantsFirst, VARIANT_COST);
        int budget = MAX_SINGLE_QUERY_COST - OBJECT_COST - CONNECTION_BASE_COST;
        return Math.max(1, Math.min(Math.min(wanted, MAX_PAGE_SIZE), budget / product));
    }

    static int productVariantsCost(int first) {
        return OBJECT_COST + connectionCost(first, VARIANT_COST);
    }

    /** Mutations cost 10 whatever they return. */
    static int mutationCost() {
        return MUTATION_COST;
    }

    static int connectionCost(int first, int itemCost) {
        return CONNECTION_BASE_COST + first * itemCost;
    }
}
