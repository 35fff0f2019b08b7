package com.channelhub.shopify;

import com.channelhub.config.HubProperties;
import com.channelhub.connector.shopify.ShopifyComponent;
import com.channelhub.connector.shopify.ShopifyConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The {@code shopify} component as the hub uses it: its app credentials, Admin host and tokens from the hub. */
@Configuration(proxyBeanMethods = false)
class ShopifyConnectorSetup {

    @Bean("shopify")
    ShopifyComponent shopifyComponent(HubProperties properties, ShopifyAccessTokens tokens) {
        HubProperties.Shopify shopify = properties.shopify();
        ShopifyConfiguration configuration = new ShopifyConfiguration();
        configuration.setClientId(shopify.clientId());
        configuration.setClientSecret(shopify.clientSecret());
        configuration.setAdminBaseUrl(shopify.adminBaseUrl());
        configuration.setApiVersion(shopify.apiVersion());
        configuration.setAccessTokenProvider(tokens);
        ShopifyComponent component = new ShopifyComponent();
        component.setConfiguration(configuration);
        return component;
    }
}
