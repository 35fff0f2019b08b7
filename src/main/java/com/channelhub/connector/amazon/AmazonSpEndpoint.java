package com.channelhub.connector.amazon;

import java.time.Duration;
import java.util.List;

import com.channelhub.connector.amazon.client.AmazonSpAuthorizationException;
import com.channelhub.connector.amazon.client.AmazonSpClient;
import com.channelhub.connector.amazon.client.Backoff;
import com.channelhub.connector.amazon.client.HttpAmazonSpClient;
import com.channelhub.connector.amazon.client.SellerCredentials;
import com.channelhub.connector.amazon.client.Sleeper;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

/**
 * Calls Amazon's Selling Partner API: catalog pulls, listing reads, price pushes by patch or JSON_LISTINGS_FEED,
 * catalog search and LWA token work, with tokens, rate limits and retries handled.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "amazon-sp", title = "Amazon Selling Partner API",
        syntax = "amazon-sp:operation", category = {Category.SAAS}, headersClass = AmazonSpConstants.class)
public class AmazonSpEndpoint extends ScheduledPollEndpoint {

    @UriParam
    private AmazonSpConfiguration configuration;

    private AmazonSpClient client;
    private boolean ownsClient;
    private volatile AmazonSpAuthorizationException authorizationFailure;

    public AmazonSpEndpoint(String uri, AmazonSpComponent component, AmazonSpConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public AmazonSpComponent getComponent() {
        return (AmazonSpComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new AmazonSpProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getOperation() != AmazonSpOperations.listingsPull) {
            throw new IllegalArgumentException("an amazon-sp consumer pulls listings only: use amazon-sp:listingsPull "
                    + "in from(), not amazon-sp:" + configuration.getOperation());
        }
        AmazonSpConsumer consumer = new AmazonSpConsumer(this, processor);
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        client = configuration.getAmazonSpClient();
        if (client == null) {
            client = new HttpAmazonSpClient(new HttpAmazonSpClient.Settings(configuration.effectiveEndpointUrl(),
                    configuration.getLwaEndpointUrl(), configuration.getUserAgent(), configuration.getMaxRetries(),
                    new Backoff(Duration.ofMillis(configuration.getRetryBaseDelay()),
                            Duration.ofMillis(Math.max(configuration.getRetryBaseDelay(), configuration.getRetryMaxDelay()))),
                    Duration.ofMillis(configuration.getConnectTimeout()),
                    Duration.ofMillis(configuration.getResponseTimeout())),
                    getComponent().tokenCache(), getComponent().rateLimiters(),
                    getComponent().feedSubmissionLimiter(), Sleeper.THREAD);
            ownsClient = true;
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (ownsClient && client != null) {
            client.close();
            client = null;
            ownsClient = false;
        }
        super.doStop();
    }

    public AmazonSpConfiguration getConfiguration() {
        return configuration;
    }

    /** The endpoint's options. */
    public void setConfiguration(AmazonSpConfiguration configuration) {
        this.configuration = configuration;
    }

    /**
     * LWA refused credentials for good. Readiness goes DOWN, until a call succeeds again, when the refusal concerns the
     * whole endpoint: its static refresh token, or the application's client id/secret (invalid_client,
     * unauthorized_client). One seller's revoked authorization behind a credentials provider is that integration's
     * problem (re-authorization), not the endpoint's.
     */
    void authorizationFailed(AmazonSpAuthorizationException failure) {
        boolean applicationWide = "invalid_client".equals(failure.getCode())
                || "unauthorized_client".equals(failure.getCode());
        boolean staticCredentials = configuration.getRefreshToken() != null && !configuration.getRefreshToken().isBlank();
        if (applicationWide || staticCredentials) {
            authorizationFailure = failure;
        }
    }

    void authorizationWorked() {
        authorizationFailure = null;
    }

    AmazonSpAuthorizationException authorizationFailure() {
        return authorizationFailure;
    }

    boolean clientReady() {
        return client != null;
    }

    AmazonSpClient client() {
        if (client == null) {
            throw new IllegalStateException("the amazon-sp endpoint is not started");
        }
        return client;
    }

    /** The seller a message is for: the header, else the endpoint's sellerId. */
    String sellerId(Exchange exchange) {
        String header = exchange == null ? null : exchange.getMessage().getHeader(AmazonSpConstants.SELLER_ID, String.class);
        return header == null || header.isBlank() ? configuration.getSellerId() : header;
    }

    /** The marketplaces a message is for: the header, else the endpoint's marketplaceIds. */
    List<String> marketplaceIds(Exchange exchange) {
        String header = exchange == null ? null
                : exchange.getMessage().getHeader(AmazonSpConstants.MARKETPLACE_IDS, String.class);
        AmazonSpConfiguration source = configuration;
        if (header != null && !header.isBlank()) {
            source = configuration.copy();
            source.setMarketplaceIds(header);
        }
        List<String> ids = source.marketplaceIdList();
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("no marketplace id: set marketplaceIds on the endpoint or the "
                    + AmazonSpConstants.MARKETPLACE_IDS + " header");
        }
        return ids;
    }

    /**
     * The credentials for a seller: the static refreshToken (self-authorized use) when configured, else the
     * credentials provider's.
     */
    SellerCredentials credentials(String sellerId) {
        if (configuration.getRefreshToken() != null && !configuration.getRefreshToken().isBlank()) {
            return new SellerCredentials(sellerId, configuration.getClientId(), configuration.getClientSecret(),
                    configuration.getRefreshToken());
        }
        AmazonSpCredentialsProvider provider = configuration.getCredentialsProvider();
        if (provider == null) {
            throw new IllegalStateException("amazon-sp has no credentials: set clientId, clientSecret and "
                    + "refreshToken on the endpoint, or bind an AmazonSpCredentialsProvider");
        }
        if (sellerId == null || sellerId.isBlank()) {
            throw new IllegalArgumentException("amazon-sp needs a seller id: set sellerId on the endpoint or the "
                    + AmazonSpConstants.SELLER_ID + " header");
        }
        SellerCredentials credentials = provider.credentialsFor(sellerId);
        if (credentials == null) {
            throw new IllegalArgumentException("no Amazon credentials for seller " + sellerId);
        }
        return credentials;
    }
}
