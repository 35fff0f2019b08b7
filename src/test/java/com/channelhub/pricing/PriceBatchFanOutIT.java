package com.channelhub.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxAmazon;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** One batch, a Shopify store and an Amazon seller in one project: every item reaches every channel selling it. */
@HubIntegrationTest
class PriceBatchFanOutIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void eachSkuGoesToEveryChannelSellingItWithEachChannelsResult() {
        HubHttp http = new HubHttp(port);
        String slug = HubHttp.uniqueSlug("fanout");
        String key = http.createProject(slug);
        PriceBatchChannels channels = new PriceBatchChannels(http, jdbc, port, slug, key);
        String sellerId = SandboxAmazon.newSellerId();
        String amazon = channels.connectAmazonSeller(sellerId, 4);
        List<String> skus = channels.skus(amazon);
        String a0 = skus.get(0);
        String a1 = skus.get(1);
        String a2 = skus.get(2);
        String a3 = skus.get(3);
        String shopOnly = "SHOP-ONLY-" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String shop = slug + ".myshopify.com";
        String shopify = channels.installShopifyStore(shop, List.of(List.of(a0, a1), List.of(shopOnly)));
        // the hub's catalog still lists a variant the store no longer has (a missed products/update webhook)
        jdbc.update("""
                insert into channel_variants (id, product_id, integration_id, external_id, sku, deleted, synced_at)
                select ?, product_id, integration_id, 'gid://shopify/ProductVariant/999999999', ?, false, synced_at
                from channel_variants where integration_id = ?::uuid and sku = ?""", UUID.randomUUID(), a2, shopify, a0);

        HubHttp.Response response = PriceBatchApiIT.submit(http, slug, key, "fan-" + UUID.randomUUID(), null, """
                {"items":[
                  {"sku":"%s","price":21.50,"compareAtPrice":25.00,"currency":"USD"},
                  {"sku":"%s","price":10.00,"currency":"USD","channels":{"AMAZON":{"price":11.00},"%s":{"price":9.50}}},
                  {"sku":"%s","price":5.00,"currency":"USD"},
                  {"sku":"%s","price":7.00,"currency":"EUR"},
                  {"sku":"%s","price":3.00,"currency":"USD"},
                  {"sku":"NOWHERE-1","price":1.00,"currency":"USD"}
                ]}""".formatted(a0, a1, shopify, a2, a3, shopOnly));

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        assertThat(response.json().at("/items/MATCHED").asInt()).isEqualTo(5);
        assertThat(response.json().at("/items/UNMATCHED").asInt()).isEqualTo(1);
        String batch = "/api/projects/" + slug + "/price-batches/" + response.json().get("id").asText();
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get(batch, key).json().get("status").asText()
                .startsWith("COMPLETED"));

        JsonNode done = http.get(batch, key).json();
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(done.at("/targets/APPLIED").asInt()).isEqualTo(3);
        assertThat(done.at("/targets/ACCEPTED").asInt()).isEqualTo(3);
        assertThat(done.at("/targets/REJECTED").asInt()).isEqualTo(2);
        assertThat(done.get("channels")).hasSize(2);
        for (JsonNode channel : done.get("channels")) {
            if (channel.get("platform").asText().equals("SHOPIFY")) {
                assertThat(channel.get("integrationId").asText()).isEqualTo(shopify);
                assertThat(channel.get("account").asText()).isEqualTo(shop);
                assertThat(channel.at("/targets/APPLIED").asInt()).isEqualTo(3);
                assertThat(channel.at("/targets/REJECTED").asInt()).isEqualTo(1);
            } else {
                assertThat(channel.get("account").asText()).isEqualTo(sellerId);
                assertThat(channel.at("/targets/ACCEPTED").asInt()).isEqualTo(3);
                assertThat(channel.at("/targets/REJECTED").asInt()).isEqualTo(1);
            }
        }

        JsonNode items = http.get(batch + "/items?size=10", key).json().get("items");
        assertThat(result(items.get(0), "SHOPIFY").get("status").asText()).isEqualTo("APPLIED");
        assertThat(new BigDecimal(result(items.get(0), "SHOPIFY").get("appliedPrice").asText())).isEqualByComparingTo("21.50");
        assertThat(result(items.get(0), "AMAZON").get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(new BigDecimal(result(items.get(1), "SHOPIFY").get("price").asText())).isEqualByComparingTo("9.50");
        assertThat(new BigDecimal(result(items.get(1), "AMAZON").get("price").asText())).isEqualByComparingTo("11.00");
        assertThat(result(items.get(2), "SHOPIFY").get("status").asText()).isEqualTo("REJECTED");
        assertThat(result(items.get(2), "SHOPIFY").get("code").asText()).isEqualTo("PRODUCT_VARIANT_DOES_NOT_EXIST");
        assertThat(result(items.get(2), "AMAZON").get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(items.get(3).get("channels")).hasSize(1);
        assertThat(result(items.get(3), "AMAZON").get("status").asText()).isEqualTo("REJECTED");
        assertThat(result(items.get(3), "AMAZON").get("message").asText()).contains("USD");
        assertThat(items.get(4).get("channels")).hasSize(1);
        assertThat(result(items.get(4), "SHOPIFY").get("status").asText()).isEqualTo("APPLIED");
        assertThat(items.get(5).get("status").asText()).isEqualTo("UNMATCHED");
        assertThat(items.get(5).get("channels")).isEmpty();

        JsonNode rejected = http.get(batch + "/items?status=REJECTED", key).json();
        assertThat(rejected.get("items").findValuesAsText("index")).containsExactly("2", "3");

        // what the platforms now hold
        await().atMost(Duration.ofSeconds(10)).until(() -> new SandboxAmazon(http).listingPrice(sellerId, a1)
                .compareTo(new BigDecimal("11.00")) == 0);
        assertThat(jdbc.queryForObject("select price from channel_variants where integration_id = ?::uuid and sku = ?",
                BigDecimal.class, shopify, a1)).isEqualByComparingTo("9.50");
        assertThat(http.get("/api/projects/" + slug + "/price-batches", key).json().at("/items/0/id").asText())
                .isEqualTo(done.get("id").asText());
    }

    private static JsonNode result(JsonNode item, String platform) {
        for (JsonNode channel : item.get("channels")) {
            if (channel.get("platform").asText().equals(platform)) {
                return channel;
            }
        }
        throw new AssertionError("item " + item + " has no " + platform + " result");
    }
}
