package com.channelhub.config;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the hub itself. Each one is bound from an environment variable in {@code application.yaml};
 * {@link HubConfigurationValidator} checks them all at start-up and names every bad one at once.
 *
 * @param adminKey          the key for administrative endpoints (creating projects, dead letters); HUB_ADMIN_KEY
 * @param publicBaseUrl     absolute URL the hub is reached at, used for OAuth redirects and webhook addresses; HUB_PUBLIC_BASE_URL
 * @param dataDirectory     where the embedded default keeps its database and generated keys; HUB_DATA_DIR
 * @param routesDirectory   folder of the YAML routes loaded at start-up (the packaged copy when absent); HUB_ROUTES_DIR
 * @param encryption        credential encryption keys
 * @param api               limits of the REST API
 * @param shopify           Shopify app credentials
 * @param amazon            Amazon SP-API application credentials
 */
@ConfigurationProperties(prefix = "hub")
public record HubProperties(
        String adminKey,
        @DefaultValue("http://localhost:8080") String publicBaseUrl,
        @DefaultValue("./data") Path dataDirectory,
        @DefaultValue("routes") Path routesDirectory,
        @DefaultValue Encryption encryption,
        @DefaultValue Api api,
        @DefaultValue Shopify shopify,
        @DefaultValue Amazon amazon) {

    /**
     * @param key          the current AES-256 key, base64 of 32 bytes; HUB_ENCRYPTION_KEY
     * @param previousKeys earlier keys, comma-separated base64, still accepted for decryption during a rotation;
     *                     HUB_ENCRYPTION_PREVIOUS_KEYS
     */
    public record Encryption(String key, String previousKeys) {
    }

    /**
     * @param maxBodySize        largest request body the API accepts before answering 413; HUB_API_MAX_BODY_SIZE
     * @param webhookMaxBodySize largest webhook delivery accepted (a product with many variants is large);
     *                           HUB_WEBHOOK_MAX_BODY_SIZE
     * @param priceBatchMaxBodySize largest price batch accepted by {@code POST /api/projects/{slug}/prices} (100,000
     *                           items are about 10 MB of JSON); HUB_PRICE_BATCH_MAX_BODY_SIZE
     */
    public record Api(@DefaultValue("1048576") long maxBodySize, @DefaultValue("5242880") long webhookMaxBodySize,
            @DefaultValue("33554432") long priceBatchMaxBodySize) {
    }

    /**
     * @param clientId                 the app's client id (API key); HUB_SHOPIFY_CLIENT_ID
     * @param clientSecret             the app's client secret, also the webhook signing key; HUB_SHOPIFY_CLIENT_SECRET
     * @param scopes                   access scopes requested at install; HUB_SHOPIFY_SCOPES
     * @param previousClientSecret     the secret before a rotation, still accepted on webhooks until
     *                                 {@code previousSecretExpiresAt}; HUB_SHOPIFY_PREVIOUS_CLIENT_SECRET
     * @param previousSecretExpiresAt  end of that grace period (ISO-8601 instant); HUB_SHOPIFY_PREVIOUS_SECRET_EXPIRES_AT
     * @param adminBaseUrl             the shop's Admin host, {@code {shop}} standing for its myshopify.com domain;
     *                                 the sandbox's address when it stands in for Shopify; HUB_SHOPIFY_ADMIN_BASE_URL
     * @param apiVersion               the pinned GraphQL Admin API version; HUB_SHOPIFY_API_VERSION
     */
    public record Shopify(String clientId, String clientSecret,
            @DefaultValue("read_products,write_products,read_inventory,write_inventory,read_locations") String scopes,
            String previousClientSecret, java.time.Instant previousSecretExpiresAt,
            @DefaultValue("https://{shop}") String adminBaseUrl,
            @DefaultValue("2026-10") String apiVersion) {

        public java.util.List<String> scopeList() {
            return java.util.Arrays.stream(scopes.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        public boolean configured() {
            return notBlank(clientId) || notBlank(clientSecret);
        }
    }

    /**
     * @param applicationId    the SP-API application id used in the Seller Central consent URL; HUB_AMAZON_APPLICATION_ID
     * @param clientId         the LWA client id; HUB_AMAZON_LWA_CLIENT_ID
     * @param clientSecret     the LWA client secret; HUB_AMAZON_LWA_CLIENT_SECRET
     * @param draftApplication whether the application is a draft (adds {@code version=beta} to the consent URL);
     *                         HUB_AMAZON_DRAFT_APPLICATION
     * @param lwaTokenUrl      Login with Amazon's token endpoint; HUB_AMAZON_LWA_TOKEN_URL
     * @param endpoints        per region (NA, EU, FE): the SP-API host and the Seller Central host of the consent page;
     *                         HUB_AMAZON_{NA,EU,FE}_SP_API_URL and HUB_AMAZON_{NA,EU,FE}_SELLER_CENTRAL_URL
     * @param pollDelay        first wait between polls of a report or feed (growing from there); reports take minutes
     *                         on Amazon; HUB_AMAZON_POLL_DELAY
     * @param detailRefreshLimit at most this many listings get a getListingsItem detail refresh per listings pull
     *                         (5 calls/s per seller: 300 take about a minute); the others wait for the next pull;
     *                         HUB_AMAZON_DETAIL_REFRESH_LIMIT
     */
    public record Amazon(String applicationId, String clientId, String clientSecret,
            @DefaultValue("false") boolean draftApplication,
            @DefaultValue("https://api.amazon.com/auth/o2/token") String lwaTokenUrl,
            java.util.Map<String, RegionEndpoints> endpoints,
            @DefaultValue("30s") java.time.Duration pollDelay,
            @DefaultValue("300") int detailRefreshLimit) {

        /** Amazon's production hosts per region (platform facts, "Endpoints and marketplaces"). */
        public static final java.util.Map<String, RegionEndpoints> PRODUCTION_ENDPOINTS = java.util.Map.of(
                "NA", new RegionEndpoints("https://sellingpartnerapi-na.amazon.com", "https://sellercentral.amazon.com"),
                "EU", new RegionEndpoints("https://sellingpartnerapi-eu.amazon.com", "https://sellercentral-europe.amazon.com"),
                "FE", new RegionEndpoints("https://sellingpartnerapi-fe.amazon.com", "https://sellercentral.amazon.co.jp"));

        public RegionEndpoints region(String region) {
            RegionEndpoints configured = endpoints == null ? null
                    : endpoints.getOrDefault(region.toLowerCase(java.util.Locale.ROOT), endpoints.get(region));
            return configured != null && configured.spApiUrl() != null ? configured : PRODUCTION_ENDPOINTS.get(region);
        }

        public boolean configured() {
            return notBlank(applicationId) || notBlank(clientId) || notBlank(clientSecret);
        }
    }

    /**
     * @param spApiUrl         the regional SP-API host
     * @param sellerCentralUrl the Seller Central host whose {@code /apps/authorize/consent} page sellers authorize on
     */
    public record RegionEndpoints(String spApiUrl, String sellerCentralUrl) {
    }

    static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
