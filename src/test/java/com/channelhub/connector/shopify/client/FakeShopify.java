package com.channelhub.connector.shopify.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.channelhub.connector.shopify.ShopifyAccessTokenProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

/** A loopback HTTP server answering like Shopify with canned bodies, recording what it was asked. */
final class FakeShopify implements AutoCloseable {

    static final String SHOP = "test-shop.myshopify.com";
    static final ObjectMapper JSON = new ObjectMapper();

    record Request(String path, String token, JsonNode body) {
    }

    record Reply(int status, String body) {
        static Reply ok(String body) {
            return new Reply(200, body);
        }
    }

    private final HttpServer server;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Function<Request, Reply> handler = r -> Reply.ok("{\"data\":{}}");

    FakeShopify() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] in = exchange.getRequestBody().readAllBytes();
            JsonNode body = in.length == 0 ? null : JSON.readTree(in);
            Request request = new Request(exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("X-Shopify-Access-Token"), body);
            requests.add(request);
            Reply reply = handler.apply(request);
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
            exchange.close();
        });
        server.start();
    }

    void answer(Function<Request, Reply> handler) {
        this.handler = handler;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/shops/{shop}";
    }

    /** A client on this server whose waits are recorded on a fake clock instead of slept. */
    PacedClient client(ShopifyAccessTokenProvider tokens) {
        FakeClock clock = new FakeClock();
        ShopifyClientSettings settings = new ShopifyClientSettings(baseUrl(), "2026-10", "client-id", "client-secret",
                3, Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofMillis(100));
        return new PacedClient(new HttpShopifyClient(settings, tokens, new CostPacer(clock::nanos, clock::sleep)),
                clock);
    }

    record PacedClient(HttpShopifyClient client, FakeClock clock) {
    }

    /** Time that moves only when the code under test waits. */
    static final class FakeClock {
        private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
        final List<Long> waits = new ArrayList<>();

        long nanos() {
            return nanos.get();
        }

        synchronized void sleep(long millis) {
            waits.add(millis);
            nanos.addAndGet(millis * 1_000_000L);
        }

        void advance(long millis) {
            nanos.addAndGet(millis * 1_000_000L);
        }
    }

    /** {@code extensions.cost} as Shopify sends it. */
    static String cost(int requested, Integer actual, double maximum, double available, double restoreRate) {
        return "\"extensions\":{\"cost\":{\"requestedQueryCost\":" + requested + ",\"actualQueryCost\":" + actual
                + ",\"throttleStatus\":{\"maximumAvailable\":" + maximum + ",\"currentlyAvailable\":" + available
                + ",\"restoreRate\":" + restoreRate + "}}}";
    }

    static String throttled(int requested, double available, double restoreRate) {
        return "{\"errors\":[{\"message\":\"Throttled\",\"extensions\":{\"code\":\"THROTTLED\",\"documentation\":"
                + "\"https://shopify.dev/api/usage/rate-limits\"}}]," + cost(requested, null, 1000, available,
                        restoreRate) + "}";
    }

    static String shopData(double available) {
        return "{\"data\":{\"shop\":{\"name\":\"Test\",\"myshopifyDomain\":\"" + SHOP + "\",\"currencyCode\":\"EUR\","
                + "\"plan\":{\"displayName\":\"Basic\"}}}," + cost(2, 2, 1000, available, 50) + "}";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
