package com.channelhub.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxAmazon;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The listings pull's second stage against the SP-API sandbox: listings new or changed since the last pull get
 * getListingsItem's detail, at most hub.amazon.detail-refresh-limit (10 in tests) per pull, and one SKU's failure
 * is counted, not fatal. The seller has 20 listings, every 5th fulfilled by Amazon.
 */
@HubIntegrationTest
class AmazonListingDetailIT {

    @LocalServerPort
    int port;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${hub.amazon.detail-refresh-limit}")
    int limit;

    HubHttp http;
    SandboxAmazon sandbox;
    String slug;
    String key;
    String sellerId;
    String integrationId;

    @BeforeEach
    void connectSeller() {
        http = new HubHttp(port);
        slug = HubHttp.uniqueSlug("amzd");
        key = http.createProject(slug);
        sandbox = new SandboxAmazon(http);
        sellerId = SandboxAmazon.newSellerId();
        sandbox.createSeller(sellerId, 20, "T-", 5);
        integrationId = sandbox.connect(slug, key, sellerId).get("id").asText();
        // connecting starts the first pull
        await().atMost(Duration.ofSeconds(30)).until(() -> finished(latestPull()));
    }

    private String base() {
        return "/api/projects/" + slug + "/integrations";
    }

    private JsonNode latestPull() {
        for (JsonNode run : http.get(base() + "/" + integrationId + "/sync-runs", key).json().get("items")) {
            if ("PRODUCT_PULL".equals(run.get("kind").asText())) {
                return run;
            }
        }
        return null;
    }

    private static boolean finished(JsonNode run) {
        return run != null && !"RUNNING".equals(run.get("status").asText());
    }

    private JsonNode pull() {
        HubHttp.Response started = http.post(base() + "/" + integrationId + "/sync", key, "{\"mode\":\"full\"}");
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String path = base() + "/" + integrationId + "/sync-runs/" + started.json().get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> finished(http.get(path, key).json()));
        return http.get(path, key).json();
    }

    private long detailCalls() {
        return sandbox.counters(sellerId).at("/requests/getListingsItem").asLong();
    }

    private int count(String condition) {
        return jdbc.queryForObject("select count(*) from channel_variants where integration_id = ?::uuid and "
                + condition, Integer.class, integrationId);
    }

    private Map<String, Object> variant(String sku) {
        return jdbc.queryForMap("select * from channel_variants where integration_id = ?::uuid and external_id = ?",
                integrationId, sku);
    }

    private JsonNode truth(String sku) {
        return sandbox.listing(sellerId, sku);
    }

    @Test
    void theFirstPullsRefreshUpToTheLimitEachAndTheSecondPullRefreshesExactlyTheChangedListings() {
        JsonNode first = latestPull();
        assertThat(first.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(first.get("processedItems").asInt()).isEqualTo(20);
        assertThat(first.get("detailsRefreshed").asInt()).isEqualTo(limit);
        assertThat(count("detail_refreshed_at is not null")).isEqualTo(limit);
        assertThat(count("detail_due_since is not null")).isEqualTo(20 - limit);

        JsonNode backlog = pull();
        assertThat(backlog.get("detailsRefreshed").asInt()).as("the rest of the first pull").isEqualTo(20 - limit);
        assertThat(count("detail_due_since is not null")).isZero();
        assertThat(pull().get("detailsRefreshed").asInt()).as("nothing changed").isZero();

        // three listings change on Amazon: two prices (one of an FBA listing), one price that raises an issue later
        http.post(SandboxAmazon.CONTROL + "/faults", null, "{\"operation\":\"patchListingsItem\",\"kind\":\"LATE_ISSUE\",\"sellerId\":\""
                + sellerId + "\"}");
        @SuppressWarnings("unchecked")
        List<PriceResult> pushed = producer.requestBodyAndHeader("direct:amazon-price-push", List.of(
                new PriceChange("1", "T-000002", null, null, new BigDecimal("31.00"), null, "USD"),
                new PriceChange("2", "T-000005", null, null, new BigDecimal("32.00"), null, "USD"),
                new PriceChange("3", "T-000007", null, null, new BigDecimal("33.00"), null, "USD")),
                "HubIntegrationId", integrationId, List.class);
        assertThat(pushed).extracting(PriceResult::outcome).containsOnly(PriceOutcome.ACCEPTED);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                new BigDecimal(truth("T-000007").get("price").asText()).compareTo(new BigDecimal("33.00")) == 0
                        && truth("T-000002").get("issues").size() == 1);
        long callsBefore = detailCalls();

        JsonNode changed = pull();

        assertThat(changed.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(changed.get("detailsRefreshed").asInt()).isEqualTo(3);
        assertThat(changed.get("detailsFailed").asInt()).isZero();
        assertThat(detailCalls() - callsBefore).isEqualTo(3);
        Map<String, Object> withIssue = variant("T-000002");
        assertThat(withIssue.get("issue_count")).isEqualTo(1);
        assertThat(withIssue.get("issue_severity")).isEqualTo("ERROR");
        assertThat((String) withIssue.get("issue_message")).startsWith("18155: ").contains("minimum price");
        Map<String, Object> fba = variant("T-000005");
        assertThat(fba.get("fulfillment_channel")).isEqualTo("AMAZON_NA");
        assertThat(fba.get("listing_status")).isEqualTo("BUYABLE,DISCOVERABLE");
        assertThat(fba.get("product_type")).isEqualTo("PRODUCT");
        assertThat((BigDecimal) fba.get("price")).isEqualByComparingTo("32.00");
        assertThat(fba.get("issue_count")).isEqualTo(0);
        assertThat((String) fba.get("main_image_url")).startsWith("https://");
        assertThat(jdbc.queryForObject("select p.vendor from channel_products p join channel_variants v"
                + " on v.product_id = p.id where v.integration_id = ?::uuid and v.external_id = 'T-000005'",
                String.class, integrationId)).isNotBlank();
    }

    @Test
    void aCancelDuringTheDetailStageStopsItAndLeavesTheRestDue() {
        // each detail call takes a second, so the stage is still running when the cancel comes
        http.post(SandboxAmazon.CONTROL + "/faults", null, "{\"operation\":\"getListingsItem\",\"kind\":\"DELAY\",\"count\":"
                + limit + ",\"delayMillis\":1000,\"sellerId\":\"" + sellerId + "\"}");
        HubHttp.Response started = http.post(base() + "/" + integrationId + "/sync", key, "{\"mode\":\"full\"}");
        String path = base() + "/" + integrationId + "/sync-runs/" + started.json().get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(path, key).json().get("detailsRefreshed").asInt() > 0);

        assertThat(http.post(path + "/cancel", key, null).status()).isEqualTo(202);

        await().atMost(Duration.ofSeconds(30)).until(() -> finished(http.get(path, key).json()));
        JsonNode run = http.get(path, key).json();
        assertThat(run.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(run.get("detailsRefreshed").asInt()).isBetween(1, limit - 2);
        assertThat(count("detail_due_since is not null")).isEqualTo(20 - limit - run.get("detailsRefreshed").asInt());
    }

    @Test
    void aListingGoneBeforeItsRefreshIsCountedAndRecordedWithoutFailingThePull() {
        String waiting = jdbc.queryForObject("select external_id from channel_variants where integration_id = ?::uuid"
                + " and detail_due_since is not null order by external_id limit 1", String.class, integrationId);
        assertThat(http.delete(SandboxAmazon.CONTROL + "/sellers/" + sellerId + "/listings/" + waiting, null).status()).isEqualTo(204);

        JsonNode next = pull();

        assertThat(next.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(next.get("processedItems").asInt()).isEqualTo(19);
        assertThat(next.get("detailsFailed").asInt()).isEqualTo(1);
        assertThat(next.get("detailsRefreshed").asInt()).isEqualTo(20 - limit - 1);
        Map<String, Object> gone = variant(waiting);
        assertThat((String) gone.get("detail_error")).contains(waiting).contains("404");
        assertThat(gone.get("detail_due_since")).as("not asked again until its row changes").isNull();
    }
}
