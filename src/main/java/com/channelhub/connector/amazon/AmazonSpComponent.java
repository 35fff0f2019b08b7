package com.channelhub.connector.amazon;

import java.util.Arrays;
import java.util.Map;

import com.channelhub.connector.amazon.client.FeedSubmissionLimiter;
import com.channelhub.connector.amazon.client.LwaTokenCache;
import com.channelhub.connector.amazon.client.RateLimiters;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;

/**
 * The {@code amazon-sp} component. Holds what all its endpoints share, as Amazon meters it per application and
 * selling partner rather than per route: the LWA token cache, the token buckets and the feed submission window.
 */
@Component("amazon-sp")
public class AmazonSpComponent extends HealthCheckComponent {

    @Metadata
    private AmazonSpConfiguration configuration = new AmazonSpConfiguration();

    private final LwaTokenCache tokenCache = new LwaTokenCache();
    private final RateLimiters rateLimiters = new RateLimiters();
    private final FeedSubmissionLimiter feedSubmissionLimiter = new FeedSubmissionLimiter();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("amazon-sp needs an operation: amazon-sp:operation, one of "
                    + Arrays.toString(AmazonSpOperations.values()));
        }
        AmazonSpConfiguration copy = configuration.copy();
        try {
            copy.setOperation(AmazonSpOperations.valueOf(remaining));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("amazon-sp has no operation '" + remaining + "'; use one of "
                    + Arrays.toString(AmazonSpOperations.values()), e);
        }
        AmazonSpEndpoint endpoint = new AmazonSpEndpoint(uri, this, copy);
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public AmazonSpConfiguration getConfiguration() {
        return configuration;
    }

    /** The component's shared configuration, copied into each endpoint. */
    public void setConfiguration(AmazonSpConfiguration configuration) {
        this.configuration = configuration;
    }

    LwaTokenCache tokenCache() {
        return tokenCache;
    }

    RateLimiters rateLimiters() {
        return rateLimiters;
    }

    FeedSubmissionLimiter feedSubmissionLimiter() {
        return feedSubmissionLimiter;
    }
}
