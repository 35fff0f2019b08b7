package com.channelhub.connector.shopify;

import java.time.Duration;

import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.support.ScheduledPollEndpoint;

import com.channelhub.connector.shopify.client.ShopifyClient;
import com.channelhub.connector.shopify.client.ShopifyClientSettings;

/**
 * Reads catalogs from and pushes prices to Shopify stores through the GraphQL Admin API, paced on Shopify's cost
 * bucket; also runs the OAuth token calls.
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "shopify", title = "Shopify", syntax = "shopify:operation",
        category = { Category.SAAS }, headersClass = ShopifyConstants.class)
public class ShopifyEndpoint extends ScheduledPollEndpoint implements EndpointServiceLocation {

    @UriParam
    private ShopifyConfiguration configuration;

    private ShopifyClient client;
    private boolean ownsClient;

    public ShopifyEndpoint(String uri, ShopifyComponent component, ShopifyConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public ShopifyComponent getComponent() {
        return (ShopifyComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new ShopifyProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) throws Exception {
        if (configuration.getShop() == null) {
            throw new IllegalArgumentException("A Shopify consumer needs the shop option, e.g. "
                    + "shopify:products?shop=my-store.myshopify.com");
        }
        ShopifyPlatformFacts.requireShopDomain(configuration.getShop());
        ShopifyConsumer consumer = new ShopifyConsumer(this, processor);
        consumer.setMaxMessagesPerPoll(configuration.getMaxMessagesPerPoll());
        configureConsumer(consumer);
        return consumer;
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        if (client == null) {
            client = configuration.getShopifyClient();
            if (client == null) {
                ShopifyAccessTokenProvider provider = tokenProvider();
                client = getComponent().acquireClient(clientSettings(), provider,
                        provider == configuration.getAccessTokenProvider() ? provider
                                : "token:" + configuration.getAccessToken());
                ownsClient = true;
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (ownsClient && client != null) {
            getComponent().releaseClient(client);
            client = null;
            ownsClient = false;
        }
        super.doStop();
    }

    private ShopifyClientSettings clientSettings() {
        return new ShopifyClientSettings(configuration.getAdminBaseUrl(), configuration.getApiVersion(),
                configuration.getClientId(), configuration.getClientSecret(), configuration.getMaxRetries(),
                Duration.ofMillis(configuration.getConnectTimeout()),
                Duration.ofMillis(configuration.getResponseTimeout()),
                Duration.ofMillis(configuration.getRetryBackoff()));
    }

    /** A fixed token set on the endpoint wins over a provider (which may have been autowired). */
    private ShopifyAccessTokenProvider tokenProvider() {
        if (configuration.getAccessToken() == null && configuration.getAccessTokenProvider() != null) {
            return configuration.getAccessTokenProvider();
        }
        return ShopifyAccessTokenProvider.fixed(configuration.getAccessToken());
    }

    /** Where the endpoint calls, for Camel's service location listing; the shop may come per message instead. */
    @Override
    public String getServiceUrl() {
        String shop = configuration.getShop();
        return shop == null ? configuration.getAdminBaseUrl() : configuration.getAdminBaseUrl().replace("{shop}", shop);
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    /**
     * The client in use: injected, or obtained from the component when the endpoint started (shared with the
     * component's other endpoints that have the same connection settings and credentials).
     */
    public ShopifyClient getShopifyClient() {
        return client;
    }

    public ShopifyConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The endpoint's options.
     */
    public void setConfiguration(ShopifyConfiguration configuration) {
        this.configuration = configuration;
    }
}
