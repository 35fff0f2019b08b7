package com.channelhub.support;

import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;

/** Creates sandbox stores and installs them into a project through the real OAuth flow. */
public final class SandboxShopify {

    private final HubHttp http;
    private final int port;

    public SandboxShopify(HubHttp http, int port) {
        this.http = http;
        this.port = port;
    }

    public void createStore(String shop, int products, int variantsPerProduct) {
        HubHttp.Response store = http.post("/sandbox/shopify/_control/stores", null, "{\"domain\":\"" + shop
                + "\",\"name\":\"Test store\",\"products\":" + products + ",\"variantsPerProduct\":" + variantsPerProduct + "}");
        if (store.status() != 201) {
            throw new AssertionError("sandbox store not created: " + store.body());
        }
    }

    /** Install → authorize (auto-approved) → callback; answers the new integration. */
    public JsonNode install(String slug, String key, String shop) {
        HubHttp.Response install = http.get("/api/platforms/shopify/oauth/install?shop=" + shop + "&project=" + slug, key);
        String authorize = install.header("Location").replace("http://localhost:" + port, "");
        URI callback = URI.create(http.send(http.builder(authorize, null).GET().build()).header("Location"));
        HubHttp.Response done = http.get(callback.getRawPath() + "?" + callback.getRawQuery(), null);
        if (done.status() != 302) {
            throw new AssertionError("install failed: " + done.status() + " " + done.body());
        }
        for (JsonNode integration : http.get("/api/projects/" + slug + "/integrations", key).json()) {
            if (shop.equals(integration.get("externalAccount").asText())) {
                return integration;
            }
        }
        throw new AssertionError("no integration for " + shop);
    }

    public HubHttp.Response control(String method, String path, String body) {
        String full = "/sandbox/shopify/_control/stores" + path;
        return switch (method) {
            case "GET" -> http.get(full, null);
            case "DELETE" -> http.delete(full, null);
            default -> http.post(full, null, body);
        };
    }
}
