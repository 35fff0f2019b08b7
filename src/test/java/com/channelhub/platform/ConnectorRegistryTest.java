package com.channelhub.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import com.channelhub.config.HubProperties;
import com.channelhub.platform.testshop.TestshopPlatform;
import com.channelhub.support.TestHubProperties;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

class ConnectorRegistryTest {

    private static ConnectorRegistry discovered(HubProperties properties) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("hubProperties", properties);
        DefaultCamelContext camel = new DefaultCamelContext();
        try {
            return new ConnectorRegistry(camel, beans);
        } finally {
            camel.stop();
        }
    }

    private static ConnectorRegistry withShopifyOnly() {
        return discovered(TestHubProperties.withShopifyApp("client-id", "client-secret"));
    }

    @Test
    void platformsAreFoundBesideTheirCamelComponentsIncludingATestOnlyOne() {
        ConnectorRegistry registry = withShopifyOnly();

        assertThat(registry.codes()).containsExactly("AMAZON", "SHOPIFY", "TESTSHOP");
        assertThat(registry.find("testshop")).get().isInstanceOf(TestshopPlatform.class);
    }

    @Test
    void aDescriptorWhoseCamelComponentIsAbsentIsIgnored() {
        // META-INF/services/com/channelhub/platform/ghostshop names a descriptor, but no 'ghostshop' component exists
        assertThat(withShopifyOnly().platforms()).extracting(PlatformConnector::platform).doesNotContain("GHOSTSHOP")
                .doesNotHaveDuplicates();
    }

    @Test
    void aPlatformWithoutItsVariablesIsDisabledNamingThem() {
        ConnectorRegistry registry = withShopifyOnly();

        ConfigurationStatus amazon = registry.find("AMAZON").orElseThrow().configuration();
        assertThat(amazon.state()).isEqualTo(ConfigurationStatus.State.DISABLED);
        assertThat(amazon.missingVariables()).containsExactly("HUB_AMAZON_APPLICATION_ID", "HUB_AMAZON_LWA_CLIENT_ID",
                "HUB_AMAZON_LWA_CLIENT_SECRET");
        assertThat(registry.find("SHOPIFY").orElseThrow().configuration().isConfigured()).isTrue();
        assertThat(registry.configuredPlatforms()).containsExactly("SHOPIFY", "TESTSHOP");
    }

    @Test
    void endpointsComeFromTheConnectorAndAMissingCapabilityAnswersEmpty() {
        ConnectorRegistry registry = withShopifyOnly();

        assertThat(registry.endpoint("shopify", Capability.PRICE_PUSH)).contains("direct:shopify-price-push");
        assertThat(registry.endpoint("AMAZON", Capability.PRICE_PUSH)).contains("direct:amazon-price-push");
        assertThat(registry.supports("TESTSHOP", Capability.PRICE_PUSH)).isFalse();
        assertThat(registry.endpoint("TESTSHOP", Capability.PRICE_PUSH)).isEmpty();
        assertThat(registry.endpoint("shopify", Capability.INVENTORY_PUSH)).contains("direct:shopify-inventory-push");
        assertThat(registry.endpoint("AMAZON", Capability.INVENTORY_PUSH)).contains("direct:amazon-inventory-push");
        assertThat(registry.endpoint("TESTSHOP", Capability.INVENTORY_PUSH)).isEmpty();
        assertThat(registry.endpoint("EBAY", Capability.CATALOG_PULL_FULL)).isEmpty();
        assertThat(registry.find(null)).isEmpty();
    }

    @Test
    void anIncrementalPullFallsBackToTheFullPullWhereThePlatformHasNoIncrementalOne() {
        ConnectorRegistry registry = withShopifyOnly();

        assertThat(registry.pullEndpoint("AMAZON", true)).contains("direct:amazon-listings-pull");
        assertThat(registry.pullEndpoint("SHOPIFY", true)).contains("direct:shopify-product-pull");
        assertThat(registry.pullEndpoint("TESTSHOP", false)).contains("direct:testshop-product-pull");
    }

    @Test
    void aCapabilityDeclaredWithoutAnEndpointIsSupportedButHasNoEndpoint() {
        ConnectorRegistry registry = withShopifyOnly();

        // a Shopify custom-app token is stored as given; Amazon proves a pasted refresh token through a route
        assertThat(registry.supports("SHOPIFY", Capability.INSTALL_TOKEN)).isTrue();
        assertThat(registry.endpoint("SHOPIFY", Capability.INSTALL_TOKEN)).isEmpty();
        assertThat(registry.endpoint("AMAZON", Capability.INSTALL_TOKEN)).contains("direct:amazon-verify-credentials");
    }

    @Test
    void anEndpointOfACapabilityNotDeclaredIsNotHandedOut() {
        PlatformConnector sloppy = new TestshopPlatform() {
            @Override
            public Optional<String> endpoint(Capability capability) {
                return Optional.of("direct:anything");
            }
        };
        ConnectorRegistry registry = new ConnectorRegistry(List.of(sloppy));

        assertThat(registry.endpoint("TESTSHOP", Capability.PRICE_PUSH)).isEmpty();
        assertThat(registry.endpoint("TESTSHOP", Capability.CATALOG_PULL_FULL)).contains("direct:anything");
    }

    @Test
    void twoConnectorsClaimingOnePlatformAreRefused() {
        assertThatThrownBy(() -> new ConnectorRegistry(List.of(new TestshopPlatform(), new TestshopPlatform())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("TESTSHOP is declared twice");
    }
}
