package com.channelhub.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.channelhub.benchmark.Benchmarks.Options;
import com.channelhub.catalog.ProductCursor;
import com.channelhub.support.HubHttp;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Latency of the catalog API at N products (default 100,000) on PostgreSQL: the catalog is written straight into
 * the tables ({@link CatalogFixture}), then each query shape is requested over HTTP, warmed up, and timed
 * {@code -Dbenchmark.repeat} times (default 100), one request at a time; p50, p99 and max per shape.
 */
final class CatalogSearchBenchmark {

    private static final int WARM_UP = 5;

    private CatalogSearchBenchmark() {
    }

    static void run() throws Exception {
        int n = Options.integer("n", 100_000);
        int repeat = Options.integer("repeat", 100);
        try (BenchmarkHub hub = BenchmarkHub.start(Map.of())) {
            HubHttp http = hub.http();
            String slug = HubHttp.uniqueSlug("bench-catalog");
            String key = http.createProject(slug);
            UUID shopify = integration(http, slug, key, "{\"platform\":\"SHOPIFY\",\"externalAccount\":\"" + slug
                    + ".myshopify.com\"}");
            UUID amazon = integration(http, slug, key, "{\"platform\":\"AMAZON\",\"externalAccount\":\"A"
                    + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT)
                    + "\",\"region\":\"NA\",\"marketplaceIds\":[\"ATVPDKIKX0DER\"]}");
            JdbcTemplate jdbc = hub.bean(JdbcTemplate.class);
            Instant loadStart = Instant.now();
            new CatalogFixture(jdbc).load(shopify, amazon, n);
            Duration load = Duration.between(loadStart, Instant.now());
            String someProduct = jdbc.queryForObject("select id from channel_products where integration_id = ?"
                    + " order by external_id limit 1", String.class, shopify);

            Figures figures = new Figures("Catalog search: " + String.format("%,d", n) + " products, " + repeat
                    + " requests per shape, one at a time (p50 / p99 / max, ms, end to end over HTTP)")
                    .add("catalog written (batched inserts + ANALYZE)", Figures.seconds(load))
                    .add("variants", jdbc.queryForObject("select count(*) from channel_variants v join channel_products p"
                            + " on p.id = v.product_id where p.integration_id in (?, ?)", Long.class, shopify, amazon))
                    .add("pg_trgm", trigram(jdbc) ? "installed: trigram indexes used" : "absent: text search scans")
                    .section("query shape");
            String base = "/api/projects/" + slug + "/products";
            String midCursor = new ProductCursor("title", false, "Marlow", new UUID(0, 0)).encode();
            Map<String, String> shapes = new LinkedHashMap<>();
            shapes.put("first page, title asc (50)", base);
            shapes.put("keyset page mid-catalog, title asc", base + "?cursor=" + midCursor);
            shapes.put("first page, 200 per page", base + "?size=200");
            shapes.put("text, common (q=kettle)", base + "?q=kettle");
            shapes.put("text, rare (q=sku-04217)", base + "?q=sku-04217");
            shapes.put("text + platform + price (q=lamp, AMAZON, 10-20)",
                    base + "?q=lamp&platform=AMAZON&minPrice=10&maxPrice=20");
            shapes.put("exact SKU", base + "?sku=" + CatalogFixture.sku(4217, 1));
            shapes.put("sort=price desc (lowest variant price)", base + "?sort=price&order=desc");
            shapes.put("sort=sku asc", base + "?sort=sku");
            shapes.put("price range 50-51, sort=price", base + "?minPrice=50&maxPrice=51&sort=price");
            shapes.put("updatedSince 1 h, sort=updatedAt desc", base + "?sort=updatedAt&order=desc&updatedSince="
                    + Instant.now().minus(Duration.ofHours(1)));
            shapes.put("status=draft", base + "?status=draft");
            shapes.put("product by id", base + "/" + someProduct);
            shapes.put("by SKU (shared by both channels)", base + "/by-sku?sku=" + encode(CatalogFixture.sku(0, 1)));
            for (Map.Entry<String, String> shape : shapes.entrySet()) {
                figures.add(shape.getKey(), measure(http, key, shape.getValue(), repeat));
            }
            figures.print();
        }
    }

    private static UUID integration(HubHttp http, String slug, String key, String body) {
        HubHttp.Response created = http.post("/api/projects/" + slug + "/integrations", key, body);
        if (created.status() != 201) {
            throw new IllegalStateException("integration not created: " + created.body());
        }
        return UUID.fromString(created.json().get("id").asText());
    }

    private static boolean trigram(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from pg_extension where extname = "
                + "'pg_trgm')", Boolean.class));
    }

    private static String measure(HubHttp http, String key, String path, int repeat) {
        for (int i = 0; i < WARM_UP; i++) {
            request(http, key, path);
        }
        long[] nanos = new long[repeat];
        int items = 0;
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            HubHttp.Response answer = request(http, key, path);
            nanos[i] = System.nanoTime() - start;
            items = answer.json().has("items") ? answer.json().get("items").size() : 1;
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "%6.1f / %6.1f / %6.1f   (%d items)", millis(nanos, 0.50),
                millis(nanos, 0.99), nanos[repeat - 1] / 1e6, items);
    }

    private static HubHttp.Response request(HubHttp http, String key, String path) {
        HubHttp.Response answer = http.get(path, key);
        if (answer.status() != 200) {
            throw new IllegalStateException(path + " answered " + answer.status() + ": " + answer.body());
        }
        return answer;
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
