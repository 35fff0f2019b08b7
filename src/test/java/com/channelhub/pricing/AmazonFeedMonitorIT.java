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
import com.channelhub.support.SandboxAmazon;
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

    CrashFixture crash;
    HubHttp http;
    String slug;
    String key;
    String sellerId;
    String amazon;
    List<String> skus;

    @BeforeEach
    void connectSeller() {
        crash = CrashFixture.withSeller(port, jdbc, camel, "feeds", 6);
        http = crash.http;
        slug = crash.slug;
        key = crash.key;
        sellerId = crash.sellerId;
        amazon = crash.amazon;
        skus = crash.skus;
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
        assertThat(crash.listingPrice(skus.get(1))).isEqualByComparingTo("21.20");

        // a finished feed is not read again
        long reads = crash.taken("getFeed");
        ageFeeds();
        fireMonitor();
        assertThat(crash.taken("getFeed")).isEqualTo(reads);
    }

    @Test
    void aFatalFeedEndsFailedWithTheReasonOnEveryMessage() throws Exception {
        HubHttp.Response fault = http.post(SandboxAmazon.CONTROL + "/faults", null,
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
        crash.stopDispatcher();
        try {
            String batch = crash.priceBatch(crash.submitPrices("44.40"));

            // the dying instance claims the chunk, submits it as a feed, and dies before storing any result
            PriceBatchClaims.Claim claim = claims.claim(UUID.fromString(amazon), "dying-instance", 100, Instant.now(),
                    Instant.now().plusSeconds(60));
            assertThat(claim.targets()).hasSize(6);
            List<PriceChange> chunk = new ArrayList<>();
            claim.targets().forEach(t -> chunk.add(new PriceChange(t.id().toString(), t.sku(), null, null, t.price(),
                    null, t.currency())));
            long feedsBefore = crash.taken("createFeed");
            long patchesBefore = crash.taken("patchListingsItem");
            String feedId = submitAndLosePoller(chunk);
            crash.expireLease(claim.claimId());

            // another instance is up: the expired lease does not make it send the chunk again
            crash.startDispatcher();
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                    "select count(*) from price_batch_targets where claim_id = ? and status = 'IN_FLIGHT'",
                    Integer.class, claim.claimId()) == 6);
            await().atMost(Duration.ofSeconds(30)).until(() -> "DONE".equals(amazonStatus(feedId)));
            ageFeeds();
            fireMonitor();

            JsonNode done = crash.awaitCompleted(batch, Duration.ofSeconds(30));
            assertThat(done.get("status").asText()).as(done.toString()).isEqualTo("COMPLETED");
            assertThat(done.at("/targets/APPLIED").asInt()).isEqualTo(6);
            assertThat(crash.taken("createFeed") - feedsBefore).as("feeds submitted").isEqualTo(1);
            assertThat(crash.taken("patchListingsItem")).isEqualTo(patchesBefore);
            assertThat(jdbc.queryForList("select attempts, claimed_by from price_batch_targets where claim_id = ?",
                    claim.claimId())).hasSize(6).allSatisfy(row -> {
                        assertThat(row.get("attempts")).isEqualTo(1);
                        assertThat(row.get("claimed_by")).isEqualTo("dying-instance");
                    });
            assertThat(feeds().at("/items/0/completedBy").asText()).isEqualTo("MONITOR");
            assertThat(crash.listingPrice(skus.get(5))).isEqualByComparingTo("44.40");
        } finally {
            crash.startDispatcher();
        }
    }
}
