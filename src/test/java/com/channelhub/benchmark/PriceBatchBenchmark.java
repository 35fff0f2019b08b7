package com.channelhub.benchmark;

import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.channelhub.benchmark.Benchmarks.Options;
import com.channelhub.support.HubHttp;
import com.channelhub.support.SandboxShopify;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.convert.DurationStyle;

/**
 * One price batch of N items through {@code POST /api/projects/{slug}/prices}, for a project with a sandbox Shopify
 * store and a sandbox Amazon seller that both sell the same N SKUs ({@code BENCH-000001} …): 2 × N targets. Both
 * catalogs are pulled first (not measured). Measured from the POST to the batch's COMPLETED status as a client
 * polling the batch sees it: taking the batch (validation, fan-out, storing items and targets), then the dispatcher
 * sending Shopify chunks of 250 (one productVariantsBulkUpdate per product) and Amazon chunks of up to 25,000
 * (one JSON_LISTINGS_FEED each) at the same time, each under the platform's real limits in the sandbox.
 */
final class PriceBatchBenchmark {

    private static final String SHOPIFY_STORES = "/sandbox/shopify/_control/stores";
    private static final Duration SETUP_TIMEOUT = Duration.ofHours(2);

    private PriceBatchBenchmark() {
    }

    static void run() throws Exception {
        int n = Options.integer("n", 100_000);
        int variants = Options.integer("variants", 10);
        String plan = Options.text("plan", "enterprise");
        try (BenchmarkHub hub = BenchmarkHub.start(Map.of())) {
            HubHttp http = hub.http();
            String slug = HubHttp.uniqueSlug("bench-batch");
            String key = http.createProject(slug);
            Instant setupStart = Instant.now();
            String shop = slug + ".myshopify.com";
            HubHttp.Response store = http.post(SHOPIFY_STORES, null, "{\"domain\":\"" + shop + "\",\"name\":\"Benchmark\","
                    + "\"products\":" + ceilDiv(n, variants) + ",\"variantsPerProduct\":" + variants + ",\"plan\":\""
                    + plan + "\",\"skuPrefix\":\"" + SandboxSeller.SKU_PREFIX + "\"}");
            if (store.status() != 201) {
                throw new IllegalStateException("sandbox store not created: " + store.body());
            }
            String shopify = new SandboxShopify(http, hub.port()).install(slug, key, shop).get("id").asText();
            SandboxSeller seller = SandboxSeller.create(http, n);
            String amazon = seller.connect(http, slug, key);
            JsonNode shopifyPull = new SyncRuns(http, slug, key, shopify).awaitFirstRun(SETUP_TIMEOUT);
            JsonNode amazonPull = new SyncRuns(http, slug, key, amazon).awaitFirstRun(SETUP_TIMEOUT);
            Duration setup = Duration.between(setupStart, Instant.now());

            JsonNode amazonBefore = seller.counters(http).json();
            JsonNode shopifyBefore = http.get(SHOPIFY_STORES + "/" + shop + "/counters", null).json();
            Instant start = Instant.now();
            HubHttp.Response taken = http.send(http.builder("/api/projects/" + slug + "/prices", key)
                    .timeout(Duration.ofMinutes(10)).header("Content-Type", "application/json")
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.ofString(batch(n))).build());
            Duration accepted = Duration.between(start, Instant.now());
            if (taken.status() != 202) {
                throw new IllegalStateException("batch not taken: " + taken.status() + " " + taken.body());
            }
            JsonNode done = awaitCompletion(http, "/api/projects/" + slug + "/price-batches/"
                    + taken.json().get("id").asText(), key);
            Duration total = Duration.between(start, Instant.now());
            JsonNode amazonAfter = seller.counters(http).json();
            JsonNode shopifyAfter = http.get(SHOPIFY_STORES + "/" + shop + "/counters", null).json();

            long feeds = amazonAfter.path("feedsSubmitted").path("JSON_LISTINGS_FEED").asLong()
                    - amazonBefore.path("feedsSubmitted").path("JSON_LISTINGS_FEED").asLong();
            long targets = done.path("targets").properties().stream().mapToLong(e -> e.getValue().asLong()).sum();
            long shopifyCost = shopifyAfter.path("actualQueryCost").asLong() - shopifyBefore.path("actualQueryCost").asLong();
            int restoreRate = restoreRate(plan);
            Figures figures = new Figures("Price batch: " + String.format("%,d", n) + " items to a Shopify store and an"
                    + " Amazon seller selling the same SKUs")
                    .add("batch status", done.path("status").asText())
                    .add("targets (item × channel)", targets)
                    .add("total time (POST to COMPLETED)", Figures.seconds(total))
                    .add("  of which taking the batch (202)", Figures.seconds(accepted))
                    .add("items/s", Figures.rate(n, total, "items"))
                    .add("targets/s", Figures.rate(targets, total, "targets"));
            for (JsonNode channel : done.path("channels")) {
                figures.add(channel.path("platform").asText() + " " + channel.path("account").asText(),
                        channel.path("targets").toString());
            }
            figures.section("Amazon")
                    .add("JSON_LISTINGS_FEED submissions", feeds)
                    .add("feed submission floor", Figures.seconds(feedFloor(hub, feeds)))
                    .add("SP-API requests", delta(amazonBefore.path("requests"), amazonAfter.path("requests")))
                    .add("throttled (429)", delta(amazonBefore.path("throttled"), amazonAfter.path("throttled")))
                    .section("Shopify (plan " + plan + ", " + variants + " variants per product)")
                    .add("Admin API requests", shopifyAfter.path("requests").asLong() - shopifyBefore.path("requests").asLong())
                    .add("throttled", shopifyAfter.path("throttled").asLong() - shopifyBefore.path("throttled").asLong())
                    .add("actual query cost", shopifyCost)
                    .add("cost floor (cost ÷ " + restoreRate + " points/s)", Figures.seconds(shopifyCost / (double) restoreRate))
                    .section("Setup (not measured)")
                    .add("catalog pulls", Figures.seconds(setup) + " (Shopify " + shopifyPull.path("status").asText() + " "
                            + shopifyPull.path("processedItems").asInt() + " items, Amazon "
                            + amazonPull.path("status").asText() + " " + amazonPull.path("processedItems").asInt() + ")")
                    .add("dispatch threads / lease", hub.property("hub.price-batches.dispatch-threads") + " / "
                            + hub.property("hub.price-batches.lease"))
                    .print();
        }
    }

    private static String batch(int n) {
        StringBuilder items = new StringBuilder(n * 60).append("{\"items\":[");
        for (int i = 1; i <= n; i++) {
            BigDecimal price = BigDecimal.valueOf(1_000 + (i * 37L) % 20_000, 2);
            items.append(i == 1 ? "" : ",").append("{\"sku\":\"").append(SandboxSeller.sku(i)).append("\",\"price\":")
                    .append(price.toPlainString()).append(",\"currency\":\"USD\"}");
        }
        return items.append("]}").toString();
    }

    private static JsonNode awaitCompletion(HubHttp http, String batch, String key) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofHours(2));
        while (true) {
            JsonNode view = http.get(batch, key).json();
            if (view.path("status").asText().startsWith("COMPLETED")) {
                return view;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("batch not completed within 2 hours: " + view);
            }
            Thread.sleep(500);
        }
    }

    /** With P submissions per window W, feed k (from 0) goes no earlier than ⌊k ÷ P⌋ × W. */
    private static double feedFloor(BenchmarkHub hub, long feeds) {
        String permits = hub.property("hub.sandbox.amazon.feed-submissions-per-window");
        String window = hub.property("hub.sandbox.amazon.feed-submission-window");
        int p = permits == null ? 5 : Integer.parseInt(permits);
        Duration w = window == null ? Duration.ofMinutes(5) : DurationStyle.detectAndParse(window);
        return feeds == 0 ? 0 : ((feeds - 1) / p) * (w.toMillis() / 1000.0);
    }

    /** The plans' restore rates (shopify.dev, GraphQL Admin API rate limits), as the sandbox applies them. */
    private static int restoreRate(String plan) {
        return switch (plan) {
            case "advanced" -> 200;
            case "plus" -> 1000;
            case "enterprise" -> 2000;
            default -> 100;
        };
    }

    private static String delta(JsonNode before, JsonNode after) {
        StringBuilder out = new StringBuilder();
        after.properties().forEach(e -> {
            long d = e.getValue().asLong() - before.path(e.getKey()).asLong();
            if (d != 0) {
                out.append(out.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(d);
            }
        });
        return out.isEmpty() ? "0" : out.toString();
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
