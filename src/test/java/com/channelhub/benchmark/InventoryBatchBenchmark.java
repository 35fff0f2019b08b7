package com.channelhub.benchmark;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.jdbc.core.JdbcTemplate;

import com.channelhub.benchmark.Benchmarks.Options;
import com.channelhub.support.HubHttp;
import com.channelhub.support.SandboxShopify;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An inventory batch of N items across both sandboxes, through the API and the dispatcher as in production: half the
 * SKUs are an Amazon seller's (every tenth offer fulfilled by Amazon: UNSUPPORTED), half a Shopify store's. The
 * catalogs are pulled first (not measured); the time measured runs from the POST to the batch's completion. The
 * Amazon floor is what the feed submission limit alone imposes, as in the price push benchmark.
 */
final class InventoryBatchBenchmark {

    private static final String STORES = "/sandbox/shopify/_control/stores";

    private InventoryBatchBenchmark() {
    }

    static void run() throws Exception {
        int n = Options.integer("n", 100_000);
        String plan = Options.text("plan", "plus");
        int amazonSkus = n / 2;
        int shopifyVariants = n - amazonSkus;
        try (BenchmarkHub hub = BenchmarkHub.start(Map.of())) {
            HubHttp http = hub.http();
            JdbcTemplate jdbc = hub.bean(JdbcTemplate.class);
            String slug = HubHttp.uniqueSlug("bench-stock");
            String key = http.createProject(slug);
            Instant settingUp = Instant.now();
            SandboxSeller seller = SandboxSeller.create(http, amazonSkus);
            String amazon = seller.connect(http, slug, key);
            String shop = slug + ".myshopify.com";
            HubHttp.Response store = http.post(STORES, null, "{\"domain\":\"" + shop + "\",\"name\":\"Benchmark\","
                    + "\"products\":" + (shopifyVariants + 1) / 2 + ",\"variantsPerProduct\":2,\"plan\":\"" + plan + "\"}");
            if (store.status() != 201) {
                throw new IllegalStateException("sandbox store not created: " + store.body());
            }
            String shopify = new SandboxShopify(http, hub.port()).install(slug, key, shop).get("id").asText();
            new SyncRuns(http, slug, key, amazon).awaitFirstRun(Duration.ofHours(2));
            new SyncRuns(http, slug, key, shopify).awaitFirstRun(Duration.ofHours(2));
            Duration setup = Duration.between(settingUp, Instant.now());
            List<String> skus = jdbc.queryForList("select sku from channel_variants where deleted = false"
                    + " and integration_id in (?::uuid, ?::uuid) order by sku limit ?", String.class, amazon, shopify, n);

            StringBuilder body = new StringBuilder("{\"items\":[");
            for (int i = 0; i < skus.size(); i++) {
                body.append(i == 0 ? "" : ",").append("{\"sku\":\"").append(skus.get(i)).append("\",\"quantity\":")
                        .append(i % 500).append('}');
            }
            body.append("]}");
            JsonNode amazonBefore = seller.counters(http).json();
            http.delete(STORES + "/" + shop + "/counters", null);

            Instant start = Instant.now();
            HubHttp.Response taken = http.send(http.builder("/api/projects/" + slug + "/inventory", key)
                    .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
            Duration accept = Duration.between(start, Instant.now());
            if (taken.status() != 202) {
                throw new IllegalStateException("batch not taken: " + taken.status() + " " + taken.body());
            }
            String batch = "/api/projects/" + slug + "/inventory-batches/" + taken.json().get("id").asText();
            JsonNode done = awaitCompleted(http, key, batch, Duration.ofHours(2));
            Duration total = Duration.between(start, Instant.now());

            JsonNode amazonAfter = seller.counters(http).json();
            long feeds = amazonAfter.path("feedsSubmitted").path("JSON_LISTINGS_FEED").asLong()
                    - amazonBefore.path("feedsSubmitted").path("JSON_LISTINGS_FEED").asLong();
            JsonNode shopifyCounters = http.get(STORES + "/" + shop + "/counters", null).json();
            String permitsSetting = hub.property("hub.sandbox.amazon.feed-submissions-per-window");
            int permits = permitsSetting == null ? 5 : Integer.parseInt(permitsSetting);
            String windowSetting = hub.property("hub.sandbox.amazon.feed-submission-window");
            Duration window = windowSetting == null ? Duration.ofMinutes(5) : DurationStyle.detectAndParse(windowSetting);
            double floor = feeds == 0 ? 0 : ((feeds - 1) / permits) * (window.toMillis() / 1000.0);
            double seconds = total.toMillis() / 1000.0;

            Figures figures = new Figures("Inventory batch: " + String.format("%,d", skus.size()) + " items, "
                    + String.format("%,d", amazonSkus) + " Amazon SKUs + " + String.format("%,d", shopifyVariants)
                    + " Shopify variants (plan " + plan + ")")
                    .add("status", done.get("status").asText())
                    .add("POST answered (202) in", Figures.seconds(accept))
                    .add("total time (POST to completion)", Figures.seconds(total))
                    .add("items per second", String.format("%,.0f", skus.size() / Math.max(seconds, 0.001)));
            done.get("targets").fields().forEachRemaining(e -> figures.add("targets " + e.getKey(), e.getValue().asLong()));
            for (JsonNode channel : done.get("channels")) {
                figures.add(channel.get("platform").asText() + " targets", channel.get("total").asLong());
            }
            figures.add("Amazon JSON_LISTINGS_FEED submissions", feeds)
                    .add("Amazon submission limit", permits + " per " + window.toMinutes() + " min per region and seller")
                    .add("Amazon floor set by the submission limit", Figures.seconds(floor))
                    .add("total ÷ Amazon floor", Figures.ratio(seconds, floor))
                    .add("Shopify counters (sandbox)", shopifyCounters.toString())
                    .add("setup: connect, both catalogs pulled", Figures.seconds(setup) + " (not measured)")
                    .add("JVM max heap (hub and sandbox)", Figures.mib(HeapWatch.maxHeapBytes()))
                    .print();
        }
    }

    private static JsonNode awaitCompleted(HubHttp http, String key, String batch, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            JsonNode view = http.get(batch, key).json();
            if (view.get("status").asText().startsWith("COMPLETED")) {
                return view;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("batch not completed within " + timeout);
    }
}
