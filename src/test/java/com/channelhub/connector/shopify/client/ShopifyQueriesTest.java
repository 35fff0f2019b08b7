package com.channelhub.connector.shopify.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ShopifyQueriesTest {

    @Test
    void productsPageCostFollowsShopifysCalculation() {
        // shop 1 + products connection 2 + 10 × (product 1 + variants connection 2 + 5 × (variant 1 + inventoryItem 1))
        assertThat(ShopifyQueries.productsCost(10, 5)).isEqualTo(1 + 2 + 10 * (1 + 2 + 5 * 2));
    }

    @Test
    void pageSizeIsCutToStayWithinTheSingleQueryLimit() {
        int first = ShopifyQueries.affordablePageSize(100, 10);

        assertThat(ShopifyQueries.productsCost(first, 10)).isLessThanOrEqualTo(1000);
        assertThat(ShopifyQueries.productsCost(first + 1, 10)).isGreaterThan(1000);
    }

    @Test
    void pageSizeNeverExceedsShopifysConnectionLimitNorFallsBelowOne() {
        assertThat(ShopifyQueries.affordablePageSize(1000, 1)).isLessThanOrEqualTo(250);
        assertThat(ShopifyQueries.affordablePageSize(100, 250)).isEqualTo(1);
    }

    @Test
    void incrementalFilterUsesShopifySearchSyntaxInWholeSeconds() {
        assertThat(ShopifyQueries.updatedSinceFilter(Instant.parse("2026-01-02T03:04:05.678Z")))
                .isEqualTo("updated_at:>'2026-01-02T03:04:05Z'");
        assertThat(ShopifyQueries.updatedSinceFilter(null)).isNull();
    }

    @Test
    void webhookQueriesUseUriFrom2025_10AndCallbackUrlBefore() {
        assertThat(ShopifyQueries.usesWebhookUri("2025-10")).isTrue();
        assertThat(ShopifyQueries.usesWebhookUri("2026-10")).isTrue();
        assertThat(ShopifyQueries.usesWebhookUri("2025-07")).isFalse();
        assertThat(ShopifyQueries.webhookSubscriptionCreate("2025-07")).contains("callbackUrl");
        assertThat(ShopifyQueries.webhookSubscriptionCreate("2026-10")).contains(" uri ");
    }

    @Test
    void bulkQueryCarriesTheIncrementalFilter() {
        assertThat(ShopifyQueries.bulkProductsQuery(Instant.parse("2026-01-01T00:00:00Z")))
                .startsWith("{ products(query: \"updated_at:>'2026-01-01T00:00:00Z'\")")
                .contains("variants { edges { node {");
    }
}
