package com.channelhub.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.channelhub.benchmark.Benchmarks.Options;
import com.channelhub.support.HubHttp;
import com.channelhub.support.SandboxShopify;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Shopify webhook deliveries: N signed products/update deliveries (each a different product) fired at
 * {@code POST /api/platforms/shopify/webhooks} by C concurrent senders on loopback, each waiting for its answer
 * before sending the next. Measures how fast the hub verifies and stores them (accepted/s, latency) and how fast
 * its inbox route applies them to the catalog (processed/s, from the inbox's own timestamps).
 */
final class ShopifyWebhookBenchmark {

    private static final String PATH = "/api/platforms/shopify/webhooks";

    private ShopifyWebhookBenchmark() {
    }

    static void run() throws Exception {
        int n = Options.integer("n", 5_000);
        int concurrency = Options.integer("concurrency", 16);
        try (BenchmarkHub hub = BenchmarkHub.start(Map.of())) {
            HubHttp http = hub.http();
            String slug = HubHttp.uniqueSlug("bench-hooks");
            String key = http.createProject(slug);
            String shop = slug + ".myshopify.com";
            SandboxShopify sandbox = new SandboxShopify(http, hub.port());
            sandbox.createStore(shop, 10, 1);
            String integrationId = sandbox.install(slug, key, shop).get("id").asText();
            new SyncRuns(http, slug, key, integrationId).awaitFirstRun(Duration.ofMinutes(5));

            byte[] secret = hub.property("hub.shopify.client-secret").getBytes(StandardCharsets.UTF_8);
            HttpRequest[] requests = new HttpRequest[n];
            for (int i = 0; i < n; i++) {
                requests[i] = delivery(hub.port(), shop, slug, i, secret);
            }
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            long[] latencyNanos = new long[n];
            AtomicInteger next = new AtomicInteger();
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger refused = new AtomicInteger();
            JdbcTemplate jdbc = hub.bean(JdbcTemplate.class);

            Instant start = Instant.now();
            ExecutorService senders = Executors.newFixedThreadPool(concurrency);
            for (int t = 0; t < concurrency; t++) {
                senders.execute(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        long sent = System.nanoTime();
                        try {
                            HttpResponse<Void> answer = client.send(requests[i], HttpResponse.BodyHandlers.discarding());
                            (answer.statusCode() == 200 ? accepted : refused).incrementAndGet();
                        } catch (Exception e) {
                            refused.incrementAndGet();
                        }
                        latencyNanos[i] = System.nanoTime() - sent;
                    }
                });
            }
            senders.shutdown();
            senders.awaitTermination(1, TimeUnit.HOURS);
            Duration sending = Duration.between(start, Instant.now());

            long processed = awaitProcessed(jdbc, shop, accepted.get(), Duration.ofMinutes(30));
            Duration untilProcessed = Duration.between(start, Instant.now());
            Map<String, Object> span = jdbc.queryForMap("select min(received_at) as first_received, "
                    + "max(processed_at) as last_processed from webhook_events where account = ?", shop);
            Duration processing = Duration.between(((Timestamp) span.get("first_received")).toInstant(),
                    ((Timestamp) span.get("last_processed")).toInstant());
            long products = jdbc.queryForObject("select count(*) from channel_products where integration_id = ?::uuid",
                    Long.class, integrationId);

            Arrays.sort(latencyNanos);
            new Figures("Shopify webhooks: " + String.format("%,d", n) + " products/update deliveries, concurrency "
                    + concurrency)
                    .add("accepted (200)", accepted.get())
                    .add("refused or failed", refused.get())
                    .add("sending time", Figures.seconds(sending))
                    .add("accepted/s", Figures.rate(accepted.get(), sending, "deliveries"))
                    .add("latency p50", Figures.millis(percentile(latencyNanos, 0.50) / 1e6))
                    .add("latency p99", Figures.millis(percentile(latencyNanos, 0.99) / 1e6))
                    .add("latency max", Figures.millis(latencyNanos[n - 1] / 1e6))
                    .add("processed from the inbox", processed)
                    .add("first received → last processed", Figures.seconds(processing))
                    .add("processed/s", Figures.rate(processed, processing, "events"))
                    .add("all processed after (client clock)", Figures.seconds(untilProcessed))
                    .add("catalog products of the integration", products)
                    .print();
        }
    }

    private static HttpRequest delivery(int port, String shop, String slug, int i, byte[] secret) throws Exception {
        long productId = 9_100_000_000L + i;
        String now = Instant.now().toString();
        String body = """
                {"id":%d,"admin_graphql_api_id":"gid://shopify/Product/%d","title":"Benchmark product %d","vendor":"Bench",\
                "product_type":"Mug","status":"active","handle":"bench-%d","created_at":"%s","updated_at":"%s",\
                "variants":[{"id":%d,"admin_graphql_api_id":"gid://shopify/ProductVariant/%d","product_id":%d,\
                "title":"Default","sku":"BENCH-%06d","price":"%d.99","compare_at_price":null,"inventory_quantity":%d,\
                "inventory_item_id":%d,"updated_at":"%s"}]}"""
                .formatted(productId, productId, i, i, now, now, productId + 500_000_000L, productId + 500_000_000L,
                        productId, i, 5 + i % 50, i % 20, productId + 700_000_000L, now);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + PATH)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Shopify-Topic", "products/update")
                .header("X-Shopify-Hmac-Sha256", signature)
                .header("X-Shopify-Shop-Domain", shop)
                .header("X-Shopify-Webhook-Id", slug + "-w-" + i)
                .header("X-Shopify-Event-Id", slug + "-e-" + i)
                .header("X-Shopify-Triggered-At", now)
                .header("X-Shopify-API-Version", "2026-10")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static long awaitProcessed(JdbcTemplate jdbc, String shop, int expected, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            long done = jdbc.queryForObject("select count(*) from webhook_events where account = ? and status <> 'RECEIVED'",
                    Long.class, shop);
            if (done >= expected || Instant.now().isAfter(deadline)) {
                return done;
            }
            Thread.sleep(100);
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}
