package com.channelhub.support;

import java.nio.file.Path;
import java.time.Duration;

import com.channelhub.config.HubProperties;

/** Hub settings for unit tests that need one, with production defaults but the given Shopify app and no Amazon. */
public final class TestHubProperties {

    private TestHubProperties() {
    }

    public static HubProperties withShopifyApp(String clientId, String clientSecret) {
        return new HubProperties(null, "http://localhost:8080", Path.of("data"), Path.of("routes"),
                new HubProperties.Encryption(null, null), new HubProperties.Api(1_048_576, 5_242_880, 33_554_432),
                shopify(clientId, clientSecret), amazon(null, null, null));
    }

    public static HubProperties.Shopify shopify(String clientId, String clientSecret) {
        return new HubProperties.Shopify(clientId, clientSecret, "read_products", null, null, "https://{shop}", "2026-10");
    }

    public static HubProperties.Amazon amazon(String applicationId, String clientId, String clientSecret) {
        return new HubProperties.Amazon(applicationId, clientId, clientSecret, false,
                "https://api.amazon.com/auth/o2/token", null, Duration.ofSeconds(30), 300);
    }
}
