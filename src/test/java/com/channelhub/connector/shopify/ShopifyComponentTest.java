package com.channelhub.connector.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.channelhub.connector.shopify.client.ShopifyClient;

class ShopifyComponentTest {

    private static final String SHOP = "component-test.myshopify.com";

    private final CamelContext camel = new DefaultCamelContext();

    @BeforeEach
    void start() {
        camel.start();
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void uriOptionsReachTheEndpointsConfiguration() {
        ShopifyEndpoint endpoint = camel.getEndpoint("shopify:products?shop=" + SHOP + "&pageSize=50"
                + "&variantsPageSize=5&incremental=true&apiVersion=2026-07&accessToken=RAW(shpat_a+b)"
                + "&adminBaseUrl=RAW(http://localhost:8080/sandbox/shopify/{shop})", ShopifyEndpoint.class);

        ShopifyConfiguration configuration = endpoint.getConfiguration();
        assertThat(configuration.getOperation()).isEqualTo(ShopifyOperations.products);
        assertThat(configuration.getPageSize()).isEqualTo(50);
        assertThat(configuration.getVariantsPageSize()).isEqualTo(5);
        assertThat(configuration.isIncremental()).isTrue();
        assertThat(configuration.getApiVersion()).isEqualTo("2026-07");
        assertThat(configuration.getAccessToken()).isEqualTo("shpat_a+b");
        assertThat(endpoint.getServiceUrl()).isEqualTo("http://localhost:8080/sandbox/shopify/" + SHOP);
    }

    @Test
    void anUnknownOperationIsRefusedWithTheKnownOnes() {
        assertThatThrownBy(() -> camel.getEndpoint("shopify:orders?shop=" + SHOP))
                .hasStackTraceContaining("orders");
    }

    @Test
    void endpointsWithTheSameConnectionAndCredentialsShareOneClient() {
        ShopifyEndpoint shop = endpoint("shopify:shop?shop=" + SHOP + "&accessToken=token-1");
        ShopifyEndpoint products = endpoint("shopify:products?shop=" + SHOP + "&accessToken=token-1&pageSize=20");
        ShopifyEndpoint otherToken = endpoint("shopify:shop?shop=" + SHOP + "&accessToken=token-2");

        assertThat(products.getShopifyClient()).isSameAs(shop.getShopifyClient());
        assertThat(otherToken.getShopifyClient()).isNotSameAs(shop.getShopifyClient());
    }

    @Test
    void aSharedClientOutlivesTheFirstEndpointToStopAndIsReplacedAfterTheLast() {
        ShopifyEndpoint first = endpoint("shopify:shop?shop=" + SHOP + "&accessToken=token-3");
        ShopifyEndpoint second = endpoint("shopify:locations?shop=" + SHOP + "&accessToken=token-3");
        ShopifyClient shared = first.getShopifyClient();

        ServiceHelper.stopService(first);
        assertThat(second.getShopifyClient()).isSameAs(shared);

        ServiceHelper.stopService(second);
        ShopifyEndpoint third = endpoint("shopify:prices?shop=" + SHOP + "&accessToken=token-3");
        assertThat(third.getShopifyClient()).isNotSameAs(shared);
    }

    private ShopifyEndpoint endpoint(String uri) {
        ShopifyEndpoint endpoint = camel.getEndpoint(uri, ShopifyEndpoint.class);
        ServiceHelper.startService(endpoint);
        return endpoint;
    }
}
