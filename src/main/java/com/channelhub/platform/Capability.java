package com.channelhub.platform;

/**
 * What a platform connector can do for the hub. A platform declares the capabilities it has and, for those done by
 * a route, the endpoint that does them ({@link PlatformConnector#endpoint(Capability)}); whatever fans out or
 * dispatches by platform asks the {@link ConnectorRegistry} and skips a platform without the capability.
 */
public enum Capability {
    /** The merchant authorizes the hub on the platform (OAuth); endpoint: the install entry point. */
    INSTALL_OAUTH,
    /**
     * Credentials the merchant already holds (a custom-app token, a self-authorized refresh token) are given to the
     * integrations API; endpoint, when the platform proves them: header HubIntegrationId, ends CONNECTED or
     * NEEDS_REAUTH (then the first pull starts).
     */
    INSTALL_TOKEN,
    /** The whole catalog is pulled; endpoint: the pull route (headers HubIntegrationId, HubSyncRunId, HubSyncMode). */
    CATALOG_PULL_FULL,
    /** Only what changed since the last pull is pulled; endpoint as for {@link #CATALOG_PULL_FULL}. */
    CATALOG_PULL_INCREMENTAL,
    /** Prices are set; endpoint: body a list of PriceChange, answer one PriceResult per change. */
    PRICE_PUSH,
    /** Available quantities are set; endpoint: body a list of QuantityChange, answer one QuantityResult per change. */
    INVENTORY_PUSH,
    /**
     * Stock is kept at locations, one of which an integration's quantities go to; endpoint: header HubIntegrationId,
     * answers the account's locations as a list of objects with {@code id}, {@code name} and {@code active}.
     */
    INVENTORY_LOCATIONS,
    /** The platform delivers change webhooks; endpoint: ensures one integration's subscriptions (hourly sweep). */
    WEBHOOKS,
    /** The platform's catalog can be searched. */
    CATALOG_SEARCH,
    /** A cheap authorized call proves an integration works; endpoint: records the integration's health. */
    HEALTH_CHECK,
    /** Credentials age and are kept fresh by a sweep (token refresh, grant verification); endpoint: one integration. */
    CREDENTIALS_SWEEP
}
