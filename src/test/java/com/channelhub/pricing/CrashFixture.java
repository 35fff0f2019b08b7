package com.channelhub.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.channelhub.support.HubHttp;
import com.channelhub.support.SandboxAmazon;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A project selling through one sandbox Amazon seller, where a test plays a hub instance that dies mid-batch: this
 * instance's dispatcher is held down while the test writes what the dead instance left behind (targets claimed with
 * or without a result, leases run out), then let go to show what a surviving instance does with it.
 */
final class CrashFixture {

    private static final String DISPATCH_ROUTE = "price-batch-dispatch";
    /** The instance the targets written by the {@code leave…} methods were claimed by. */
    static final String CRASHED_INSTANCE = "crashed-instance";
    /** The result message of the targets left with a result. */
    static final String RECORDED_BEFORE_THE_CRASH = "recorded before the crash";

    final HubHttp http;
    final String slug;
    final String key;
    final String sellerId;
    /** The seller's integration. */
    final String amazon;
    /** The seller's SKUs, in order. */
    final List<String> skus;
    private final SandboxAmazon sandbox;
    private final JdbcTemplate jdbc;
    private final CamelContext camel;

    private CrashFixture(HubHttp http, String slug, String key, String sellerId, String amazon, List<String> skus,
            JdbcTemplate jdbc, CamelContext camel) {
        this.http = http;
        this.slug = slug;
        this.key = key;
        this.sellerId = sellerId;
        this.amazon = amazon;
        this.skus = skus;
        this.sandbox = new SandboxAmazon(http);
        this.jdbc = jdbc;
        this.camel = camel;
    }

    /** A new project with a new seller of {@code skuCount} seller-fulfilled SKUs, connected and pulled. */
    static CrashFixture withSeller(int port, JdbcTemplate jdbc, CamelContext camel, String slugPrefix, int skuCount) {
        HubHttp http = new HubHttp(port);
        String slug = HubHttp.uniqueSlug(slugPrefix);
        String key = http.createProject(slug);
        String sellerId = SandboxAmazon.newSellerId();
        PriceBatchChannels channels = new PriceBatchChannels(http, jdbc, port, slug, key);
        String amazon = channels.connectAmazonSeller(sellerId, skuCount);
        List<String> skus = channels.skus(amazon);
        assertThat(skus).hasSize(skuCount);
        return new CrashFixture(http, slug, key, sellerId, amazon, skus, jdbc, camel);
    }

    /** This instance is "down": it sends nothing until {@link #startDispatcher()}. */
    void stopDispatcher() throws Exception {
        camel.getRouteController().stopRoute(DISPATCH_ROUTE);
    }

    void startDispatcher() throws Exception {
        camel.getRouteController().startRoute(DISPATCH_ROUTE);
    }

    /** A price batch of every SKU at {@code price} (USD), taken: answers its id. */
    String submitPrices(String price) {
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

    String priceBatch(String batchId) {
        return "/api/projects/" + slug + "/price-batches/" + batchId;
    }

    /** Waits for the batch at {@code path} (a price or inventory batch) to complete, and answers it. */
    JsonNode awaitCompleted(String path, Duration atMost) {
        await().atMost(atMost).until(() -> http.get(path, key).json().get("status").asText().startsWith("COMPLETED"));
        return http.get(path, key).json();
    }

    /** The batch's targets, in item order. */
    List<UUID> targets(String batchId) {
        return jdbc.queryForList("select id from price_batch_targets where batch_id = ?::uuid order by item_index",
                UUID.class, batchId);
    }

    /** Left by the crashed instance: a target it sent and stored the result of, but died before closing the claim. */
    void leaveResultInFlight(UUID claimId, UUID target, Instant leaseUntil) {
        jdbc.update("""
                update price_batch_targets set status = 'IN_FLIGHT', claimed_by = ?, claim_id = ?, lease_until = ?,
                    attempts = 1, outcome = 'ACCEPTED', result_message = ?
                where id = ?""", CRASHED_INSTANCE, claimId, Timestamp.from(leaseUntil), RECORDED_BEFORE_THE_CRASH, target);
    }

    /** Left by the crashed instance: a target it sent and closed normally. */
    void leaveDone(UUID claimId, UUID target) {
        jdbc.update("""
                update price_batch_targets set status = 'DONE', claimed_by = ?, claim_id = ?, attempts = 1,
                    outcome = 'ACCEPTED', result_message = ?, finished_at = current_timestamp
                where id = ?""", CRASHED_INSTANCE, claimId, RECORDED_BEFORE_THE_CRASH, target);
    }

    /** Left by the crashed instance: a target it claimed, and may have sent, without a result. */
    void leaveInFlight(UUID claimId, UUID target, Instant leaseUntil) {
        jdbc.update("""
                update price_batch_targets set status = 'IN_FLIGHT', claimed_by = ?, claim_id = ?, lease_until = ?,
                    attempts = 1
                where id = ?""", CRASHED_INSTANCE, claimId, Timestamp.from(leaseUntil), target);
    }

    /** The claim's lease ran out a minute ago, as it does when the instance holding it dies. */
    void expireLease(UUID claimId) {
        jdbc.update("update price_batch_targets set lease_until = ? where claim_id = ?",
                Timestamp.from(Instant.now().minusSeconds(60)), claimId);
    }

    /** Calls of the SP-API operation the seller's sandbox took (throttled ones were not taken). */
    long taken(String operation) {
        return sandbox.taken(sellerId, operation);
    }

    BigDecimal listingPrice(String sku) {
        return sandbox.listingPrice(sellerId, sku);
    }
}
