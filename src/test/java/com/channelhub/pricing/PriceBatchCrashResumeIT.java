package com.channelhub.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A hub instance dies mid-batch: what it had recorded stays recorded and is never sent again, what it held under a
 * lease is taken over once the lease expires, and the batch completes. Instances competing for one integration's
 * targets never claim the same one.
 */
@HubIntegrationTest
class PriceBatchCrashResumeIT {

    private static final String DISPATCH_ROUTE = "price-batch-dispatch";
    private static final String PATCH = "patchListingsItem";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;
    @Autowired
    PriceBatchClaims claims;

    HubHttp http;
    String slug;
    String key;
    String sellerId;
    String amazon;
    List<String> skus;

    @BeforeEach
    void setUp() throws Exception {
        http = new HubHttp(port);
        slug = HubHttp.uniqueSlug("crash");
        key = http.createProject(slug);
        sellerId = ("A" + Long.toString(System.nanoTime(), 36)).toUpperCase();
        amazon = new PriceBatchChannels(http, jdbc, port, slug, key).connectAmazonSeller(sellerId, 8);
        skus = new PriceBatchChannels(http, jdbc, port, slug, key).skus(amazon);
        assertThat(skus).hasSize(8);
        // this instance's dispatcher is "down" until the test says otherwise
        camel.getRouteController().stopRoute(DISPATCH_ROUTE);
    }

    @AfterEach
    void restartDispatcher() throws Exception {
        camel.getRouteController().startRoute(DISPATCH_ROUTE);
    }

    private String submitAll(String price) {
        StringBuilder items = new StringBuilder();
        for (String sku : skus) {
            items.append(items.isEmpty() ? "" : ",").append("{\"sku\":\"").append(sku).append("\",\"price\":")
                    .append(price).append(",\"currency\":\"USD\"}");
        }
        HubHttp.Response response = PriceBatchApiIT.submit(http, slug, key, "crash-" + UUID.randomUUID(), null,
                "{\"items\":[" + items + "]}");
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return response.json().get("id").asText();
    }

    private List<UUID> targets(String batchId) {
        return jdbc.queryForList("select id from price_batch_targets where batch_id = ?::uuid order by item_index",
                UUID.class, batchId);
    }

    /** patchListingsItem calls Amazon took: requests the sandbox answered 429 were not taken and were retried. */
    private int pending(String batchId) {
        return jdbc.queryForObject("select count(*) from price_batch_targets where batch_id = ?::uuid and status = 'PENDING'",
                Integer.class, batchId);
    }

    private long patches() {
        JsonNode counters = http.get(PriceBatchChannels.AMAZON_CONTROL + "/sellers/" + sellerId + "/counters", null).json();
        return counters.path("requests").path(PATCH).asLong(0) - counters.path("throttled").path(PATCH).asLong(0);
    }

    private BigDecimal listingPrice(String sku) {
        return new BigDecimal(http.get(PriceBatchChannels.AMAZON_CONTROL + "/sellers/" + sellerId + "/listings/" + sku,
                null).json().get("price").asText());
    }

    @Test
    void afterACrashOnlyTargetsWithoutAResultAreSentAndEachOnlyOnce() throws Exception {
        String batchId = submitAll("33.33");
        List<UUID> ids = targets(batchId);
        Map<String, BigDecimal> before = new HashMap<>();
        skus.forEach(sku -> before.put(sku, listingPrice(sku)));
        Instant expired = Instant.now().minusSeconds(60);
        UUID crashedClaim = UUID.randomUUID();
        // what a crashed instance left behind:
        // 0, 1: results stored, but the instance died before closing the claim
        for (UUID id : ids.subList(0, 2)) {
            jdbc.update("""
                    update price_batch_targets set status = 'IN_FLIGHT', claimed_by = 'crashed-instance', claim_id = ?,
                        lease_until = ?, attempts = 1, outcome = 'ACCEPTED', result_message = 'recorded before the crash'
                    where id = ?""", crashedClaim, java.sql.Timestamp.from(expired), id);
        }
        // 2, 3: sent and closed normally
        for (UUID id : ids.subList(2, 4)) {
            jdbc.update("""
                    update price_batch_targets set status = 'DONE', claimed_by = 'crashed-instance', claim_id = ?,
                        attempts = 1, outcome = 'ACCEPTED', result_message = 'recorded before the crash',
                        finished_at = current_timestamp
                    where id = ?""", crashedClaim, id);
        }
        // 4, 5, 6: claimed, maybe sent, no result; 6 under a lease that expires only in a few seconds
        for (UUID id : ids.subList(4, 7)) {
            Instant lease = id.equals(ids.get(6)) ? Instant.now().plusSeconds(4) : expired;
            jdbc.update("""
                    update price_batch_targets set status = 'IN_FLIGHT', claimed_by = 'crashed-instance', claim_id = ?,
                        lease_until = ?, attempts = 1
                    where id = ?""", crashedClaim, java.sql.Timestamp.from(lease), id);
        }
        // 7: still PENDING
        long patchesBefore = patches();

        camel.getRouteController().startRoute(DISPATCH_ROUTE);
        String batch = "/api/projects/" + slug + "/price-batches/" + batchId;
        await().atMost(Duration.ofSeconds(60)).until(() -> http.get(batch, key).json().get("status").asText()
                .startsWith("COMPLETED"));

        JsonNode done = http.get(batch, key).json();
        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.at("/targets/ACCEPTED").asInt()).isEqualTo(8);
        // exactly the four targets without a result went to Amazon, once each
        assertThat(patches() - patchesBefore).isEqualTo(4);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select item_index, attempts, claimed_by, result_message from price_batch_targets
                where batch_id = ?::uuid order by item_index""", batchId);
        for (int i = 0; i < 4; i++) {
            assertThat(rows.get(i).get("attempts")).isEqualTo(1);
            assertThat(rows.get(i).get("claimed_by")).isEqualTo("crashed-instance");
            assertThat(rows.get(i).get("result_message")).isEqualTo("recorded before the crash");
        }
        for (int i = 4; i < 8; i++) {
            assertThat(rows.get(i).get("attempts")).isEqualTo(i < 7 ? 2 : 1);
            assertThat(rows.get(i).get("claimed_by")).isNotEqualTo("crashed-instance");
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (int i = 4; i < 8; i++) {
                assertThat(listingPrice(skus.get(i))).isEqualByComparingTo("33.33");
            }
        });
        for (int i = 0; i < 4; i++) {
            assertThat(listingPrice(skus.get(i))).isEqualByComparingTo(before.get(skus.get(i)));
        }
    }

    @Test
    void aNewerBatchForTheSameSkuSupersedesAnOlderOneNotYetSent() throws Exception {
        String older = submitAll("44.44");
        String newer = submitAll("55.55");
        long patchesBefore = patches();

        camel.getRouteController().startRoute(DISPATCH_ROUTE);
        for (String id : List.of(older, newer)) {
            await().atMost(Duration.ofSeconds(60)).until(() -> http.get("/api/projects/" + slug + "/price-batches/" + id,
                    key).json().get("status").asText().startsWith("COMPLETED"));
        }

        JsonNode superseded = http.get("/api/projects/" + slug + "/price-batches/" + older, key).json();
        assertThat(superseded.at("/targets/SUPERSEDED").asInt()).isEqualTo(8);
        assertThat(http.get("/api/projects/" + slug + "/price-batches/" + older + "/items?status=SUPERSEDED", key).json()
                .at("/items/0/channels/0/message").asText()).contains("newer batch");
        assertThat(http.get("/api/projects/" + slug + "/price-batches/" + newer, key).json().at("/targets/ACCEPTED").asInt())
                .isEqualTo(8);
        assertThat(patches() - patchesBefore).isEqualTo(8);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(listingPrice(skus.get(0)))
                .isEqualByComparingTo("55.55"));
    }

    @Test
    void targetsOfAChannelDisconnectedBeforeTheirTurnFailWithTheReasonAndAreNotSent() throws Exception {
        String batchId = submitAll("66.66");
        http.delete("/api/projects/" + slug + "/integrations/" + amazon, key);
        long patchesBefore = patches();

        camel.getRouteController().startRoute(DISPATCH_ROUTE);
        String batch = "/api/projects/" + slug + "/price-batches/" + batchId;
        await().atMost(Duration.ofSeconds(30)).until(() -> http.get(batch, key).json().get("status").asText()
                .startsWith("COMPLETED"));

        assertThat(http.get(batch, key).json().get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
        JsonNode item = http.get(batch + "/items?size=1", key).json().at("/items/0/channels/0");
        assertThat(item.get("status").asText()).isEqualTo("FAILED");
        assertThat(item.get("code").asText()).isEqualTo("CHANNEL_UNAVAILABLE");
        assertThat(item.get("message").asText()).contains("DISCONNECTED");
        assertThat(patches()).isEqualTo(patchesBefore);
    }

    @Test
    void competingInstancesNeverClaimTheSameTargetAndOneSendsToAnIntegrationAtATime() throws Exception {
        String batchId = submitAll("12.34");
        UUID integrationId = UUID.fromString(amazon);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<UUID>>> instances = new ArrayList<>();
            for (int n = 0; n < 4; n++) {
                String instance = "instance-" + n;
                instances.add(() -> {
                    // each instance keeps polling until nothing is left: a poll may find the integration busy
                    List<UUID> mine = new ArrayList<>();
                    for (int poll = 0; poll < 500 && pending(batchId) > 0; poll++) {
                        PriceBatchClaims.Claim claim = claims.claim(integrationId, instance, 3, Instant.now(),
                                Instant.now().plusSeconds(120));
                        if (claim != null) {
                            claim.targets().forEach(t -> mine.add(t.id()));
                        }
                    }
                    return mine;
                });
            }
            List<List<UUID>> byInstance = new ArrayList<>();
            for (Future<List<UUID>> result : pool.invokeAll(instances)) {
                byInstance.add(result.get());
            }

            // one instance took the integration, chunk after chunk; the others got nothing
            assertThat(byInstance.stream().filter(ids -> !ids.isEmpty())).hasSize(1);
            List<UUID> claimed = byInstance.stream().flatMap(List::stream).toList();
            assertThat(claimed).doesNotHaveDuplicates().containsExactlyElementsOf(targets(batchId));
            assertThat(claims.claim(integrationId, "late-instance", 10, Instant.now(), Instant.now().plusSeconds(120)))
                    .as("nothing is claimable while the leases run").isNull();
        } finally {
            pool.shutdownNow();
            // these targets were never sent: close them so no dispatcher picks them up after the test
            jdbc.update("update price_batch_targets set status = 'DONE', outcome = 'FAILED', result_message = 'test'"
                    + " where batch_id = ?::uuid", batchId);
        }
    }
}
