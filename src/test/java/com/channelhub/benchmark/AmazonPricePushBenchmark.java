package com.channelhub.benchmark;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.channelhub.benchmark.Benchmarks.Options;
import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.amazon.AmazonSpConstants;
import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.convert.DurationStyle;

/**
 * Amazon price push of N changes for a sandbox seller with N SKUs, through the {@code amazon-price-push} route:
 * JSON_LISTINGS_FEED documents of up to 25,000 messages under the real submission limit (5 per 5 minutes per region
 * and seller, in the sandbox and in the hub). Only the sandbox's simulated processing waits are shortened. The
 * floor is what the submission limit alone imposes: with the first P feeds at once, feed k (from 0) cannot be
 * submitted before ⌊k / P⌋ windows have passed.
 */
final class AmazonPricePushBenchmark {

    private AmazonPricePushBenchmark() {
    }

    static void run() throws Exception {
        int n = Options.integer("n", 100_000);
        try (BenchmarkHub hub = BenchmarkHub.start(Map.of())) {
            HubHttp http = hub.http();
            String slug = HubHttp.uniqueSlug("bench-amzn-push");
            String key = http.createProject(slug);
            SandboxSeller seller = SandboxSeller.create(http, n);
            Instant connecting = Instant.now();
            String integrationId = seller.connect(http, slug, key);
            // connecting starts the first listings pull, which a price push by SKU does not need: cancelled
            JsonNode pull = new SyncRuns(http, slug, key, integrationId).cancelFirstRun(Duration.ofHours(2));
            Duration setup = Duration.between(connecting, Instant.now());

            List<PriceChange> changes = new ArrayList<>(n);
            for (int i = 1; i <= n; i++) {
                BigDecimal price = BigDecimal.valueOf(1_000 + (i * 37L) % 20_000, 2);
                changes.add(new PriceChange(Integer.toString(i), SandboxSeller.sku(i), null, null, price, null, "USD"));
            }
            JsonNode before = seller.counters(http).json();
            ProducerTemplate producer = hub.bean(ProducerTemplate.class);
            Exchange done;
            Duration total;
            long peakUsed;
            long peakLive;
            try (HeapWatch heap = HeapWatch.start()) {
                Instant start = Instant.now();
                done = producer.request("direct:amazon-price-push", e -> {
                    e.getIn().setBody(changes);
                    e.getIn().setHeader("HubIntegrationId", integrationId);
                });
                total = Duration.between(start, Instant.now());
                peakUsed = heap.peakUsedBytes();
                peakLive = heap.peakLiveBytes();
            }
            if (done.getException() != null) {
                throw done.getException();
            }
            @SuppressWarnings("unchecked")
            List<PriceResult> results = done.getMessage().getBody(List.class);
            Map<PriceOutcome, Integer> outcomes = new EnumMap<>(PriceOutcome.class);
            results.forEach(r -> outcomes.merge(r.outcome(), 1, Integer::sum));
            String feedIds = done.getMessage().getHeader(AmazonSpConstants.FEED_ID, String.class);
            int feeds = feedIds == null || feedIds.isBlank() ? 0 : feedIds.split(",").length;
            JsonNode after = seller.counters(http).json();

            int permits = Integer.parseInt(hub.property("hub.sandbox.amazon.feed-submissions-per-window") == null ? "5"
                    : hub.property("hub.sandbox.amazon.feed-submissions-per-window"));
            String windowSetting = hub.property("hub.sandbox.amazon.feed-submission-window");
            Duration window = windowSetting == null ? Duration.ofMinutes(5) : DurationStyle.detectAndParse(windowSetting);
            double floor = feeds == 0 ? 0 : ((feeds - 1) / permits) * (window.toMillis() / 1000.0);

            new Figures("Amazon price push: " + String.format("%,d", n) + " price changes, " + String.format("%,d", n)
                    + " SKUs")
                    .add("push mode", String.valueOf(done.getMessage().getHeader(AmazonSpConstants.PUSH_MODE)))
                    .add("feeds", feeds)
                    .add("JSON_LISTINGS_FEED submissions (sandbox)",
                            after.path("feedsSubmitted").path("JSON_LISTINGS_FEED").asLong()
                                    - before.path("feedsSubmitted").path("JSON_LISTINGS_FEED").asLong())
                    .add("total time", Figures.seconds(total))
                    .add("submission limit", permits + " per " + window.toMinutes() + " min per region and seller")
                    .add("floor set by the submission limit", Figures.seconds(floor))
                    .add("total ÷ floor", Figures.ratio(total.toMillis() / 1000.0, floor))
                    .add("time per feed", Figures.seconds(feeds == 0 ? 0 : total.toMillis() / 1000.0 / feeds))
                    .add("APPLIED", outcomes.getOrDefault(PriceOutcome.APPLIED, 0))
                    .add("ACCEPTED (not confirmed)", outcomes.getOrDefault(PriceOutcome.ACCEPTED, 0))
                    .add("REJECTED", outcomes.getOrDefault(PriceOutcome.REJECTED, 0))
                    .add("FAILED", outcomes.getOrDefault(PriceOutcome.FAILED, 0))
                    .add("SP-API requests during the push", requestsDelta(before, after))
                    .add("throttled (429) during the push", throttledDelta(before, after))
                    .add("sandbox feed delays (queue + processing)", hub.property("hub.sandbox.amazon.feed-queue-delay")
                            + " + " + hub.property("hub.sandbox.amazon.feed-processing-delay"))
                    .add("hub feed poll delay (hub.amazon.poll-delay)", hub.property("hub.amazon.poll-delay"))
                    .add("peak heap used", Figures.mib(peakUsed))
                    .add("peak live heap (after a GC)", Figures.mib(peakLive))
                    .add("JVM max heap (hub and sandbox)", Figures.mib(HeapWatch.maxHeapBytes()))
                    .add("setup: connect, first listings pull cancelled", Figures.seconds(setup) + " ("
                            + pull.path("status").asText() + " after " + pull.path("processedItems").asInt()
                            + " listings, not measured)")
                    .print();
        }
    }

    private static String requestsDelta(JsonNode before, JsonNode after) {
        return delta(before.path("requests"), after.path("requests"));
    }

    private static String throttledDelta(JsonNode before, JsonNode after) {
        return delta(before.path("throttled"), after.path("throttled"));
    }

    private static String delta(JsonNode before, JsonNode after) {
        StringBuilder out = new StringBuilder();
        after.fields().forEachRemaining(e -> {
            long d = e.getValue().asLong() - before.path(e.getKey()).asLong();
            if (d != 0) {
                out.append(out.isEmpty() ? "" : ", ").append(e.getKey()).append(' ').append(d);
            }
        });
        return out.isEmpty() ? "0" : out.toString();
    }
}
