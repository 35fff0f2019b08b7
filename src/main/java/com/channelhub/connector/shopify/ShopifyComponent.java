package com.channelhub.connector.shopify;

import java.util.Arrays;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/** The {@code shopify:} component: Shopify's Admin API (GraphQL and OAuth) as Camel endpoints. */
@Component("shopify")
public class ShopifyComponent extends HealthCheckComponent {

    @Metadata
    private ShopifyConfiguration configuration = new ShopifyConfiguration();

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
