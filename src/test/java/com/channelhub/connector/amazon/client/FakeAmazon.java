package com.channelhub.connector.amazon.client;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/**
 * A scripted stand-in for LWA and the SP-API on loopback, for unit tests of the HTTP client: each path answers from
 * its queue of canned answers (the last one repeats) and every request is recorded.
 */
final class FakeAmazon implements AutoCloseable {

    record Canned(int status, byte[] body, Map<String, String> headers) {
        static Canned json(int status, String body, Map<String, String> headers) {
            return new Canned(status, body.getBytes(StandardCharsets.UTF_8), headers);
        }

        static Canned json(int status, String body) {
            return json(status, body, Map.of());
        }
    }

    record Recorded(String method, String path, String query, Headers headers, byte[] body) {
        String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Canned>> script = new ConcurrentHashMap<>();
    final List<Recorded> requests = new CopyOnWriteArrayList<>();

    FakeAmazon() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getRawPath();
            requests.add(new Recorded(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(),
                    exchange.getRequestHeaders(), body));
            Canned canned = next(exchange.getRequestMethod() + " " + path);
            canned.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("x-amzn-RequestId", "req-" + requests.size());
            if (!canned.headers().containsKey("Content-Type")) {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
            }
            exchange.sendResponseHeaders(canned.status(), canned.body().length == 0 ? -1 : canned.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(canned.body());
            }
        });
        server.start();
    }

    private Canned next(String key) {
        Deque<Canned> queue = script.get(key);
        if (queue == null || queue.isEmpty()) {
            return Canned.json(599, "{\"errors\":[{\"code\":\"Unscripted\",\"message\":\"" + key + "\"}]}");
        }
        synchronized (queue) {
            return queue.size() > 1 ? queue.pollFirst() : queue.peekFirst();
        }
    }

    FakeAmazon on(String methodAndPath, Canned... answers) {
        script.put(methodAndPath, new ArrayDeque<>(List.of(answers)));
        return this;
    }

    FakeAmazon lwaGrants() {
        return on("POST /auth/o2/token", Canned.json(200,
                "{\"access_token\":\"Atza|test\",\"token_type\":\"bearer\",\"expires_in\":3600}"));
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    long count(String methodAndPath) {
        return requests.stream().filter(r -> (r.method() + " " + r.path()).equals(methodAndPath)).count();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
