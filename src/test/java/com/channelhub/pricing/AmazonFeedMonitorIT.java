package com.channelhub.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.amazon.AmazonSpConstants;
import com.channelhub.connector.amazon.client.Feed;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JSON_LISTINGS_FEED whose submitter stopped polling it (the instance died, or its push gave up) is finished by the
 * amazon-feed-monitor route: each message gets its outcome from the processing report, a FATAL feed ends FAILED,
 * and price batch targets a crashed instance sent in a feed get their results without being sent again.
 */
@HubIntegrationTest
class AmazonFeedMonitorIT {

    private static final String MONITOR_ROUTE = "amazon-feed-monitor";
    private static final String DISPATCH_ROUTE = "price-batch-dispatch";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    PriceBatchClaims claims;

    HubHttp http;
    String slug;
    String key;
    String sellerId;
    String amazon;
    List<String> skus;

    @BeforeEach
    void connectSeller() {
        http = new HubHttp(port);
        slug = HubHttp.uniqueSlug("feeds");
        key = http.createProject(slug);
        sellerId = ("A" + Long.toString(System.nanoTime(), 36)).toUpperCase();
        PriceBatchChannels channels = new PriceBatchChannels(http, jdbc, port, slug, key);
        amazon = channels.connectAmazonSeller(sellerId, 6);
        skus = channels.skus(amazon);
        assertThat(skus).hasSize(6);
    }

    /**
     * Submits a feed through the component with the hub's feed recorder, then gives up polling at once: the feed is
     * with Amazon and recorded, and nobody follows it any more.
     */
    private String submitAndLosePoller(List<PriceChange> changes) {
        Exchange pushed = producer.request("amazon-sp:pricePushFeed?endpointUrl=RAW("
                + http.url("/sandbox/amazon/sp/na") + ")&feedPollDelay=1&feedPollTimeout=1", e -> {
                    e.getIn().setHeader("HubIntegrationId", amazon);
                    e.getIn().setHeader(AmazonSpConstants.SELLER_ID, sellerId);
                    e.getIn().setBody(changes);
                });
        assertThat(pushed.getException()).isNull();
        return pushed.getMessage().getHeader(AmazonSpConstants.FEED_ID, String.class);
    }

    private String amazonStatus(String feedId) {
        return producer.requestBodyAndHeaders("amazon-sp:feedStatus?endpointUrl=RAW("
                + http.url("/sandbox/amazon/sp/na") + ")", null, Map.of(AmazonSpConstants.FEED_ID, feedId,
                AmazonSpConstants.SELLER_ID, sellerId), Feed.class).processingStatus();
    }

    /** What the monitor sees when the submitter died long ago: nobody has read the feed for an hour. */
    private void ageFeeds() {
        jdbc.update("update amazon_feeds set last_checked_at = ? where integration_id = ?::uuid",
                java.sql.Timestamp.from(Instant.now().minusSeconds(3600)), amazon);
    }

    /** One firing of the Quartz route, as the scheduler would do it. */
    private void fireMonitor() throws Exception {
        Route route = camel.getRoute(MONITOR_ROUTE);
        Exchange tick = route.getEndpoint().createExchange();
        route.getConsumer().getProcessor().process(tick);
        assertThat(tick.getException()).isNull();
    }

    private JsonNode feeds() {
        HubHttp.Response response = http.get("/api/projects/" + slug + "/integrations/" + amazon + "/feeds", key);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private List<Map<String, Object>> messages(String feedId) {
        return jdbc.queryForList("""
                select m.message_id, m.sku, m.outcome, m.result_code, m.result_message from amazon_feed_messages m
                join amazon_feeds f on f.id = m.amazon_feed_id
                where f.integration_id = ?::uuid and f.feed_id = ? order by m.message_id""", amazon, feedId);
    }

    private static PriceChange change(String itemId, String sku, String price) {
        return new PriceChange(itemId, sku, null, null, new BigDecimal(price), null, "USD");
    }

    private long sandboxCount(String operation) {
        JsonNode counters = http.get(PriceBatchChannels.AMAZON_CONTROL + "/sellers/" + sellerId + "/counters", null)
                .json();
        return counters.path("requests").path(operation).asLong(0) - counters.path("throttled").path(operation).asLong(0);
    }

    private BigDecimal listingPrice(String sku) {
        return new BigDecimal(http.get(PriceBatchChannels.AMAZON_CONTROL + "/sellers/" + sellerId + "/listings/" + sku,
                null).json().get("price").asText());
    }

    @Test
    void aFeedWhosePollerWasLostIsCompletedByTheMonitorWithAnOutcomePerMessage() throws Exception {
        String feedId = submitAndLosePoller(List.of(change("a", skus.get(0), "21.10"),
                change("b", skus.get(1), "21.20"), change("c", "NO-SUCH-SKU", "21.30")));

        JsonNode recorded = feeds().at("/items/0");
        assertThat(feeds().get("totalItems").asInt()).isEqualTo(1);
        assertThat(recorded.get("feedId").asText()).isEqualTo(feedId);
        assertThat(recorded.get("feedType").asText()).isEqualTo("JSON_LISTINGS_FEED");
        assertThat(recorded.get("status").asText()).isEqualTo("OPEN");
        assertThat(recorded.get("messageCount").asInt()).isEqualTo(3);
        assertThat(recorded.has("completedAt")).isFalse();
        // the monitor leaves a feed alone while its submitter may still be polling it
        await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(amazonStatus(feedId)));
        fireMonitor();
        assertThat(feeds().at("/items/0/status").asText()).isEqualTo("OPEN");
        assertThat(messages(feedId)).extracting(m -> m.get("outcome")).containsOnlyNulls();

        ageFeeds();
        fireMonitor();

        JsonNode done = feeds().at("/items/0");
        assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
        assertThat(done.get("processingStatus").asText()).isEqualTo("DONE");
        assertThat(done.get("completedBy").asText()).isEqualTo("MONITOR");
        assertThat(done.get("resultDocumentId").asText()).isNotBlank();
        assertThat(done.at("/counts/accepted").asInt()).isEqualTo(3);
        List<Map<String, Object>> outcomes = messages(feedId);
        assertThat(outcomes).extracting(m -> m.get("outcome")).containsExactly("APPLIED", "APPLIED", "REJECTED");
        assertThat(outcomes.get(2).get("result_code")).isEqualTo("NOT_FOUND");
        assertThat(listingPrice(skus.get(1))).isEqualByComparingTo("21.20");

        // a finished feed is not read again
        long reads = sandboxCount("getFeed");
        ageFeeds();
        fireMonitor();
        assertThat(sandboxCount("getFeed")).isEqualTo(reads);
    }

    @Test
    void aFatalFeedEndsFailedWithTheReasonOnEveryMessage() throws Exception {
        HubHttp.Response fault = http.post(PriceBatchChannels.AMAZON_CONTROL + "/faults", null,
                "{\"operation\":\"createFeed\",\"kind\":\"FATAL\",\"count\":1,\"sellerId\":\"" + sellerId + "\"}");
        assertThat(fault.status()).as(fault.body()).isEqualTo(201);
        String feedId = submitAndLosePoller(List.of(change("a", skus.get(2), "30.00"),
                change("b", skus.get(3), "31.00")));
        await().atMost(Duration.ofSeconds(30)).until(() -> "FATAL".equals(amazonStatus(feedId)));

        ageFeeds();
        fireMonitor();

        JsonNode failed = feeds().at("/items/0");
        assertThat(failed.get("status").asText()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("processingStatus").asText()).isEqualTo("FATAL");
        assertThat(failed.get("lastError").asText()).contains(feedId).contains("FATAL");
        assertThat(messages(feedId)).allSatisfy(m -> {
            assertThat(m.get("outcome")).isEqualTo("FAILED");
            assertThat(m.get("result_code")).isEqualTo("FEED_FATAL");
            assertThat((String) m.get("result_message")).contains("send the prices again");
        });
    }

    @Test
    void feedsOfAnotherProjectsIntegrationAreNotFoundAndBadPagingIsABadRequest() {
        String other = http.createProject(HubHttp.uniqueSlug("other"));
        String path = "/api/projects/" + slug + "/integrations/" + amazon + "/feeds";
        assertThat(http.get(path, other).status()).isIn(401, 403, 404);
        assertThat(http.get(path, null).status()).isEqualTo(401);
        assertThat(http.get("/api/projects/" + slug + "/integrations/" + UUID.randomUUID() + "/feeds", key).status())
                .isEqualTo(404);
        HubHttp.Response badPage = http.get(path + "?size=0", key);
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.body()).contains("size");
        assertThat(http.get(path, key).json().get("items")).isEmpty();
    }

    @Test
    void targetsADyingInstanceSentInAFeedGetTheirResultsFromTheMonitorAndAreNotSentAgain() throws Exception {
        camel.getRouteController().stopRoute(DISPATCH_ROUTE);
        try {
            StringBuilder items = new StringBuilder();
            for (String sku : skus) {
                items.append(items.isEmpty() ? "" : ",").append("{\"sku\":\"").append(sku)
                        .append("\",\"price\":\"44.40\",\"currency\":\"USD\"}");
            }
            HubHttp.Response accepted = PriceBatchApiIT.submit(http, slug, key, "crash-feed-" + UUID.randomUUID(), null,
                    "{\"items\":[" + items + "]}");
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
            String batch = "/api/projects/" + slug + "/price-batches/" + accepted.json().get("id").asText();

            // the dying instance claims the chunk, submits it as a feed, and dies before storing any result
            PriceBatchClaims.Claim claim = claims.claim(UUID.fromString(amazon), "dying-instance", 100, Instant.now(),
                    Instant.now().plusSeconds(60));
            assertThat(claim.targets()).hasSize(6);
            List<PriceChange> chunk = new ArrayList<>();
            claim.targets().forEach(t -> chunk.add(new PriceChange(t.id().toString(), t.sku(), null, null, t.price(),
                    null, t.currency())));
            long feedsBefore = sandboxCount("createFeed");
            long patchesBefore = sandboxCount("patchListingsItem");
            String feedId = submitAndLosePoller(chunk);
            jdbc.update("update price_batch_targets set lease_until = ? where claim_id = ?",
                    java.sql.Timestamp.from(Instant.now().minusSeconds(60)), claim.claimId());

            // another instance is up: the expired lease does not make it send the chunk again
            camel.getRouteController().startRoute(DISPATCH_ROUTE);
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "select count(*) from price_batch_targets where claim_id = ? and status = 'IN_FLIGHT'",
                    Integer.class, claim.claimId()) == 6);
            await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(amazonStatus(feedId)));
            ageFeeds();
            fireMonitor();

            await().atMost(Duration.ofSeconds(30)).until(() -> http.get(batch, key).json().get("status").asText()
                    .startsWith("COMPLETED"));
            JsonNode done = http.get(batch, key).json();
            assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
            assertThat(done.at("/targets/APPLIED").asInt()).isEqualTo(6);
            assertThat(sandboxCount("createFeed") - feedsBefore).as("feeds submitted").isEqualTo(1);
            assertThat(sandboxCount("patchListingsItem")).isEqualTo(patchesBefore);
            assertThat(jdbc.queryForList("select attempts, claimed_by from price_batch_targets where claim_id = ?",
                    claim.claimId())).hasSize(6).allSatisfy(row -> {
                        assertThat(row.get("attempts")).isEqualTo(1);
                        assertThat(row.get("claimed_by")).isEqualTo("dying-instance");
                    });
            assertThat(feeds().at("/items/0/completedBy").asText()).isEqualTo("MONITOR");
            assertThat(listingPrice(skus.get(5))).isEqualByComparingTo("44.40");
        } finally {
            camel.getRouteController().startRoute(DISPATCH_ROUTE);
        }
    }
}
