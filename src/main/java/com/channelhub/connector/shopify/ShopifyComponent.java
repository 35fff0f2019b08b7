package com.channelhub.connector.shopify;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

import com.channelhub.connector.shopify.client.HttpShopifyClient;
import com.channelhub.connector.shopify.client.ShopifyClient;
import com.channelhub.connector.shopify.client.ShopifyClientSettings;

/** The {@code shopify:} component: Shopify's Admin API (GraphQL and OAuth) as Camel endpoints. */
@Component("shopify")
public class ShopifyComponent extends HealthCheckComponent {

    @Metadata
    private ShopifyConfiguration configuration = new ShopifyConfiguration();

    private final Map<ClientKey, SharedClient> clients = new HashMap<>();

    public ShopifyComponent() {
    }

    public ShopifyComponent(CamelContext context) {
        super(context);
    }

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        ShopifyConfiguration endpointConfiguration = configuration.copy();
        ShopifyEndpoint endpoint = new ShopifyEndpoint(uri, this, endpointConfiguration);
        setProperties(endpoint, parameters);
        if (remaining != null && !remaining.isBlank()) {
            endpointConfiguration.setOperation(
                    getCamelContext().getTypeConverter().mandatoryConvertTo(ShopifyOperations.class, remaining));
        }
        if (endpointConfiguration.getOperation() == null) {
            throw new IllegalArgumentException("A Shopify endpoint needs an operation, e.g. shopify:products; one of "
                    + Arrays.toString(ShopifyOperations.values()));
        }
        return endpoint;
    }

    /**
     * A client for these settings and credentials, shared by every endpoint that asks with the same ones, so that
     * a pull and a price push on one shop pace on one view of its cost bucket. Released with
     * {@link #releaseClient}; the last release closes it.
     */
    synchronized ShopifyClient acquireClient(ShopifyClientSettings settings, ShopifyAccessTokenProvider tokens,
            Object credentialsKey) {
        SharedClient shared = clients.computeIfAbsent(new ClientKey(settings, credentialsKey),
                key -> new SharedClient(new HttpShopifyClient(settings, tokens)));
        shared.users++;
        return shared.client;
    }

    synchronized void releaseClient(ShopifyClient client) {
        clients.entrySet().removeIf(entry -> {
            SharedClient shared = entry.getValue();
            if (shared.client != client || --shared.users > 0) {
                return false;
            }
            shared.client.close();
            return true;
        });
    }

    @Override
    protected synchronized void doStop() throws Exception {
        clients.values().forEach(shared -> shared.client.close());
        clients.clear();
        super.doStop();
    }

    /** Settings plus whose tokens: the provider instance, or the fixed token. */
    private record ClientKey(ShopifyClientSettings settings, Object credentials) {
    }

    private static final class SharedClient {
        final ShopifyClient client;
        int users;

        SharedClient(ShopifyClient client) {
            this.client = client;
        }
    }

    public ShopifyConfiguration getConfiguration() {
        return configuration;
    }

    /**
     * The component's defaults for every endpoint option.
     */
    public void setConfiguration(ShopifyConfiguration configuration) {
        this.configuration = configuration;
    }
}
