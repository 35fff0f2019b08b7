package com.channelhub.sandbox.shopify;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test helper: a store of its own per test, a token for it, and GraphQL calls the way a connector makes them. */
final class SandboxShopifyClient {

    static final String CLIENT_ID = "test-shopify-client-id";
    static final String CLIENT_SECRET = "test-shopify-client-secret-0123456789";
    static final String VERSION = "2026-07";
    private static final ObjectMapper JSON = new ObjectMapper();

    final HubHttp http;

    SandboxShopifyClient(int port) {
        this.http = new HubHttp(port);
    }

    /** Creates a store with a unique domain and returns the domain. */
    String createStore(String prefix, int products, int variantsPerProduct, String plan) {
        String domain = HubHttp.uniqueSlug(prefix) + ".myshopify.com";
        HubHttp.Response created = http.post("/sandbox/shopify/_control/stores", null, json(Map.of("domain", domain,
                "products", products, "variantsPerProduct", variantsPerProduct, "plan", plan)));
        if (created.status() != 201) {
            throw new AssertionError("store not created: " + created.status() + " " + created.body());
        }
        return domain;
    }

    String token(String shop) {
        return control(shop, "/tokens", "{}").get("access_token").asText();
    }

    JsonNode control(String shop, String path, String body) {
        HubHttp.Response response = http.post("/sandbox/shopify/_control/stores/" + shop + path, null, body);
        if (response.status() >= 300) {
            throw new AssertionError("control " + path + " answered " + response.status() + " " + response.body());
        }
        return response.json();
    }

    HubHttp.Response graphql(String shop, String token, String query, Map<String, Object> variables) {
        Map<String, Object> body = variables == null ? Map.of("query", query)
                : Map.of("query", query, "variables", variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.url(graphqlPath(shop))))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(body)));
        if (token != null) {
            request.header("X-Shopify-Access-Token", token);
        }
        return http.send(request.build());
    }

    /** A GraphQL call that must succeed without errors; returns the whole answer. */
    JsonNode query(String shop, String token, String query, Map<String, Object> variables) {
        HubHttp.Response response = graphql(shop, token, query, variables);
        JsonNode answer = response.json();
        if (response.status() != 200 || answer.has("errors")) {
            throw new AssertionError("GraphQL failed: " + response.status() + " " + response.body());
        }
        return answer;
    }

    static String graphqlPath(String shop) {
        return "/sandbox/shopify/" + shop + "/admin/api/" + VERSION + "/graphql.json";
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
