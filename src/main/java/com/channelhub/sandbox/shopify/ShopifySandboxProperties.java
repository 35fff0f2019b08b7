package com.channelhub.sandbox.shopify;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Shopify Admin API simulator ({@code hub.sandbox.shopify.*}); read only when
 * {@code hub.sandbox.enabled=true}. Lifetimes and delays are settings so that tests can shrink hours to milliseconds.
 *
 * @param autoApprove                 approve installs without showing the consent page
 * @param authorizationCodeTtl        how long an authorization code can be exchanged (single use)
 * @param accessTokenTtl              lifetime of an expiring offline access token (Shopify: 1 hour)
 * @param refreshTokenTtl             lifetime of a refresh token (Shopify: 90 days)
 * @param previousRefreshTokenGrace   how long a rotated refresh token keeps working while its successor is unused
 *                                    (Shopify: until the new one is first used, at most 30 days)
 * @param throttledStatus             HTTP status of a THROTTLED answer: 200 as Shopify documents it, 429 to test clients
 *                                    against the other behaviour people report
 * @param maxQueryCost                largest requested cost of a single query (Shopify: 1000)
 * @param rejectNonExpiringTokens     answer 403 to Admin API calls with a non-expiring offline token, as Shopify does
 *                                    for public apps created from 1 Apr 2026 and for all public apps from 1 Jan 2027
 * @param plans                       bucket size and restore rate per plan; built-in defaults for standard, advanced,
 *                                    plus and enterprise
 * @param stores                      stores seeded at start-up; one demo store when none is given
 * @param webhooks                    delivery timeouts and retry schedule
 * @param bulk                        pacing of bulk operations
 */
@ConfigurationProperties(prefix = "hub.sandbox.shopify")
public record ShopifySandboxProperties(
        @DefaultValue("false") boolean autoApprove,
        @DefaultValue("10m") Duration authorizationCodeTtl,
        @DefaultValue("1h") Duration accessTokenTtl,
        @DefaultValue("90d") Duration refreshTokenTtl,
        @DefaultValue("30d") Duration previousRefreshTokenGrace,
        @DefaultValue("200") int throttledStatus,
        @DefaultValue("1000") int maxQueryCost,
        @DefaultValue("false") boolean rejectNonExpiringTokens,
        Map<String, Plan> plans,
        List<Store> stores,
        @DefaultValue Webhooks webhooks,
        @DefaultValue Bulk bulk) {

    /**
     * @param maximumAvailable bucket size in cost points
     * @param restoreRate      points restored per second
     * @param displayName      what {@code shop.plan.displayName} answers
     */
    public record Plan(double maximumAvailable, double restoreRate, String displayName) {
    }

    /**
     * @param domain             the full {@code name.myshopify.com} domain
     * @param name               the shop's name
     * @param products           how many products to generate (deterministically), up to 100,000
     * @param variantsPerProduct variants of each generated product (1 to 10)
     * @param plan               standard, advanced, plus or enterprise
     * @param currency           ISO currency code of the shop
     */
    public record Store(String domain, String name, @DefaultValue("300") int products,
            @DefaultValue("2") int variantsPerProduct, @DefaultValue("standard") String plan,
            @DefaultValue("USD") String currency) {
    }

    /**
     * @param connectTimeout        how long a delivery waits for the connection (Shopify: 1 s)
     * @param responseTimeout       how long a delivery waits for the answer (Shopify: 5 s)
     * @param retryInitialDelay     delay before the first retry; each later one doubles it (56 s gives Shopify's
     *                              8 retries over about 4 hours)
     * @param maxRetries            retries of one delivery after the first attempt (Shopify: 8)
     * @param failuresBeforeRemoval consecutive failed attempts after which a subscription is deleted (Shopify: 8)
     * @param complianceUri         where compliance webhooks go when the control call names no URI (the app's
     *                              compliance URL in its configuration)
     * @param shopRedactDelay       how long after an uninstall shop/redact is sent to the compliance URI (Shopify:
     *                              48 hours)
     */
    public record Webhooks(@DefaultValue("1s") Duration connectTimeout, @DefaultValue("5s") Duration responseTimeout,
            @DefaultValue("56s") Duration retryInitialDelay, @DefaultValue("8") int maxRetries,
            @DefaultValue("8") int failuresBeforeRemoval, String complianceUri,
            @DefaultValue("48h") Duration shopRedactDelay) {
    }

    /**
     * @param startDelay how long a bulk operation stays CREATED before it runs
     * @param chunkSize  products written per step
     * @param chunkDelay pause between steps, to make long exports observable
     */
    public record Bulk(@DefaultValue("200ms") Duration startDelay, @DefaultValue("1000") int chunkSize,
            @DefaultValue("0ms") Duration chunkDelay) {
    }

    /** The plan's limits: the configured ones, else the built-in defaults (see {@link ShopifyFacts#DEFAULT_PLANS}). */
    public Plan plan(String name) {
        if (plans != null && plans.containsKey(name)) {
            return plans.get(name);
        }
        return ShopifyFacts.DEFAULT_PLANS.get(name);
    }

    public boolean knownPlan(String name) {
        return name != null && plan(name) != null;
    }

    public List<Store> seededStores() {
        if (stores == null || stores.isEmpty()) {
            return List.of(new Store("demo-store.myshopify.com", "Demo Store", 300, 2, "standard", "USD"));
        }
        return stores;
    }
}
