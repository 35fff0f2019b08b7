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

    private static final String PATCH = "patchListingsItem";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CamelContext camel;
    @Autowired
    PriceBatchClaims claims;

    CrashFixture crash;
    HubHttp http;
    String key;
    List<String> skus;

    @BeforeEach
    void setUp() throws Exception {
        crash = CrashFixture.withSeller(port, jdbc, camel, "crash", 8);
        http = crash.http;
        key = crash.key;
        skus = crash.skus;
        crash.stopDispatcher();
    }

    @AfterEach
    void restartDispatcher() throws Exception {
        crash.startDispatcher();
    }

    /** patchListingsItem calls Amazon took: requests the sandbox answered 429 were not taken and were retried. */
    private long patches() {
        return crash.taken(PATCH);
    }

    private int pending(String batchId) {
        return jdbc.queryForObject("select count(*) from price_batch_targets where batch_id = ?::uuid and status = 'PENDING'",
                Integer.class, batchId);
    }

    @Test
    void afterACrashOnlyTargetsWithoutAResultAreSentAndEachOnlyOnce() throws Exception {
        String batchId = crash.submitPrices("33.33");
        List<UUID> ids = crash.targets(batchId);
        Map<String, BigDecimal> before = new HashMap<>();
        skus.forEach(sku -> before.put(sku, crash.listingPrice(sku)));
        Instant expired = Instant.now().minusSeconds(60);
        UUID crashedClaim = UUID.randomUUID();
        // what a crashed instance left behind:
        // 0, 1: results stored, but the instance died before closing the claim
        ids.subList(0, 2).forEach(id -> crash.leaveResultInFlight(crashedClaim, id, expired));
        // 2, 3: sent and closed normally
        ids.subList(2, 4).forEach(id -> crash.leaveDone(crashedClaim, id));
        // 4, 5, 6: claimed, maybe sent, no result; 6 under a lease that expires only in a few seconds
        for (UUID id : ids.subList(4, 7)) {
            crash.leaveInFlight(crashedClaim, id, id.equals(ids.get(6)) ? Instant.now().plusSeconds(4) : expired);
        }
        // 7: still PENDING
        long patchesBefore = patches();

        crash.startDispatcher();
        JsonNode done = crash.awaitCompleted(crash.priceBatch(batchId), Duration.ofSeconds(60));

        assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(done.at("/targets/ACCEPTED").asInt()).isEqualTo(8);
        // exactly the four targets without a result went to Amazon, once each
        assertThat(patches() - patchesBefore).isEqualTo(4);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select item_index, attempts, claimed_by, result_message from price_batch_targets
                where batch_id = ?::uuid order by item_index""", batchId);
        for (int i = 0; i < 4; i++) {
            assertThat(rows.get(i).get("attempts")).isEqualTo(1);
            assertThat(rows.get(i).get("claimed_by")).isEqualTo(CrashFixture.CRASHED_INSTANCE);
            assertThat(rows.get(i).get("result_message")).isEqualTo(CrashFixture.RECORDED_BEFORE_THE_CRASH);
        }
        for (int i = 4; i < 8; i++) {
            assertThat(rows.get(i).get("attempts")).isEqualTo(i < 7 ? 2 : 1);
            assertThat(rows.get(i).get("claimed_by")).isNotEqualTo(CrashFixture.CRASHED_INSTANCE);
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            for (int i = 4; i < 8; i++) {
                assertThat(crash.listingPrice(skus.get(i))).isEqualByComparingTo("33.33");
            }
        });
        for (int i = 0; i < 4; i++) {
            assertThat(crash.listingPrice(skus.get(i))).isEqualByComparingTo(before.get(skus.get(i)));
        }
    }

    @Test
    void aNewerBatchForTheSameSkuSupersedesAnOlderOneNotYetSent() throws Exception {
        String older = crash.submitPrices("44.44");
        String newer = crash.submitPrices("55.55");
        long patchesBefore = patches();

        crash.startDispatcher();
        JsonNode superseded = crash.awaitCompleted(crash.priceBatch(older), Duration.ofSeconds(60));
        JsonNode newest = crash.awaitCompleted(crash.priceBatch(newer), Duration.ofSeconds(60));

        assertThat(superseded.at("/targets/SUPERSEDED").asInt()).isEqualTo(8);
        assertThat(http.get(crash.priceBatch(older) + "/items?status=SUPERSEDED", key).json()
                .at("/items/0/channels/0/message").asText()).contains("newer batch");
        assertThat(newest.at("/targets/ACCEPTED").asInt()).isEqualTo(8);
        assertThat(patches() - patchesBefore).isEqualTo(8);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(crash.listingPrice(skus.get(0)))
                .isEqualByComparingTo("55.55"));
    }

    @Test
    void targetsOfAChannelDisconnectedBeforeTheirTurnFailWithTheReasonAndAreNotSent() throws Exception {
        String batchId = crash.submitPrices("66.66");
        http.delete("/api/projects/" + crash.slug + "/integrations/" + crash.amazon, key);
        long patchesBefore = patches();

        crash.startDispatcher();
        String batch = crash.priceBatch(batchId);
        JsonNode done = crash.awaitCompleted(batch, Duration.ofSeconds(30));

        assertThat(done.get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
        JsonNode item = http.get(batch + "/items?size=1", key).json().at("/items/0/channels/0");
        assertThat(item.get("status").asText()).isEqualTo("FAILED");
        assertThat(item.get("code").asText()).isEqualTo("CHANNEL_UNAVAILABLE");
        assertThat(item.get("message").asText()).contains("DISCONNECTED");
        assertThat(patches()).isEqualTo(patchesBefore);
    }

    @Test
    void competingInstancesNeverClaimTheSameTargetAndOneSendsToAnIntegrationAtATime() throws Exception {
        String batchId = crash.submitPrices("12.34");
        UUID integrationId = UUID.fromString(crash.amazon);
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
            assertThat(claimed).doesNotHaveDuplicates().containsExactlyElementsOf(crash.targets(batchId));
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
