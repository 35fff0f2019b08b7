package com.channelhub.connector.shopify.client;

import static com.channelhub.connector.shopify.ShopifyPlatformFacts.ACCESS_TOKEN_HEADER;
import static com.channelhub.connector.shopify.ShopifyPlatformFacts.API_VERSION_HEADER;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.channelhub.connector.shopify.ShopifyAccessTokenProvider;
import com.channelhub.connector.shopify.ShopifyPlatformFacts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Sends GraphQL documents to a shop and gets {@code data} back, doing what every call needs: pacing on the cost
 * bucket, waiting out THROTTLED answers, bounded retries with backoff on 5xx and timeouts, one token refresh on 401,
 * and counting what it costs.
 */
final class GraphqlTransport {

    private static final Logger LOG = LoggerFactory.getLogger(GraphqlTransport.class);
    private static final long MAX_BACKOFF_MILLIS = 30_000;

    private final ShopifyClientSettings settings;
    private final ShopifyAccessTokenProvider tokens;
    private final CloseableHttpClient http;
    private final ObjectMapper json;
    private final CostPacer pacer;
    /** The requestedQueryCost Shopify last computed for each kind of query, per shop. */
    private final Map<String, Integer> learnedCost = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final AtomicLong actualCost = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong waitedMillis = new AtomicLong();
    private volatile boolean versionMismatchLogged;

    GraphqlTransport(ShopifyClientSettings settings, ShopifyAccessTokenProvider tokens, CloseableHttpClient http,
            ObjectMapper json, CostPacer pacer) {
        this.settings = settings;
        this.tokens = tokens;
        this.http = http;
        this.json = json;
        this.pacer = pacer;
    }

    /**
     * Runs one query or mutation and returns its {@code data}.
     *
     * @param kind     names the query for cost learning, e.g. {@code products/43/10}
     * @param estimate the cost to assume until Shopify has said what this kind of query costs
     */
    JsonNode execute(String shop, String kind, int estimate, String document, ObjectNode variables) {
        ShopifyPlatformFacts.requireShopDomain(shop);
        String url = settings.baseUrl(shop) + ShopifyPlatformFacts.GRAPHQL_PATH.replace("{version}",
                settings.apiVersion());
        String body = requestBody(document, variables);
        Attempts attempts = new Attempts(shop, kind, token(shop));
        while (true) {
            int expected = learnedCost.getOrDefault(shop + "|" + kind, estimate);
            pause(shop, pacer.reserve(shop, expected));
            Answer answer;
            try {
                requests.incrementAndGet();
                answer = post(url, attempts.token, body);
            } catch (IOException e) {
                attempts.failed("no answer (" + e + ")", e);
                continue;
            }
            if (answer.status() == 401) {
                attempts.refreshToken();
                continue;
            }
            if (answer.status() == 403) {
                throw new ShopifyAuthorizationException(shop, 403, "Shopify denied access on " + shop
                        + " (HTTP 403): the token lacks a scope this call needs; " + snippet(answer.body()));
            }
            JsonNode root = parse(answer);
            if (answer.status() >= 500 || (root == null && answer.status() < 300)) {
                // a cut-off or garbled 2xx body is a transport glitch, not Shopify's verdict on the query
                attempts.failed(answer.status() >= 500 ? "HTTP " + answer.status()
                        : "an unreadable answer: " + snippet(answer.body()), null);
                continue;
            }
            QueryCost cost = root == null ? null : ShopifyJson.cost(root);
            record(shop, kind, cost);
            String code = root == null ? null : ShopifyJson.firstErrorCode(root);
            if (answer.status() == 429 || ShopifyPlatformFacts.THROTTLED.equals(code)) {
                attempts.throttled();
                pause(shop, throttledWait(expected, cost, answer.retryAfter()));
                continue;
            }
            return dataOrRefusal(shop, kind, answer, root, cost, code);
        }
    }

    private JsonNode dataOrRefusal(String shop, String kind, Answer answer, JsonNode root, QueryCost cost,
            String code) {
        if (ShopifyPlatformFacts.MAX_COST_EXCEEDED.equals(code)) {
            throw new ShopifyQueryCostExceededException(shop, cost == null ? null : cost.requestedQueryCost(),
                    ShopifyJson.errorMessages(root));
        }
        if (answer.status() >= 300 || root == null) {
            throw new ShopifyApiException(shop, answer.status(), code, "Shopify answered HTTP " + answer.status()
                    + " to " + kind + " on " + shop + ": " + snippet(answer.body()));
        }
        if (ShopifyJson.hasErrors(root)) {
            throw new ShopifyApiException(shop, answer.status(), code, "Shopify refused " + kind + " on " + shop
                    + ": " + ShopifyJson.errorMessages(root));
        }
        return root.path("data");
    }

    /** The retry budget of one call: failures, throttled answers and the single token refresh. */
    private final class Attempts {
        private final String shop;
        private final String kind;
        private String token;
        private boolean refreshed;
        private int failures;
        private int throttles;

        Attempts(String shop, String kind, String token) {
            this.shop = shop;
            this.kind = kind;
            this.token = token;
        }

        /** After a 401: one fresh token from the provider, or the end. */
        void refreshToken() {
            String fresh = refreshed ? null : tokens.refreshAfterUnauthorized(shop, token);
            refreshed = true;
            if (fresh == null || fresh.equals(token)) {
                throw new ShopifyAuthorizationException(shop, 401, "Shopify refused the access token for " + shop
                        + " (HTTP 401): the app was uninstalled or the token revoked; the merchant must authorize "
                        + "the app again");
            }
            token = fresh;
            retries.incrementAndGet();
        }

        void throttled() {
            throttled.incrementAndGet();
            if (throttles++ >= settings.maxRetries()) {
                throw new ShopifyUnavailableException(shop, "Shopify kept throttling " + kind + " on " + shop
                        + " after " + settings.maxRetries() + " retries", null);
            }
            retries.incrementAndGet();
        }

        /** After a 5xx, a timeout or an unreadable answer: back off and retry, or give up. */
        void failed(String what, Throwable cause) {
            if (failures >= settings.maxRetries()) {
                throw new ShopifyUnavailableException(shop, "Shopify did not answer " + kind + " on " + shop
                        + " usefully: " + what + " after " + settings.maxRetries() + " retries; try again later",
                        cause);
            }
            long backoff = Math.min(MAX_BACKOFF_MILLIS, settings.retryBackoff().toMillis() << Math.min(failures, 16));
            LOG.debug("Shopify call {} on {} failed with {}; retrying in {} ms", kind, shop, what, backoff);
            retries.incrementAndGet();
            failures++;
            pause(shop, backoff);
        }
    }

    private long throttledWait(int expected, QueryCost cost, String retryAfter) {
        if (cost != null && cost.throttleStatus() != null) {
            int requested = cost.requestedQueryCost() != null ? cost.requestedQueryCost() : expected;
            return CostPacer.throttledWaitMillis(requested, cost.throttleStatus());
        }
        if (retryAfter != null) {
            try {
                return (long) Math.ceil(Double.parseDouble(retryAfter.trim()) * 1000);
            } catch (NumberFormatException e) {
                LOG.debug("unreadable Retry-After {}", retryAfter);
            }
        }
        return CostPacer.throttledWaitMillis(expected, null);
    }

    private void record(String shop, String kind, QueryCost cost) {
        if (cost == null) {
            return;
        }
        pacer.observe(shop, cost.throttleStatus());
        if (cost.requestedQueryCost() != null) {
            learnedCost.put(shop + "|" + kind, cost.requestedQueryCost());
        }
        if (cost.actualQueryCost() != null) {
            actualCost.addAndGet(cost.actualQueryCost());
        }
    }

    private void pause(String shop, long millis) {
        if (millis <= 0) {
            return;
        }
        waitedMillis.addAndGet(millis);
        try {
            pacer.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ShopifyUnavailableException(shop, "interrupted while waiting for Shopify's rate limit", e);
        }
    }

    private String token(String shop) {
        String token = tokens.accessToken(shop);
        if (token == null || token.isBlank()) {
            throw new ShopifyAuthorizationException(shop, 0, "No access token for " + shop
                    + ": connect the shop first (set accessToken or an accessTokenProvider)");
        }
        return token;
    }

    private Answer post(String url, String token, String body) throws IOException {
        HttpPost post = new HttpPost(url);
        post.setHeader(ACCESS_TOKEN_HEADER, token);
        post.setHeader("Accept", "application/json");
        post.setEntity(new StringEntity(body, ContentType.APPLICATION_JSON));
        return http.execute(post, response -> {
            String text = response.getEntity() == null ? ""
                    : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
            Header version = response.getFirstHeader(API_VERSION_HEADER);
            if (version != null && !version.getValue().equals(settings.apiVersion()) && !versionMismatchLogged) {
                versionMismatchLogged = true;
                LOG.warn("Asked Shopify for API version {} but it answered with {}: the pinned version may be "
                        + "unsupported", settings.apiVersion(), version.getValue());
            }
            Header retryAfter = response.getFirstHeader("Retry-After");
            return new Answer(response.getCode(), text, retryAfter == null ? null : retryAfter.getValue());
        });
    }

    /** The answer as JSON, or null when it is empty or not JSON. */
    private JsonNode parse(Answer answer) {
        if (answer.body().isBlank()) {
            return null;
        }
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            return null;
        }
    }

    private String requestBody(String document, ObjectNode variables) {
        ObjectNode request = json.createObjectNode();
        request.put("query", document);
        if (variables != null) {
            request.set("variables", variables);
        }
        return request.toString();
    }

    static String snippet(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    ShopifyCallStats stats() {
        return new ShopifyCallStats(requests.get(), throttled.get(), actualCost.get(), retries.get(),
                waitedMillis.get());
    }

    ThrottleStatus throttleStatus(String shop) {
        return pacer.lastReported(shop);
    }

    private record Answer(int status, String body, String retryAfter) {
    }
}
