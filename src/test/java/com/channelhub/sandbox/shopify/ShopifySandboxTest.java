package com.channelhub.sandbox.shopify;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.channelhub.support.HubIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The hub with its Shopify sandbox on timings that fit a test: webhook retries in milliseconds, quick bulk steps.
 * Every sandbox test uses exactly these settings, so they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@HubIntegrationTest
@TestPropertySource(properties = {
        // price batches are dispatched by the main test context only: it owns their sandbox
        "hub.price-batches.dispatch-enabled=false",
        
        "hub.sandbox.shopify.webhooks.retry-initial-delay=20ms",
        // these tests look at the consent page itself
        "hub.sandbox.shopify.auto-approve=false",
        "hub.sandbox.shopify.webhooks.response-timeout=2s",
        "hub.sandbox.shopify.bulk.start-delay=50ms",
        "hub.sandbox.shopify.bulk.chunk-size=40",
        "hub.sandbox.shopify.authorization-code-ttl=2s",
        "hub.sandbox.shopify.plans.trickle.maximum-available=1000",
        "hub.sandbox.shopify.plans.trickle.restore-rate=1",
        "hub.sandbox.shopify.plans.trickle.display-name=Trickle"})
@interface ShopifySandboxTest {
}
