package com.channelhub.connector.shopify;

import java.util.Map;

import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Test helper: stores of their own in the hub's Shopify sandbox, through its control API. */
final class ShopifySandboxStores {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTROL = "/sandbox/shopify/_control/stores";

    final HubHttp http;

    ShopifySandboxStores(int port) {
        this.http = new HubHttp(port);
    }

    String adminBaseUrl() {
        return http.url("/sandbox/shopify/{shop}");
    }

    /** A new store with generated products; returns its domain. */
    String create(String prefix, int products, int variantsPerProduct, String plan) {
        String domain = HubHttp.uniqueSlug(prefix) + ".myshopify.com";
        HubHttp.Response created = http.post(CONTROL, null, json(Map.of("domain", domain, "products", products,
                "variantsPerProduct", variantsPerProduct, "plan", plan, "currency", "EUR")));
        if (created.status() != 201) {
            throw new AssertionError("store not created: " + created.status() + " " + created.body());
        }
        return domain;
    }

    /** A non-expiring offline token. */
    String token(String shop) {
        return control(shop, "/tokens", "{}").get("access_token").asText();
    }

    /** An expiring token pair: access_token, refresh_token, expires_in… */
    JsonNode expiringToken(String shop) {
        return control(shop, "/tokens", "{\"expiring\":true}");
    }

    JsonNode control(String shop, String path, String body) {
        HubHttp.Response response = http.post(CONTROL + "/" + shop + path, null, body);
        if (response.status() >= 300) {
            throw new AssertionError("control " + path + " answered " + response.status() + " " + response.body());
        }
        return response.json();
    }

    JsonNode store(String shop) {
        return http.get(CONTROL + "/" + shop, null).json();
    }

    JsonNode product(String shop, long id) {
        return http.get(CONTROL + "/" + shop + "/products/" + id, null).json();
    }

    void updateProduct(String shop, long id, String body) {
        HubHttp.Response response = http.patch(CONTROL + "/" + shop + "/products/" + id, null, body);
        if (response.status() >= 300) {
            throw new AssertionError("product update answered " + response.status() + " " + response.body());
        }
    }

    JsonNode counters(String shop) {
        return http.get(CONTROL + "/" + shop + "/counters", null).json();
    }

    static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
