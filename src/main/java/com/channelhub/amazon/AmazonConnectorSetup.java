package com.channelhub.amazon;

import com.channelhub.config.HubProperties;
import com.channelhub.connector.amazon.AmazonSpComponent;
import com.channelhub.connector.amazon.AmazonSpConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code amazon-sp} component as the hub uses it: the application's LWA credentials and token endpoint, and the
 * sellers' refresh tokens from the hub, and the feed recorder that keeps every submitted feed in the database. The
 * regional SP-API host is chosen per integration by the routes.
 */
@Configuration(proxyBeanMethods = false)
class AmazonConnectorSetup {

    @Bean("amazon-sp")
    AmazonSpComponent amazonSpComponent(HubProperties properties, AmazonSellerCredentials credentials,
            AmazonFeedRecorder feedRecorder) {
        HubProperties.Amazon amazon = properties.amazon();
        AmazonSpConfiguration configuration = new AmazonSpConfiguration();
        configuration.setClientId(amazon.clientId());
        configuration.setClientSecret(amazon.clientSecret());
        configuration.setLwaEndpointUrl(amazon.lwaTokenUrl());
        configuration.setCredentialsProvider(credentials);
        configuration.setFeedListener(feedRecorder);
        configuration.setReportPollDelay(amazon.pollDelay().toMillis());
        configuration.setFeedPollDelay(amazon.pollDelay().toMillis());
        AmazonSpComponent component = new AmazonSpComponent();
        component.setConfiguration(configuration);
        return component;
    }
}
