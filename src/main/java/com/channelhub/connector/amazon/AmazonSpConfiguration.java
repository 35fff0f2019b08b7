package com.channelhub.connector.amazon;

import java.util.Arrays;
import java.util.List;

import com.channelhub.connector.amazon.client.AmazonSpClient;
import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;
import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts.Region;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;
import org.apache.camel.spi.UriPath;

/** The options of an {@code amazon-sp} endpoint. */
@UriParams
public class AmazonSpConfiguration implements Cloneable {

    @UriPath(description = "The operation to perform")
    @Metadata(required = true)
    private AmazonSpOperations operation;

    @UriParam(label = "common", defaultValue = "NA")
    private Region region = Region.NA;
    @UriParam(label = "common", defaultValue = "ATVPDKIKX0DER")
    private String marketplaceIds = "ATVPDKIKX0DER";
    @UriParam(label = "common")
    private String sellerId;
    @UriParam(label = "common")
    private String endpointUrl;
    @UriParam(label = "common", defaultValue = "en_US")
    private String issueLocale = "en_US";
    @UriParam(label = "common", defaultValue = "ChannelHub/0.1 (Language=Java/17)")
    private String userAgent = "ChannelHub/0.1 (Language=Java/17)";

    @UriParam(label = "security", defaultValue = AmazonSpPlatformFacts.LWA_TOKEN_URL)
    private String lwaEndpointUrl = AmazonSpPlatformFacts.LWA_TOKEN_URL;
    @UriParam(label = "security", secret = true)
    private String clientId;
    @UriParam(label = "security", secret = true)
    private String clientSecret;
    @UriParam(label = "security", secret = true)
    private String refreshToken;
    @UriParam(label = "security")
    private String redirectUri;

    @UriParam(label = "producer", defaultValue = "1500")
    private int patchThreshold = AmazonSpPlatformFacts.PATCH_THRESHOLD;
    @UriParam(label = "producer,advanced", defaultValue = "25000")
    private int feedMaxMessages = AmazonSpPlatformFacts.FEED_MAX_MESSAGES;
    @UriParam(label = "producer", defaultValue = "30s", javaType = "java.time.Duration")
    private long feedPollDelay = 30_000;
    @UriParam(label = "producer", defaultValue = "60m", javaType = "java.time.Duration")
    private long feedPollTimeout = 3_600_000;
    @UriParam(label = "common", defaultValue = "30s", javaType = "java.time.Duration")
    private long reportPollDelay = 30_000;
    @UriParam(label = "common", defaultValue = "45m", javaType = "java.time.Duration")
    private long reportPollTimeout = 2_700_000;
    @UriParam(label = "producer", defaultValue = "channelhub-health-probe")
    private String healthCheckSku = "channelhub-health-probe";
    @UriParam(label = "consumer", defaultValue = "500")
    private int batchSize = 500;
    @UriParam(label = "consumer", defaultValue = "6h", javaType = "java.time.Duration")
    private long pullInterval = 21_600_000;

    @UriParam(label = "advanced", defaultValue = "5")
    private int maxRetries = 5;
    @UriParam(label = "advanced", defaultValue = "1s", javaType = "java.time.Duration")
    private long retryBaseDelay = 1_000;
    @UriParam(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration")
    private long retryMaxDelay = 60_000;
    @UriParam(label = "advanced", defaultValue = "10s", javaType = "java.time.Duration")
    private long connectTimeout = 10_000;
    @UriParam(label = "advanced", defaultValue = "60s", javaType = "java.time.Duration")
    private long responseTimeout = 60_000;

    @UriParam(label = "advanced")
    @Metadata(autowired = true)
    private AmazonSpClient amazonSpClient;
    @UriParam(label = "security")
    @Metadata(autowired = true)
    private AmazonSpCredentialsProvider credentialsProvider;
    @UriParam(label = "producer")
    @Metadata(autowired = true)
    private AmazonSpFeedListener feedListener;

    public AmazonSpOperations getOperation() {
        return operation;
    }

    /** The operation to perform. */
    public void setOperation(AmazonSpOperations operation) {
        this.operation = operation;
    }

    public Region getRegion() {
        return region;
    }

    /** The selling region (NA, EU, FE); picks the SP-API host unless endpointUrl is set. */
    public void setRegion(Region region) {
        this.region = region;
    }

    public String getMarketplaceIds() {
        return marketplaceIds;
    }

    /**
     * Comma-separated marketplace ids (e.g. ATVPDKIKX0DER for the US). Prices are set in the first one, in its
     * currency; reports cover all of them.
     */
    public void setMarketplaceIds(String marketplaceIds) {
        this.marketplaceIds = marketplaceIds;
    }

    public List<String> marketplaceIdList() {
        return marketplaceIds == null ? List.of()
                : Arrays.stream(marketplaceIds.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public String getSellerId() {
        return sellerId;
    }

    /** The selling partner id (merchant token), e.g. A2DEMOSELLER01; overridable per message by CamelAmazonSpSellerId. */
    public void setSellerId(String sellerId) {
        this.sellerId = sellerId;
    }

    public String getEndpointUrl() {
        return endpointUrl;
    }

    /**
     * The SP-API base URL, overriding the region's host (e.g. a simulator such as
     * http://localhost:8080/sandbox/amazon/sp/na, or https://sandbox.sellingpartnerapi-na.amazon.com).
     */
    public void setEndpointUrl(String endpointUrl) {
        this.endpointUrl = endpointUrl;
    }

    /** The endpointUrl when set, else the region's production host. */
    public String effectiveEndpointUrl() {
        return endpointUrl == null || endpointUrl.isBlank() ? region.endpoint() : endpointUrl;
    }

    public String getIssueLocale() {
        return issueLocale;
    }

    /** Locale of the issue messages Amazon returns, e.g. en_US or de_DE. */
    public void setIssueLocale(String issueLocale) {
        this.issueLocale = issueLocale;
    }

    public String getUserAgent() {
        return userAgent;
    }

    /** The user-agent Amazon asks for: application name/version and (Language=…). */
    public void setUserAgent(String userAgent) {
        this.userAgent = userAgent;
    }

    public String getLwaEndpointUrl() {
        return lwaEndpointUrl;
    }

    /** The Login with Amazon token endpoint. */
    public void setLwaEndpointUrl(String lwaEndpointUrl) {
        this.lwaEndpointUrl = lwaEndpointUrl;
    }

    public String getClientId() {
        return clientId;
    }

    /** The LWA client id of the application. */
    public void setClientId(String clientId) {
        this.clientId = clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The LWA client secret of the application (rotate every 180 days). */
    public void setClientSecret(String clientSecret) {
        this.clientSecret = clientSecret;
    }

    public String getRefreshToken() {
        return refreshToken;
    }

    /**
     * A refresh token for self-authorized use and tests. When set it is used for every message; when not, the
     * credentialsProvider supplies each seller's credentials.
     */
    public void setRefreshToken(String refreshToken) {
        this.refreshToken = refreshToken;
    }

    public String getRedirectUri() {
        return redirectUri;
    }

    /** The redirect URI registered for the website authorization workflow (exchangeAuthorizationCode). */
    public void setRedirectUri(String redirectUri) {
        this.redirectUri = redirectUri;
    }

    public int getPatchThreshold() {
        return patchThreshold;
    }

    /** pricePush uses patchListingsItem below this many changes and a JSON_LISTINGS_FEED from there on. */
    public void setPatchThreshold(int patchThreshold) {
        this.patchThreshold = patchThreshold;
    }

    public int getFeedMaxMessages() {
        return feedMaxMessages;
    }

    /** Messages per JSON_LISTINGS_FEED document (Amazon allows at most 25,000); more changes make more feeds. */
    public void setFeedMaxMessages(int feedMaxMessages) {
        this.feedMaxMessages = feedMaxMessages;
    }

    public long getFeedPollDelay() {
        return feedPollDelay;
    }

    /** First wait between getFeed polls; grows by half each poll up to a minute. */
    public void setFeedPollDelay(long feedPollDelay) {
        this.feedPollDelay = feedPollDelay;
    }

    public long getFeedPollTimeout() {
        return feedPollTimeout;
    }

    /** How long to wait for a feed to finish; then its messages are reported FAILED with the feed id. */
    public void setFeedPollTimeout(long feedPollTimeout) {
        this.feedPollTimeout = feedPollTimeout;
    }

    public long getReportPollDelay() {
        return reportPollDelay;
    }

    /** First wait between getReport polls; grows by half each poll up to a minute (the consumer polls on its own schedule). */
    public void setReportPollDelay(long reportPollDelay) {
        this.reportPollDelay = reportPollDelay;
    }

    public long getReportPollTimeout() {
        return reportPollTimeout;
    }

    /** How long a listings report may take before the pull fails; reports often take many minutes. */
    public void setReportPollTimeout(long reportPollTimeout) {
        this.reportPollTimeout = reportPollTimeout;
    }

    public String getHealthCheckSku() {
        return healthCheckSku;
    }

    /**
     * SKU the health operation reads with getListingsItem; a 404 still proves that the credentials and the API work.
     */
    public void setHealthCheckSku(String healthCheckSku) {
        this.healthCheckSku = healthCheckSku;
    }

    public int getBatchSize() {
        return batchSize;
    }

    /** The listingsPull consumer sends products in lists of this many per exchange. */
    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public long getPullInterval() {
        return pullInterval;
    }

    /**
     * The listingsPull consumer requests a new report at most this often (counted from the previous request); the
     * scheduler's delay only sets how often it looks whether a pending report is finished.
     */
    public void setPullInterval(long pullInterval) {
        this.pullInterval = pullInterval;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    /** Retries of a call answered 429 or 5xx, or that timed out, before giving up. */
    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryBaseDelay() {
        return retryBaseDelay;
    }

    /** Backoff before the first retry; doubles each retry, with jitter, up to retryMaxDelay. */
    public void setRetryBaseDelay(long retryBaseDelay) {
        this.retryBaseDelay = retryBaseDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    /** The longest backoff between two retries. */
    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    /** Connect timeout of HTTP calls. */
    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public long getResponseTimeout() {
        return responseTimeout;
    }

    /** Response (socket) timeout of HTTP calls; a timed-out call is retried. */
    public void setResponseTimeout(long responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public AmazonSpClient getAmazonSpClient() {
        return amazonSpClient;
    }

    /** A client to use instead of the endpoint's own HTTP client; the endpoint then never closes it. */
    public void setAmazonSpClient(AmazonSpClient amazonSpClient) {
        this.amazonSpClient = amazonSpClient;
    }

    public AmazonSpCredentialsProvider getCredentialsProvider() {
        return credentialsProvider;
    }

    /** Supplies each seller's LWA credentials when no static refreshToken is configured. */
    public void setCredentialsProvider(AmazonSpCredentialsProvider credentialsProvider) {
        this.credentialsProvider = credentialsProvider;
    }

    public AmazonSpFeedListener getFeedListener() {
        return feedListener;
    }

    /**
     * Hears of every JSON_LISTINGS_FEED a price or inventory push submits, polls and reads, e.g. to record it durably so another
     * instance can finish it when the submitter dies.
     */
    public void setFeedListener(AmazonSpFeedListener feedListener) {
        this.feedListener = feedListener;
    }

    public AmazonSpConfiguration copy() {
        try {
            return (AmazonSpConfiguration) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }
}
