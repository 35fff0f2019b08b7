package com.channelhub.sandbox.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ShopifySearchQueryTest {

    final SandboxProduct product = CatalogGenerator.product(41, 2);

    @Test
    void updatedAtComparesWithQuotedTimestampsAndDates() {
        product.updatedAt = Instant.parse("2026-03-01T12:00:00Z").toEpochMilli();

        assertThat(SearchQuery.parse("updated_at:>'2026-03-01T11:59:59Z'").matches(product)).isTrue();
        assertThat(SearchQuery.parse("updated_at:>'2026-03-01T12:00:00Z'").matches(product)).isFalse();
        assertThat(SearchQuery.parse("updated_at:>='2026-03-01T12:00:00Z'").matches(product)).isTrue();
        assertThat(SearchQuery.parse("updated_at:>\"2026-03-01T13:00:00+02:00\"").matches(product)).isTrue();
        assertThat(SearchQuery.parse("updated_at:<2026-03-01").matches(product)).isFalse();
    }

    @Test
    void skuMatchesAnyVariantExactlyOrByPrefix() {
        assertThat(SearchQuery.parse("sku:SKU-000042-2").matches(product)).isTrue();
        assertThat(SearchQuery.parse("sku:sku-000042-1").matches(product)).isTrue();
        assertThat(SearchQuery.parse("sku:SKU-000042").matches(product)).isFalse();
        assertThat(SearchQuery.parse("sku:SKU-00004*").matches(product)).isTrue();
        assertThat(SearchQuery.parse("sku:SKU-000042-2").matches(product, product.variants[0])).isFalse();
        assertThat(SearchQuery.parse("sku:SKU-000042-2").matches(product, product.variants[1])).isTrue();
    }

    @Test
    void termsCombineWithAndNegationAndUnknownFieldsAreIgnored() {
        assertThat(SearchQuery.parse("status:active AND sku:SKU-000042-1").matches(product)).isTrue();
        assertThat(SearchQuery.parse("status:draft sku:SKU-000042-1").matches(product)).isFalse();
        assertThat(SearchQuery.parse("-status:active").matches(product)).isFalse();
        assertThat(SearchQuery.parse("colour:purple").matches(product)).isTrue();
        assertThat(SearchQuery.parse(product.title().split(" ")[1]).matches(product)).isTrue();
    }
}
