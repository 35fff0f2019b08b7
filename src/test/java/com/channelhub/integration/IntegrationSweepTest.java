package com.channelhub.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.channelhub.platform.ConnectorRegistry;
import com.channelhub.platform.testshop.TestshopPlatform;
import com.channelhub.project.Project;
import com.channelhub.shopify.ShopifyPlatform;
import com.channelhub.support.TestHubProperties;
import org.apache.camel.CamelContext;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@code integration-sweep} route as written in routes/, with stand-ins for the platforms' endpoints. */
class IntegrationSweepTest {

    private final IntegrationRepository integrations = mock(IntegrationRepository.class);
    private CamelContext camel;

    @BeforeEach
    void setUp() throws Exception {
        ConnectorRegistry platforms = new ConnectorRegistry(List.of(
                new ShopifyPlatform(TestHubProperties.withShopifyApp("id", "secret")), new TestshopPlatform()));
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("maintenanceSweeps", new MaintenanceSweeps(integrations, platforms, Clock.systemUTC()));
        camel.getRegistry().bind("deliveryAttemptCounter", (Processor) exchange -> { });
        for (String file : List.of("hub-error-handling.yaml", "integration-sweep.yaml")) {
            PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.resolveResource(camel, "file:routes/" + file));
        }
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // no error handler of its own: a failure reaches the sweep's (hub-error-handling)
                from("direct:shopify-health-check").errorHandler(noErrorHandler()).to("mock:health")
                        .filter(simple("${header.TestSweepFails} == ${body}"))
                        .throwException(new IllegalArgumentException("probe failed"));
                from("direct:dead-letter").to("mock:dead-letters");
            }
        });
        camel.start();
    }

    @AfterEach
    void tearDown() {
        camel.stop();
    }

    private static PlatformIntegration integration(String platform, String account, IntegrationStatus status) {
        PlatformIntegration integration = new PlatformIntegration(mock(Project.class), platform, account, Instant.now());
        integration.changeStatus(status, null, Instant.now());
        return integration;
    }

    @Test
    void eachConnectedIntegrationOfAPlatformWithTheCapabilityIsVisitedThroughItsEndpoint() throws Exception {
        PlatformIntegration shop = integration("SHOPIFY", "a.myshopify.com", IntegrationStatus.CONNECTED);
        PlatformIntegration pending = integration("SHOPIFY", "b.myshopify.com", IntegrationStatus.PENDING);
        PlatformIntegration testshop = integration("TESTSHOP", "test-store", IntegrationStatus.CONNECTED);
        when(integrations.findAll()).thenReturn(List.of(shop, pending, testshop));
        MockEndpoint health = camel.getEndpoint("mock:health", MockEndpoint.class);
        health.expectedBodiesReceived(shop.getId().toString());
        health.expectedHeaderReceived("HubIntegrationId", shop.getId().toString());

        camel.createProducerTemplate().sendBodyAndHeader("direct:integration-sweep", null, "HubSweepCapability",
                "HEALTH_CHECK");

        health.assertIsSatisfied();
    }

    @Test
    void oneIntegrationsFailureGoesToTheDeadLettersAndTheOthersAreStillVisited() throws Exception {
        PlatformIntegration first = integration("SHOPIFY", "a.myshopify.com", IntegrationStatus.CONNECTED);
        PlatformIntegration second = integration("SHOPIFY", "b.myshopify.com", IntegrationStatus.CONNECTED);
        when(integrations.findAll()).thenReturn(List.of(first, second));
        MockEndpoint health = camel.getEndpoint("mock:health", MockEndpoint.class);
        health.expectedBodiesReceived(first.getId().toString(), second.getId().toString());
        MockEndpoint deadLetters = camel.getEndpoint("mock:dead-letters", MockEndpoint.class);
        deadLetters.expectedMessageCount(1);

        camel.createProducerTemplate().send("direct:integration-sweep", exchange -> {
            exchange.getIn().setHeader("HubSweepCapability", "HEALTH_CHECK");
            exchange.getIn().setHeader("TestSweepFails", first.getId().toString());
        });

        MockEndpoint.assertIsSatisfied(health, deadLetters);
    }
}
