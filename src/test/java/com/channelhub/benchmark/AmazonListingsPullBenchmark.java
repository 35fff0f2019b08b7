package com.channelhub.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.channelhub.benchmark.Benchmarks.Options;
import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Amazon full listings pull of a sandbox seller with N SKUs: the seller is connected with a self-authorized refresh
 * token, which starts the hub's first pull (GET_MERCHANT_LISTINGS_ALL_DATA report, downloaded and streamed into the
 * catalog); measured from the connect call to the run's end.
 */
final class AmazonListingsPullBenchmark {

    private AmazonListingsPullBenchmark() {
    }

    static void run() throws Exception {
        int n = Options.integer("n", 100_000);
        try (BenchmarkHub hub = BenchmarkHub.start(Map.of())) {
            HubHttp http = hub.http();
            String slug = HubHttp.uniqueSlug("bench-amzn-pull");
            String key = http.createProject(slug);
            SandboxSeller seller = SandboxSeller.create(http, n);

            JsonNode run;
            Duration wall;
            String integrationId;
            long peakUsed;
            long peakLive;
            try (HeapWatch heap = HeapWatch.start()) {
                Instant start = Instant.now();
                integrationId = seller.connect(http, slug, key);
                run = new SyncRuns(http, slug, key, integrationId).awaitFirstRun(Duration.ofHours(2));
                wall = Duration.between(start, Instant.now());
                peakUsed = heap.peakUsedBytes();
                peakLive = heap.peakLiveBytes();
            }
            Duration runTime = SyncRuns.duration(run);
            long stored = hub.bean(JdbcTemplate.class).queryForObject(
                    "select count(*) from channel_variants where integration_id = ?::uuid", Long.class, integrationId);
            JsonNode counters = seller.counters(http).json();

            new Figures("Amazon listings pull: " + String.format("%,d", n) + " SKUs")
                    .add("status", run.path("status").asText() + " (" + run.path("processedItems").asInt() + " listings, "
                            + run.path("failedItems").asInt() + " failed)")
                    .add("wall time (sync run start → end)", Figures.seconds(runTime))
                    .add("wall time seen by the client (from connect)", Figures.seconds(wall))
                    .add("items/s", Figures.rate(run.path("processedItems").asInt(), runTime, "listings"))
                    .add("variants stored", stored)
                    .add("SP-API requests", counts(counters.path("requests")))
                    .add("throttled (429)", counts(counters.path("throttled")))
                    .add("sandbox report delays (queue + processing)", hub.property("hub.sandbox.amazon.report-queue-delay")
                            + " + " + hub.property("hub.sandbox.amazon.report-processing-delay"))
                    .add("hub report poll delay (hub.amazon.poll-delay)", hub.property("hub.amazon.poll-delay"))
                    .add("peak heap used", Figures.mib(peakUsed))
                    .add("peak live heap (after a GC)", Figures.mib(peakLive))
                    .add("JVM max heap (hub and sandbox)", Figures.mib(HeapWatch.maxHeapBytes()))
                    .print();
        }
    }

    private static String counts(JsonNode byOperation) {
        StringBuilder out = new StringBuilder();
        byOperation.fields().forEachRemaining(e -> out.append(out.isEmpty() ? "" : ", ").append(e.getKey()).append(' ')
                .append(e.getValue().asLong()));
        return out.isEmpty() ? "0" : out.toString();
    }
}
