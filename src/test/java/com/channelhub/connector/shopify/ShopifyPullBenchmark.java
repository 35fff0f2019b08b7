package com.channelhub.connector.shopify;

import java.time.Duration;
import java.util.Map;

import com.channelhub.connector.shopify.client.HttpShopifyClient;
import com.channelhub.connector.shopify.client.ProductPage;
import com.channelhub.connector.shopify.client.ProductPageRequest;
import com.channelhub.connector.shopify.client.ShopifyCallStats;
import com.channelhub.connector.shopify.client.ShopifyClientSettings;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Prints what a paged catalog pull costs against a running hub's Shopify sandbox: a command, not a test.
 *
 * <pre>
 * ./mvnw -q test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.channelhub.connector.shopify.ShopifyPullBenchmark \
 *   -Dexec.args="8080 5000 2 standard 100 10"
 * </pre>
 *
 * Arguments: the local hub's port, products, variants per product, plan (standard, advanced, plus, enterprise), pageSize,
 * variantsPageSize. It creates a store of its own through the control API.
 */
public final class ShopifyPullBenchmark {

    private ShopifyPullBenchmark() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(arg(args, 0, "8080"));
        int products = Integer.parseInt(arg(args, 1, "5000"));
        int variants = Integer.parseInt(arg(args, 2, "2"));
        String plan = arg(args, 3, "standard");
        int pageSize = Integer.parseInt(arg(args, 4, "100"));
        int variantsPageSize = Integer.parseInt(arg(args, 5, "10"));

        ShopifySandboxStores stores = new ShopifySandboxStores(port);
        String shop = stores.create("bench", products, variants, plan);
        String token = stores.token(shop);
        ShopifyClientSettings settings = new ShopifyClientSettings(stores.adminBaseUrl(),
                ShopifyPlatformFacts.DEFAULT_API_VERSION, null, null, 5, Duration.ofSeconds(10),
                Duration.ofSeconds(60), Duration.ofMillis(500));
        try (HttpShopifyClient client = new HttpShopifyClient(settings, ShopifyAccessTokenProvider.fixed(token))) {
            long started = System.nanoTime();
            int pulled = 0;
            int pages = 0;
            String cursor = null;
            boolean more = true;
            while (more) {
                ProductPage page = client.products(shop, new ProductPageRequest(pageSize, variantsPageSize, cursor,
                        null));
                pulled += page.products().size();
                pages++;
                cursor = page.endCursor();
                more = page.hasNextPage();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            ShopifyCallStats stats = client.stats();
            JsonNode counters = stores.counters(shop);
            System.out.printf("shop %s (%s plan): %d products × %d variants%n", shop, plan, products, variants);
            System.out.printf("pulled %d products in %d pages, %.1f s (%.0f products/s)%n", pulled, pages, seconds,
                    pulled / seconds);
            System.out.printf("client: %d requests, %d THROTTLED, %d retries, actual cost %d, waited %.1f s%n",
                    stats.requests(), stats.throttled(), stats.retries(), stats.actualCost(),
                    stats.waitedMillis() / 1000.0);
            System.out.printf("sandbox: %s%n", Map.of("requests", counters.path("requests").asLong(), "throttled",
                    counters.path("throttled").asLong(), "actualQueryCost", counters.path("actualQueryCost").asLong()));
        }
    }

    private static String arg(String[] args, int index, String fallback) {
        return args.length > index ? args[index] : fallback;
    }
}
