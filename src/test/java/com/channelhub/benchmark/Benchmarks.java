package com.channelhub.benchmark;

import java.util.Locale;

/**
 * Entry point of {@code ./mvnw -Pbenchmark verify -Dbenchmark=NAME [-Dn=…]}: runs one benchmark against a hub
 * started in this JVM, prints its figures and exits. See docs/benchmarks.md.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String name = args.length > 0 ? args[0] : Options.string("benchmark", "");
        switch (name.toLowerCase(Locale.ROOT)) {
            case "shopify-pull" -> ShopifyPullBenchmark.run();
            case "shopify-webhooks" -> ShopifyWebhookBenchmark.run();
            case "amazon-price-push" -> AmazonPricePushBenchmark.run();
            case "amazon-pull" -> AmazonListingsPullBenchmark.run();
            case "inventory-batch" -> InventoryBatchBenchmark.run();
            case "catalog-search" -> CatalogSearchBenchmark.run();
            case "price-batch" -> PriceBatchBenchmark.run();
            default -> {
                System.err.println("Name a benchmark with -Dbenchmark=: shopify-pull, shopify-webhooks, "
                        + "amazon-price-push, amazon-pull, catalog-search, price-batch or inventory-batch (got '" + name + "').");
                System.exit(2);
            }
        }
        // Camel and Spring threads are gone with the context, but a stray non-daemon thread must not keep Maven waiting
        System.exit(0);
    }

    /** Benchmark options: system properties {@code benchmark.NAME}; an empty value means the default. */
    static final class Options {

        private Options() {
        }

        static String string(String name, String fallback) {
            String value = System.getProperty(name);
            return value == null || value.isBlank() ? fallback : value.trim();
        }

        static int integer(String name, int fallback) {
            String value = string("benchmark." + name, null);
            return value == null ? fallback : Integer.parseInt(value.replace("_", "").replace(",", ""));
        }

        static String text(String name, String fallback) {
            return string("benchmark." + name, fallback);
        }
    }
}
