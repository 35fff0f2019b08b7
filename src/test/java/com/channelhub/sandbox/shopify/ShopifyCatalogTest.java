package com.channelhub.sandbox.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ShopifyCatalogTest {

    @Test
    void generationIsDeterministic() {
        SandboxProduct a = CatalogGenerator.product(1234, 3);
        SandboxProduct b = CatalogGenerator.product(1234, 3);

        assertThat(a.title()).isEqualTo(b.title());
        assertThat(a.sku(a.variants[2])).isEqualTo("SKU-001235-3");
        assertThat(a.variants[1].priceCents).isEqualTo(b.variants[1].priceCents).isBetween(500L, 20_000L);
        assertThat(SandboxProduct.productIdOf(a.variants[2].id)).isEqualTo(a.id);
    }

    @Test
    void aHundredThousandProductStoreCanBePagedToTheEnd() {
        SandboxStore store = new SandboxStore("big.myshopify.com", "Big", 1, "USD", "standard",
                new CostBucket(ShopifyFacts.DEFAULT_PLANS.get("standard"), 0));
        for (int i = 0; i < 100_000; i++) {
            SandboxProduct p = CatalogGenerator.product(i, 2);
            store.products.put(p.id, p);
        }
        int seen = 0;
        String after = null;
        while (true) {
            Map<String, Object> page = CatalogPages.products(store, 250, after, null, "ID", false);
            seen += ((List<?>) page.get("nodes")).size();
            Map<?, ?> info = (Map<?, ?>) page.get("pageInfo");
            if (!(Boolean) info.get("hasNextPage")) {
                break;
            }
            after = (String) info.get("endCursor");
        }
        assertThat(seen).isEqualTo(100_000);
    }

    @Test
    void sortingByUpdatedAtPagesInThatOrder() {
        SandboxStore store = new SandboxStore("sorted.myshopify.com", "Sorted", 2, "USD", "standard",
                new CostBucket(ShopifyFacts.DEFAULT_PLANS.get("standard"), 0));
        for (int i = 0; i < 30; i++) {
            SandboxProduct p = CatalogGenerator.product(i, 1);
            p.updatedAt = 1_000_000L * (30 - i);
            store.products.put(p.id, p);
        }
        Map<String, Object> first = CatalogPages.products(store, 20, null, null, "UPDATED_AT", false);
        String cursor = (String) ((Map<?, ?>) first.get("pageInfo")).get("endCursor");
        Map<String, Object> second = CatalogPages.products(store, 20, cursor, null, "UPDATED_AT", false);

        List<?> nodes = (List<?>) second.get("nodes");
        assertThat(nodes).hasSize(10);
        assertThat(((CatalogPages.ProductRef) nodes.get(0)).product().index).isEqualTo(9);
        assertThat(((CatalogPages.ProductRef) nodes.get(9)).product().index).isEqualTo(0);
    }
}
