package com.channelhub.support;

import java.net.URI;

import com.fasterxml.jackson.databind.JsonNode;

/** Creates sandbox stores and installs them into a project through the real OAuth flow. */
public final class SandboxShopify {

    private static final String STORES = "/sandbox/shopify/_control/stores";

    private final HubHttp http;
    private final int port;

    public SandboxShopify(HubHttp http, int port) {
        this.http = http;
        this.port = port;
    }

    /** A sandbox store installed in a project of its own. */
    public record InstalledStore(String slug, String key, String shop, String integrationId) {

        /** The integration in the hub's API. */
        public String path() {
            return "/api/projects/" + slug + "/integrations/" + integrationId;
        }
    }

    /** A new project, and a new store of products × variants installed in it; the first pull may still run. */
    public InstalledStore installInNewProject(String slugPrefix, int products, int variantsPerProduct) {
        String slug = HubHttp.uniqueSlug(slugPrefix);
        String key = http.createProject(slug);
        String shop = slug + ".myshopify.com";
        createStore(shop, products, variantsPerProduct);
        return new InstalledStore(slug, key, shop, install(slug, key, shop).get("id").asText());
    }

    /** The same, once the first pull has succeeded: the store's catalog is in the hub. */
    public InstalledStore installAndPullInNewProject(String slugPrefix, int products, int variantsPerProduct) {
        InstalledStore store = installInNewProject(slugPrefix, products, variantsPerProduct);
        FirstPull.awaitSucceeded(http, store.slug(), store.key(), store.integrationId());
        return store;
    }

    public void createStore(String shop, int products, int variantsPerProduct) {
        HubHttp.Response store = http.post(STORES, null, "{\"domain\":\"" + shop
                + "\",\"name\":\"Test store\",\"products\":" + products + ",\"variantsPerProduct\":" + variantsPerProduct + "}");
        if (store.status() != 201) {
            throw new AssertionError("sandbox store not created: " + store.body());
        }
    }

    /** Install → authorize (auto-approved) → callback; answers the new integration. */
    public JsonNode install(String slug, String key, String shop) {
        return install(http, slug, key, shop);
    }

    /** The same through another hub instance whose Shopify is this sandbox (instances sharing one database). */
    public JsonNode install(HubHttp hub, String slug, String key, String shop) {
        HubHttp.Response done = hub.get(HubHttp.pathAndQuery(approvedCallback(hub, slug, key, shop)), null);
        if (done.status() != 302) {
            throw new AssertionError("install failed: " + done.status() + " " + done.body());
        }
        for (JsonNode integration : hub.get("/api/projects/" + slug + "/integrations", key).json()) {
            if (shop.equals(integration.get("externalAccount").asText())) {
                return integration;
            }
        }
        throw new AssertionError("no integration for " + shop);
    }

    /** Starts the hub's install and approves it: the callback Shopify sends the merchant to, not followed yet. */
    public URI approvedCallback(String slug, String key, String shop) {
        return approvedCallback(http, slug, key, shop);
    }

    private URI approvedCallback(HubHttp hub, String slug, String key, String shop) {
        HubHttp.Response install = hub.get("/api/platforms/shopify/oauth/install?shop=" + shop + "&project=" + slug, key);
        if (install.status() != 302) {
            throw new AssertionError("install not started: " + install.status() + " " + install.body());
        }
        return approve(install.header("Location"));
    }

    /** Opens the store's authorize page, which the sandbox approves at once (tests): answers the callback URL. */
    public URI approve(String authorizeUrl) {
        HubHttp.Response approved = http.get(authorizeUrl.replace("http://localhost:" + port, ""), null);
        if (approved.status() != 302) {
            throw new AssertionError("authorize page did not approve: " + approved.status() + " " + approved.body());
        }
        return URI.create(approved.header("Location"));
    }

    public HubHttp.Response control(String method, String path, String body) {
        String full = STORES + path;
        return switch (method) {
            case "GET" -> http.get(full, null);
            case "DELETE" -> http.delete(full, null);
            default -> http.post(full, null, body);
        };
    }
}
