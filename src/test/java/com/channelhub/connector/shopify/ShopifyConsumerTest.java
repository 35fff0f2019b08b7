package com.channelhub.connector.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.shopify.client.BulkOperation;
import com.channelhub.connector.shopify.client.BulkProductReader;
import com.channelhub.connector.shopify.client.ProductPage;
import com.channelhub.connector.shopify.client.ProductPageRequest;
import com.channelhub.connector.shopify.client.ShopInfo;
import com.channelhub.connector.shopify.client.ShopifyAuthorizationException;
import com.fasterxml.jackson.databind.ObjectMapper;

class ShopifyConsumerTest {

    private static final String SHOP = "consumer-test.myshopify.com";

    /** Two pages of two products; records what it was asked for. */
    private static class TwoPages extends StubShopifyClient {
        final List<ProductPageRequest> requests = new CopyOnWriteArrayList<>();
        final AtomicBoolean closed = new AtomicBoolean();
        volatile boolean revoked;

        @Override
        public ProductPage products(String shop, ProductPageRequest request) {
            requests.add(request);
            if (request.after() == null) {
                return new ProductPage(List.of(product(1, "2026-01-01T00:00:00Z"), product(2, "2026-01-03T00:00:00Z")),
                        true, "cursor-1", request.pageSize());
            }
            return new ProductPage(List.of(product(3, "2026-01-02T00:00:00Z")), false, "cursor-2", request.pageSize());
        }

        @Override
        public ShopInfo shop(String shop) {
            if (revoked) {
                throw new ShopifyAuthorizationException(shop, 401, "Shopify refused the access token");
            }
            return super.shop(shop);
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }

    private final CamelContext camel = new DefaultCamelContext();
    private final TwoPages shopify = new TwoPages();
    private final List<Exchange> pages = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        camel.stop();
    }

    @Test
    void aPollStoppedByMaxMessagesPerPollContinuesFromTheKeptCursor() throws Exception {
        start("shopify:products?shop=" + SHOP + "&shopifyClient=#shopify&maxMessagesPerPoll=1&delay=20"
                + "&initialDelay=0", e -> {
                });

        await().atMost(Duration.ofSeconds(5)).until(() -> pages.size() >= 2);

        assertThat(shopify.requests.get(0).after()).isNull();
        assertThat(shopify.requests.get(1).after()).isEqualTo("cursor-1");
        assertThat(pages.get(0).getMessage().getHeader(ShopifyConstants.LAST_PAGE, Boolean.class)).isFalse();
        assertThat(pages.get(1).getMessage().getHeader(ShopifyConstants.LAST_PAGE, Boolean.class)).isTrue();
        assertThat(pages.get(1).getMessage().getHeader(ShopifyConstants.PAGE_NUMBER, Integer.class)).isEqualTo(2);
        assertThat(pages.get(1).getMessage().getHeader(ShopifyConstants.SHOP)).isEqualTo(SHOP);
    }

    @Test
    void aPageTheRouteFailedIsFetchedAgainByTheNextPoll() throws Exception {
        AtomicInteger secondPageDeliveries = new AtomicInteger();
        start("shopify:products?shop=" + SHOP + "&shopifyClient=#shopify&delay=20&initialDelay=0", e -> {
            if ("cursor-2".equals(e.getMessage().getHeader(ShopifyConstants.END_CURSOR))
                    && secondPageDeliveries.incrementAndGet() == 1) {
                throw new IllegalStateException("database down");
            }
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> secondPageDeliveries.get() >= 2);

        List<String> cursors = shopify.requests.stream().map(ProductPageRequest::after).toList();
        assertThat(cursors.subList(0, 3)).containsExactly(null, "cursor-1", "cursor-1");
    }

    @Test
    void incrementalPassesAskOnlyForProductsUpdatedAfterTheNewestSeen() throws Exception {
        start("shopify:products?shop=" + SHOP + "&shopifyClient=#shopify&incremental=true&delay=20&initialDelay=0",
                e -> {
                });

        await().atMost(Duration.ofSeconds(5)).until(() -> shopify.requests.size() >= 3);

        assertThat(shopify.requests.get(0).updatedSince()).isNull();
        assertThat(shopify.requests.get(1).updatedSince()).isNull();
        assertThat(shopify.requests.get(2).updatedSince()).isEqualTo(Instant.parse("2026-01-03T00:00:00Z"));
        assertThat(shopify.requests.get(2).after()).isNull();
    }

    @Test
    void readinessFollowsWhetherTheShopStillAcceptsTheToken() throws Exception {
        start("shopify:products?shop=" + SHOP + "&shopifyClient=#shopify&delay=60000&initialDelay=0", e -> {
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> pages.size() >= 2);

        HealthCheck.Result ready = readiness();
        assertThat(ready.getState()).isEqualTo(HealthCheck.State.UP);

        shopify.revoked = true;
        camel.getRouteController().stopRoute("pull");
        camel.getRouteController().startRoute("pull");
        HealthCheck.Result revoked = readiness();
        assertThat(revoked.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(revoked.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("access token"));
    }

    @Test
    void anInjectedClientIsNeverClosedByTheEndpoint() throws Exception {
        start("shopify:products?shop=" + SHOP + "&shopifyClient=#shopify&delay=20&initialDelay=0", e -> {
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> pages.size() >= 2);

        camel.stop();

        assertThat(shopify.closed).isFalse();
    }

    @Test
    void theOperationHeaderOverridesTheEndpointsOperation() throws Exception {
        start(null, null);

        Object body = camel.createProducerTemplate().requestBodyAndHeader("shopify:products?shop=" + SHOP
                + "&shopifyClient=#shopify", null, ShopifyConstants.OPERATION, ShopifyOperations.shop);

        assertThat(body).isInstanceOf(ShopInfo.class);
    }

    @Test
    void aFullPassOverALargeCatalogRunsAsABulkExportDeliveredInPages() throws Exception {
        StubShopifyClient bulk = new StubShopifyClient() {
            @Override
            public long productsCount(String shop, Instant updatedSince) {
                return 5;
            }

            @Override
            public BulkOperation startBulkProductsExport(String shop, Instant updatedSince) {
                return new BulkOperation("gid://shopify/BulkOperation/1", "CREATED", null, null, null, 0);
            }

            @Override
            public BulkOperation bulkOperation(String shop, String id) {
                return new BulkOperation(id, "COMPLETED", null, "https://storage.example/export.jsonl", null, 10);
            }

            @Override
            public BulkProductReader openBulkProducts(String shop, String url, String currencyCode, int window) {
                StringBuilder jsonl = new StringBuilder();
                for (int i = 1; i <= 5; i++) {
                    jsonl.append("{\"id\":\"gid://shopify/Product/").append(i).append("\",\"title\":\"P\"}\n");
                    jsonl.append("{\"id\":\"gid://shopify/ProductVariant/").append(i)
                            .append("\",\"price\":\"1.00\",\"__parentId\":\"gid://shopify/Product/").append(i)
                            .append("\"}\n");
                }
                return new BulkProductReader(new BufferedReader(new StringReader(jsonl.toString())),
                        new ObjectMapper(), currencyCode, window, null);
            }
        };
        camel.getRegistry().bind("bulk", bulk);
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("shopify:products?shop=" + SHOP + "&shopifyClient=#bulk&bulkThreshold=3&pageSize=2"
                        + "&bulkPollInterval=1&delay=60000&initialDelay=0").routeId("bulk-pass").process(pages::add);
            }
        });
        camel.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> pages.size() >= 3);

        assertThat(pages).extracting(p -> ((List<?>) p.getMessage().getBody()).size()).containsExactly(2, 2, 1);
        assertThat(pages.get(2).getMessage().getHeader(ShopifyConstants.LAST_PAGE, Boolean.class)).isTrue();
        CatalogProduct first = (CatalogProduct) ((List<?>) pages.get(0).getMessage().getBody()).get(0);
        assertThat(first.variants()).hasSize(1);
        assertThat(first.variants().get(0).currency()).isEqualTo("EUR");
    }

    private HealthCheck.Result readiness() {
        return HealthCheckHelper.invokeReadiness(camel).stream()
                .filter(r -> r.getCheck().getId().equals("shopify-consumer-pull")).findFirst().orElseThrow();
    }

    private void start(String uri, org.apache.camel.Processor processor) throws Exception {
        camel.getRegistry().bind("shopify", shopify);
        if (uri != null) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).routeId("pull").process(processor).process(pages::add);
                }
            });
        }
        camel.start();
    }

    private static CatalogProduct product(int id, String updatedAt) {
        return new CatalogProduct("gid://shopify/Product/" + id, "P" + id, null, "ACTIVE", Instant.parse(updatedAt),
                List.of());
    }

}
