package com.channelhub.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

/** A batch above Amazon's patch threshold goes out as one JSON_LISTINGS_FEED, each message with its own result. */
@HubIntegrationTest
class PriceBatchAmazonFeedIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLargeAmazonChunkIsOneFeedWithAResultPerSku() {
        HubHttp http = new HubHttp(port);
        String slug = HubHttp.uniqueSlug("feed");
        String key = http.createProject(slug);
        String sellerId = SandboxAmazon.newSellerId();
        PriceBatchChannels channels = new PriceBatchChannels(http, jdbc, port, slug, key);
        String amazon = channels.connectAmazonSeller(sellerId, 1600);
        List<String> skus = channels.skus(amazon);
        assertThat(skus).hasSize(1600);
        StringBuilder items = new StringBuilder();
        for (String sku : skus) {
            items.append(items.isEmpty() ? "" : ",").append("{\"sku\":\"").append(sku)
                    .append("\",\"price\":15.25,\"currency\":\"USD\"}");
        }
        SandboxAmazon sandbox = new SandboxAmazon(http);
        long feedsBefore = sandbox.taken(sellerId, "createFeed");
        long patchRequestsBefore = sandbox.counters(sellerId).at("/requests/patchListingsItem").asLong(0);

        HubHttp.Response response = PriceBatchApiIT.submit(http, slug, key, "feed-" + UUID.randomUUID(), null,
                "{\"items\":[" + items + "]}");

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        String batch = "/api/projects/" + slug + "/price-batches/" + response.json().get("id").asText();
        await().atMost(Duration.ofSeconds(180)).until(() -> http.get(batch, key).json().get("status").asText()
                .startsWith("COMPLETED"));
        JsonNode done = http.get(batch, key).json();
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.at("/targets/APPLIED").asInt() + done.at("/targets/ACCEPTED").asInt()).isEqualTo(1600);
        assertThat(sandbox.taken(sellerId, "createFeed") - feedsBefore).isEqualTo(1);
        assertThat(sandbox.counters(sellerId).at("/requests/patchListingsItem").asLong(0)).isEqualTo(patchRequestsBefore);
        assertThat(sandbox.listingPrice(sellerId, skus.get(1234))).isEqualByComparingTo("15.25");
    }
}
