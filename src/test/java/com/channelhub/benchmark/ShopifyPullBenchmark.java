package com.channelhub.benchmark;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.channelhub.benchmark.Benchmarks.Options;
import com.channelhub.support.HubHttp;
import com.channelhub.support.SandboxShopify;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shopify product pull of a sandbox store of N products: the store is installed through the real OAuth flow, whose
 * first pull (full, paged: the hub knows no product yet) is measured against the rate-limit floor, the total actual
 * query cost the sandbox charged divided by the plan's restore rate. When the hub then knows at least
 * {@code hub.sync.bulk-threshold} products, a second full pull ({@code POST …/sync}) goes through a bulk operation
 * and is measured too.
 */
final class ShopifyPullBenchmark {

    private static final String STORES = "/sandbox/shopify/_control/stores";

    private ShopifyPullBenchmark() {
    }

    static void run() throws Exception {
        int n = Options.integer("n", 5_000);
        int variants = Options.integer("variants", 2);
        String plan = Options.text("plan", "standard");
        try (BenchmarkHub hub = BenchmarkHub.start(Map.of())) {
            HubHttp http = hub.http();
            String slug = HubHttp.uniqueSlug("bench-pull");
            String key = http.createProject(slug);
            String shop = slug + ".myshopify.com";
            HubHttp.Response created = http.post(STORES, null, "{\"domain\":\"" + shop + "\",\"name\":\"Benchmark\","
                    + "\"products\":" + n + ",\"variantsPerProduct\":" + variants + ",\"plan\":\"" + plan + "\"}");
            if (created.status() != 201) {
                throw new IllegalStateException("sandbox store not created: " + created.body());
            }
            JsonNode bucket = http.get(STORES + "/" + shop, null).json().path("throttleStatus");
            double restoreRate = bucket.path("restoreRate").asDouble();
            double bucketSize = bucket.path("maximumAvailable").asDouble();
            int threshold = Integer.parseInt(hub.context().getEnvironment().getProperty("hub.sync.bulk-threshold", "10000"));

            Figures figures = new Figures("Shopify product pull: " + String.format("%,d", n) + " products × " + variants
                    + " variants, plan " + plan);
            figures.add("bucket / restore rate", String.format("%,.0f points / %,.0f points/s", bucketSize, restoreRate));
            figures.add("bulk threshold (hub.sync.bulk-threshold)", threshold);

            http.delete(STORES + "/" + shop + "/counters", null);
            Measured first;
            String integrationId;
            try (HeapWatch heap = HeapWatch.start()) {
                Instant start = Instant.now();
                integrationId = new SandboxShopify(http, hub.port()).install(slug, key, shop).get("id").asText();
                JsonNode run = new SyncRuns(http, slug, key, integrationId).awaitFirstRun(Duration.ofHours(2));
                first = new Measured(run, Duration.between(start, Instant.now()), heap,
                        http.get(STORES + "/" + shop + "/counters", null).json());
            }
            report(figures, "first pull (install, " + first.run.path("mode").asText() + ")", first, restoreRate, bucketSize,
                    true);
            long variantRows = hub.bean(JdbcTemplate.class).queryForObject(
                    "select count(*) from channel_variants where integration_id = ?::uuid", Long.class, integrationId);
            figures.add("variants stored", variantRows);

            if (n >= threshold) {
                http.delete(STORES + "/" + shop + "/counters", null);
                SyncRuns runs = new SyncRuns(http, slug, key, integrationId);
                try (HeapWatch heap = HeapWatch.start()) {
                    Instant start = Instant.now();
                    JsonNode run = runs.awaitEnd(runs.startFull(), Duration.ofHours(2));
                    Measured bulk = new Measured(run, Duration.between(start, Instant.now()), heap,
                            http.get(STORES + "/" + shop + "/counters", null).json());
                    report(figures, "second full pull (catalog known: bulk operation)", bulk, restoreRate, bucketSize,
                            false);
                }
            }
            figures.add("JVM max heap (hub and sandbox)", Figures.mib(HeapWatch.maxHeapBytes()));
            figures.print();
        }
    }

    private record Measured(JsonNode run, Duration wall, long peakUsed, long peakLive, JsonNode counters) {
        Measured(JsonNode run, Duration wall, HeapWatch heap, JsonNode counters) {
            this(run, wall, heap.peakUsedBytes(), heap.peakLiveBytes(), counters);
        }
    }

    private static void report(Figures figures, String title, Measured m, double restoreRate, double bucketSize,
            boolean withFloor) {
        Duration runTime = SyncRuns.duration(m.run);
        long cost = m.counters.path("actualQueryCost").asLong();
        double floor = cost / restoreRate;
        double wall = runTime.toMillis() / 1000.0;
        figures.section(title);
        figures.add("status", m.run.path("status").asText() + " (" + m.run.path("mode").asText() + ", "
                + m.run.path("processedItems").asInt() + " products, " + m.run.path("failedItems").asInt() + " failed)");
        figures.add("wall time (sync run start → end)", Figures.seconds(runTime));
        figures.add("wall time seen by the client", Figures.seconds(m.wall));
        figures.add("products/s", Figures.rate(m.run.path("processedItems").asInt(), runTime, "products"));
        figures.add("Admin API requests", m.counters.path("requests").asLong());
        figures.add("THROTTLED answers", m.counters.path("throttled").asLong());
        figures.add("total actual query cost", cost + " points");
        if (withFloor) {
            figures.add("rate-limit floor (cost ÷ restore rate)", Figures.seconds(floor));
            figures.add("wall ÷ floor", Figures.ratio(wall, floor));
            double fullBucketFloor = Math.max(0, cost - bucketSize) / restoreRate;
            figures.add("floor less the full bucket at the start", Figures.seconds(fullBucketFloor));
        }
        figures.add("peak heap used", Figures.mib(m.peakUsed));
        figures.add("peak live heap (after a GC)", Figures.mib(m.peakLive));
    }
}
