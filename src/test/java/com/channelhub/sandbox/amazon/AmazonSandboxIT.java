package com.channelhub.sandbox.amazon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.channelhub.support.HubIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The hub with the Amazon sandbox at Amazon's real rates but with short processing delays, so a feed or report is
 * done in about a second. Every Amazon test class uses exactly these settings and so shares one application context;
 * each test creates its own seller, which gives it its own token buckets and feed-submission window.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@HubIntegrationTest
@TestPropertySource(properties = {
        // price batches are dispatched by the main test context only: it owns their sandbox
        "hub.price-batches.dispatch-enabled=false",
        
        "hub.sandbox.amazon.redirect-uri=https://hub.example.test/api/platforms/amazon/oauth/callback",
        // these tests look at the consent page itself
        "hub.sandbox.amazon.auto-approve=false",
        "hub.sandbox.amazon.listing-apply-delay=1s",
        "hub.sandbox.amazon.feed-queue-delay=300ms",
        "hub.sandbox.amazon.feed-processing-delay=300ms",
        "hub.sandbox.amazon.report-queue-delay=300ms",
        "hub.sandbox.amazon.report-processing-delay=300ms",
        "hub.sandbox.amazon.report-stuck-duration=1h",
        "hub.sandbox.amazon.gzip-reports=true"})
@interface AmazonSandboxIT {
}
