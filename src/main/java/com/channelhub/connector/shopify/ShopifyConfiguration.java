package com.channelhub.connector.shopify;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

import com.channelhub.connector.shopify.client.ShopifyClient;

/** The options of a shopify: endpoint (and the component's defaults for them). */
@UriParams
public class ShopifyConfiguration implements Cloneable {

    @UriPath(description = "The operation to perform")
    @Metadata(required = true)
    private ShopifyOperations operation;
    @UriParam(label = "common")
    private String shop;
    @UriParam(label = "common", defaultValue = "2026-10")
    private String apiVersion = ShopifyPlatformFacts.DEFAULT_API_VERSION;
    @UriParam(label = "advanced", defaultValue = "https://{shop}")
    private String adminBaseUrl = ShopifyPlatformFacts.DEFAULT_ADMIN_BASE_URL;
    @UriParam(label = "security", secret = true)
    private String accessToken;
    @UriParam(label = "security")
    @Metadata(autowired = true)
    private ShopifyAccessTokenProvider accessTokenProvider;
    @UriParam(label = "security", secret = true)
    private String clientId;
    @UriParam(label = "security", secret = true)
    private String clientSecret;
    @UriParam(label = "advanced")
    @Metadata(autowired = true)
    private ShopifyClient shopifyClient;
    @UriParam(label = "common", defaultValue = "100")
    private int pageSize = 100;
    @UriParam(label = "common", defaultValue = "10")
    private int variantsPageSize = 10;
    @UriParam(label = "common")
    private String updatedSince;
    @UriParam(label = "consumer", defaultValue = "false")
    private boolean incremental = false;
    @UriParam(label = "consumer", defaultValue = "0")
    private int bulkThreshold = 0;
    @UriParam(label = "consumer", defaultValue = "0")
    private int maxMessagesPerPoll = 0;
    @UriParam(label = "advanced", defaultValue = "1000")
    private int bulkAssemblyWindow = 1000;
    @UriParam(label = "advanced", defaultValue = "2000")
    private long bulkPollInterval = 2000;
    @UriParam(label = "advanced", defaultValue = "3600000")
    private long bulkTimeout = 3600000;
    @UriParam(label = "producer")
    private String webhookUri;
    @UriParam(label = "producer")
    private String webhookTopics;
    @UriParam(label = "producer")
    private String locationId;
    @UriParam(label = "producer")
    private String referenceDocumentUri;
    @UriParam(label = "advanced", defaultValue = "5")
    private int maxRetries = 5;
    @UriParam(label = "advanced", defaultValue = "500")
    private long retryBackoff = 500;
    @UriParam(label = "advanced", defaultValue = "10000")
    private long connectTimeout = 10000;
    @UriParam(label = "advanced", defaultValue = "60000")
    private long responseTimeout = 60000;

    public ShopifyOperations getOperation() {
        return operation;
    }

    /**
     * The operation to perform.
     */
    public void setOperation(ShopifyOperations operation) {
        this.operation = operation;
    }

    public String getShop() {
        return shop;
    }

    /**
     * The shop's permanent hostname, e.g. my-store.myshopify.com. Required by the consumer; the producer may take it
     * from the CamelShopifyShop header instead.
     */
    public void setShop(String shop) {
        this.shop = shop;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    /**
     * The Admin API version to pin, e.g. 2026-10. Shopify supports each quarterly version about a year.
     */
    public void setApiVersion(String apiVersion) {
        this.apiVersion = apiVersion;
    }

    public String getAdminBaseUrl() {
        return adminBaseUrl;
    }

    /**
     * The Admin API base URL with a {shop} placeholder. https://{shop} reaches Shopify; the hub's sandbox is
     * http://localhost:8080/sandbox/shopify/{shop}.
     */
    public void setAdminBaseUrl(String adminBaseUrl) {
        this.adminBaseUrl = adminBaseUrl;
    }

    public String getAccessToken() {
        return accessToken;
    }

    /**
     * A fixed Admin API access token (custom apps, tests); when set it wins over an accessTokenProvider. The hub
     * uses an accessTokenProvider instead.
     */
    public void setAccessToken(String accessToken) {
        this.accessToken = accessToken;
    }

    public ShopifyAccessTokenProvider getAccessTokenProvider() {
        return accessTokenProvider;
    }

    /**
     * Supplies access tokens per shop and a fresh one after a 401; used unless a fixed accessToken is set. Looked up
     * in the registry when there is exactly one.
     */
    public void setAccessTokenProvider(ShopifyAccessTokenProvider accessTokenProvider) {
        this.accessTokenProvider = accessTokenProvider;
    }

    public String getClientId() {
        return clientId;
    }

    /**
     * The app's client id, for the OAuth operations (exchangeCode, refreshToken, migrateToken).
     */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /**
     * The app's client secret, for the OAuth operations.
     */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public ShopifyClient getShopifyClient() {
        return shopifyClient;
    }

    /**
     * A ready client to use instead of the component's; the endpoint then neither obtains nor closes one. Without
     * it, endpoints of the component with the same connection settings and credentials share one client, and so one
     * view of each shop's cost bucket.
     */
    public void setShopifyClient(ShopifyClient shopifyClient) {
        this.shopifyClient = shopifyClient;
    }

    public int getPageSize() {
        return pageSize;
    }

    /**
     * Products per page wanted (at most 250). Each page is also kept within Shopify's 1,000-point single-query limit,
     * so with many inline variants fewer are asked for.
     */
    public void setPageSize(int pageSize) {
        this.pageSize = pageSize;
    }

    public int getVariantsPageSize() {
        return variantsPageSize;
    }

    /**
     * Variants fetched inline with each product (at most 250); a product with more has the rest paged in separate
     * calls.
     */
    public void setVariantsPageSize(int variantsPageSize) {
        this.variantsPageSize = variantsPageSize;
    }

    public String getUpdatedSince() {
        return updatedSince;
    }

    /**
     * Only products updated after this ISO-8601 instant, e.g. 2026-01-01T00:00:00Z. For the consumer, the start of the
     * first pass.
     */
    public void setUpdatedSince(String updatedSince) {
        this.updatedSince = updatedSince;
    }

    public boolean isIncremental() {
        return incremental;
    }

    /**
     * After a complete pass, pull only what changed: each later pass asks Shopify's search for products whose
     * updated_at is after the newest updatedAt seen so far (but not after the previous pass began, minus a minute).
     */
    public void setIncremental(boolean incremental) {
        this.incremental = incremental;
    }

    public int getBulkThreshold() {
        return bulkThreshold;
    }

    /**
     * When above 0, a full pass over a catalog of at least this many products runs as a bulk export instead of paged
     * queries. 0 never uses bulk.
     */
    public void setBulkThreshold(int bulkThreshold) {
        this.bulkThreshold = bulkThreshold;
    }

    public int getMaxMessagesPerPoll() {
        return maxMessagesPerPoll;
    }

    /**
     * Pages one poll may deliver before the next poll continues from the kept cursor; 0 reads a whole pass in one
     * poll.
     */
    public void setMaxMessagesPerPoll(int maxMessagesPerPoll) {
        this.maxMessagesPerPoll = maxMessagesPerPoll;
    }

    public int getBulkAssemblyWindow() {
        return bulkAssemblyWindow;
    }

    /**
     * How many products a bulk export's reader keeps open waiting for their variant lines (bounds memory whatever the
     * catalog size).
     */
    public void setBulkAssemblyWindow(int bulkAssemblyWindow) {
        this.bulkAssemblyWindow = bulkAssemblyWindow;
    }

    public long getBulkPollInterval() {
        return bulkPollInterval;
    }

    /**
     * Milliseconds between status checks of a running bulk export.
     */
    public void setBulkPollInterval(long bulkPollInterval) {
        this.bulkPollInterval = bulkPollInterval;
    }

    public long getBulkTimeout() {
        return bulkTimeout;
    }

    /**
     * Milliseconds to wait for a bulk export to finish before failing.
     */
    public void setBulkTimeout(long bulkTimeout) {
        this.bulkTimeout = bulkTimeout;
    }

    public String getWebhookUri() {
        return webhookUri;
    }

    /**
     * webhookSubscriptions: the HTTPS URI Shopify delivers to (the hub's webhook endpoint).
     */
    public void setWebhookUri(String webhookUri) {
        this.webhookUri = webhookUri;
    }

    public String getWebhookTopics() {
        return webhookTopics;
    }

    /**
     * webhookSubscriptions: comma-separated topics to ensure, e.g. products/update,app/uninstalled, when the body has
     * no list.
     */
    public void setWebhookTopics(String webhookTopics) {
        this.webhookTopics = webhookTopics;
    }

    public String getLocationId() {
        return locationId;
    }

    /**
     * inventory: the location GID (gid://shopify/Location/…) to set quantities at; empty for the shop's primary
     * location.
     */
    public void setLocationId(String locationId) {
        this.locationId = locationId;
    }

    public String getReferenceDocumentUri() {
        return referenceDocumentUri;
    }

    /**
     * inventory: a URI saying why the quantities changed, kept by Shopify with each adjustment, e.g.
     * gid://channel-hub/InventoryBatch/…
     */
    public void setReferenceDocumentUri(String referenceDocumentUri) {
        this.referenceDocumentUri = referenceDocumentUri;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /**
     * How often one call is repeated after a THROTTLED answer, a 5xx or a timeout before failing.
     */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryBackoff() {
        return retryBackoff;
    }

    /**
     * Milliseconds to wait after the first 5xx or timeout, doubled on each further attempt (at most 30 s).
     */
    public void setRetryBackoff(long retryBackoff) {
        this.retryBackoff = retryBackoff;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /**
     * TCP connect timeout in milliseconds.
     */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /**
     * Milliseconds to wait for Shopify's answer.
     */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public ShopifyConfiguration copy() {
        try {
            return (ShopifyConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
