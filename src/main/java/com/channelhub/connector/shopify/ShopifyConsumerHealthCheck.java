package com.channelhub.connector.shopify;

import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import com.channelhub.connector.shopify.client.ShopInfo;
import com.channelhub.connector.shopify.client.ShopifyAuthorizationException;
import com.channelhub.connector.shopify.client.ShopifyClient;
import com.channelhub.connector.shopify.client.ShopifyException;
import com.channelhub.connector.shopify.client.ThrottleStatus;

/**
 * Readiness of a Shopify consumer: can it reach its shop with its token? Cheap: it asks Shopify ({@code shop}, a
 * couple of points) only when the consumer has not heard from the shop for a minute, and uses the shared client
 * without ever closing it.
 */
public class ShopifyConsumerHealthCheck extends AbstractHealthCheck {

    private static final long PROBE_INTERVAL_MILLIS = 60_000;

    private final ShopifyConsumer consumer;
    private volatile long lastProbeAt;
    private volatile String lastProbeFailure;

    public ShopifyConsumerHealthCheck(ShopifyConsumer consumer, String routeId) {
        super("camel", "shopify-consumer-" + routeId);
        this.consumer = consumer;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("shop", consumer.shop());
        ShopifyClient client = consumer.client();
        if (client == null) {
            builder.message("The Shopify endpoint is not started").down();
            return;
        }
        Throwable lastError = consumer.lastError();
        if (lastError instanceof ShopifyAuthorizationException) {
            builder.message(lastError.getMessage()).error(lastError).down();
            return;
        }
        ThrottleStatus status = client.throttleStatus(consumer.shop());
        if (status != null) {
            builder.detail("shopify.currentlyAvailable", status.currentlyAvailable());
        }
        String failure = probe(client);
        if (failure != null) {
            builder.message(failure).down();
            return;
        }
        builder.up();
    }

    /** Probes at most once per interval; in between the last probe's verdict stands. */
    private String probe(ShopifyClient client) {
        long now = System.currentTimeMillis();
        if (now - lastProbeAt < PROBE_INTERVAL_MILLIS) {
            return lastProbeFailure;
        }
        lastProbeAt = now;
        try {
            ShopInfo shop = client.shop(consumer.shop());
            lastProbeFailure = shop == null ? "Shopify returned no shop for " + consumer.shop() : null;
        } catch (ShopifyException e) {
            lastProbeFailure = e.getMessage();
        }
        return lastProbeFailure;
    }
}
