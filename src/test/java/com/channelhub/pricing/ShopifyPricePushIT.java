package com.channelhub.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxShopify;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

@HubIntegrationTest
class ShopifyPricePushIT {

    @LocalServerPort
    int port;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachPriceChangeEndsAppliedOrRejectedWithItsReason() {
        HubHttp http = new HubHttp(port);
        SandboxShopify.InstalledStore store = new SandboxShopify(http, port).installAndPullInNewProject("prices", 3, 2);
        String integrationId = store.integrationId();
        List<Map<String, Object>> catalog = jdbc.queryForList("""
                select v.sku, v.external_id as variant, p.external_id as product from channel_variants v
                join channel_products p on p.id = v.product_id where v.integration_id = ?::uuid order by p.external_id, v.sku
                """, integrationId);
        String sku = (String) catalog.get(0).get("sku");
        String otherProductsVariant = (String) catalog.get(2).get("variant");
        String firstProduct = (String) catalog.get(0).get("product");

        @SuppressWarnings("unchecked")
        List<PriceResult> results = producer.requestBodyAndHeader("direct:shopify-price-push", List.of(
                new PriceChange("1", sku, null, null, new BigDecimal("19.99"), new BigDecimal("24.99"), "USD"),
                new PriceChange("2", "NO-SUCH-SKU", null, null, new BigDecimal("5.00"), null, "USD"),
                new PriceChange("3", "MOVED", otherProductsVariant, firstProduct, new BigDecimal("7.00"), null, "USD"),
                new PriceChange("4", (String) catalog.get(1).get("sku"), null, null, BigDecimal.ZERO, null, "USD")),
                "HubIntegrationId", integrationId, List.class);

        assertThat(results).extracting(PriceResult::itemId).containsExactly("1", "2", "3", "4");
        assertThat(results.get(0).outcome()).isEqualTo(PriceOutcome.APPLIED);
        assertThat(results.get(0).appliedPrice()).isEqualByComparingTo("19.99");
        assertThat(results.get(1).outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(results.get(1).message()).containsIgnoringCase("variant");
        assertThat(results.get(2).outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(results.get(2).code()).isEqualTo("MUST_BE_FOR_THIS_PRODUCT");
        assertThat(results.get(3).outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(results.get(3).message()).containsIgnoringCase("price");

        long productNumber = Long.parseLong(firstProduct.substring(firstProduct.lastIndexOf('/') + 1));
        assertThat(http.get("/sandbox/shopify/_control/stores/" + store.shop() + "/products/" + productNumber, null).body())
                .contains("19.99");
        assertThat(jdbc.queryForObject("select price from channel_variants where integration_id = ?::uuid and sku = ?",
                BigDecimal.class, integrationId, sku)).isEqualByComparingTo("19.99");
        var run = http.get(store.path() + "/sync-runs", store.key()).json().at("/items/0");
        assertThat(run.get("kind").asText()).isEqualTo("PRICE_PUSH");
        assertThat(run.get("status").asText()).isEqualTo("PARTIAL");
        assertThat(run.get("processedItems").asInt()).isEqualTo(1);
        assertThat(run.get("failedItems").asInt()).isEqualTo(3);
        assertThat(UUID.fromString(integrationId)).isNotNull();
    }
}
