package com.channelhub.connector.amazon;

import java.util.Map;

import com.channelhub.connector.amazon.client.AmazonSpAuthorizationException;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of an {@code amazon-sp} endpoint, answered without calling Amazon (health checks run often; SP-API
 * quotas are small): DOWN while the endpoint has no client or after LWA refused the credentials for good, until a
 * call succeeds again. It only reads the endpoint's state, so it never closes the shared client.
 */
public class AmazonSpHealthCheck extends AbstractHealthCheck {

    private final AmazonSpEndpoint endpoint;

    public AmazonSpHealthCheck(AmazonSpEndpoint endpoint, String id) {
        super("camel", id);
        this.endpoint = endpoint;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("endpoint", endpoint.getEndpointBaseUri());
        if (!endpoint.clientReady()) {
            builder.message("the amazon-sp endpoint is not started").down();
            return;
        }
        AmazonSpAuthorizationException failure = endpoint.authorizationFailure();
        if (failure != null) {
            builder.message(failure.getMessage()).detail("lwa.error", failure.getCode()).down();
            return;
        }
        builder.up();
    }
}
