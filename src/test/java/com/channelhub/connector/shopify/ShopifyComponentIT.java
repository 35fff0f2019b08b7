package com.channelhub.connector.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.service.ServiceHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.CatalogVariant;
import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.QuantityOutcome;
import com.channelhub.connector.QuantityResult;
import com.channelhub.connector.shopify.client.ShopInfo;
import com.channelhub.connector.shopify.client.ShopLocation;
import com.channelhub.connector.shopify.client.ShopifyApiException;
import com.channelhub.connector.shopify.client.ShopifyCallStats;
import com.channelhub.connector.shopify.client.ShopifyRefreshTokenRejectedException;
import com.channelhub.connector.shopify.client.ShopifyTokenGrant;
import com.channelhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;

/** The shopify: component against the hub's Shopify sandbox, over real HTTP. */
@HubIntegrationTest
class ShopifyComponentIT {

    private static final String CLIENT_ID = "test-shopify-client-id";
    private static final String CLIENT_SECRET = "test-shopify-client-secret-0123456789";

    @LocalServerPort
    int port;
    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate template;

    private ShopifySandboxStores stores;

    @BeforeEach
    void setUp() {
        stores = new ShopifySandboxStores(port);
    }

    @Test
    void aMultiPagePullReturnsEveryProductWithItsVariants() {
        String shop = stores.create("multi", 120, 3, "standard");
        ShopifyEndpoint endpoint = endpoint("products", shop, stores.token(shop), c -> {
            c.setPageSize(50);
            c.setVariantsPageSize(2);
        });
        List<CatalogProduct> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        boolean more = true;
        while (more) {
            String after = cursor;
            Exchange page = template.request(endpoint, e -> e.getMessage().setHeader(ShopifyConstants.CURSOR, after));
            assertThat(page.getException()).isNull();
            all.addAll(products(page.getMessage().getBody()));
            cursor = page.getMessage().getHeader(ShopifyConstants.END_CURSOR, String.class);
            more = page.getMessage().getHeader(ShopifyConstants.HAS_NEXT_PAGE, Boolean.class);
            pages++;
        }

        assertThat(pages).isEqualTo(3);
        assertThat(all).hasSize(120);
        assertThat(all).extracting(CatalogProduct::externalId).doesNotHaveDuplicates();
        // three variants each, inline pages of two: the third came from a nested variants page
        assertThat(all).allSatisfy(p -> assertThat(p.variants()).hasSize(3));
        CatalogVariant variant = all.get(0).variants().get(0);
        assertThat(variant.currency()).isEqualTo("EUR");
        assertThat(variant.price()).isPositive();
        assertThat(variant.sku()).isNotBlank();
        assertThat(variant.inventoryItemId()).startsWith("gid://shopify/InventoryItem/");
    }

    @Test
    void theConsumerPullsTheCatalogThenOnlyWhatChanged() throws Exception {
        String shop = stores.create("incr", 30, 1, "standard");
        ShopifyEndpoint endpoint = endpoint("products", shop, stores.token(shop), c -> {
            c.setPageSize(10);
            c.setIncremental(true);
        });
        endpoint.setDelay(300);
        List<Exchange> pages = new CopyOnWriteArrayList<>();
        String routeId = "shopify-incremental-it-" + shop;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(endpoint).routeId(routeId).process(pages::add);
            }
        });
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> pages.size() >= 3);
            List<CatalogProduct> firstPass = new ArrayList<>();
            pages.subList(0, 3).forEach(p -> firstPass.addAll(products(p.getMessage().getBody())));
            assertThat(firstPass).hasSize(30);
            assertThat(pages.get(2).getMessage().getHeader(ShopifyConstants.LAST_PAGE, Boolean.class)).isTrue();
            assertThat(pages.get(0).getMessage().getHeader(ShopifyConstants.UPDATED_SINCE)).isNull();

            long changedId = Long.parseLong(firstPass.get(7).externalId().replaceAll("\\D", ""));
            stores.updateProduct(shop, changedId, "{\"title\":\"Renamed by the merchant\"}");

            await().atMost(Duration.ofSeconds(30)).until(() -> pages.stream().skip(3).flatMap(
                    p -> products(p.getMessage().getBody()).stream())
                    .anyMatch(p -> "Renamed by the merchant".equals(p.title())));
            Exchange increment = pages.stream().skip(3).filter(p -> products(p.getMessage().getBody()).stream()
                    .anyMatch(x -> "Renamed by the merchant".equals(x.title()))).findFirst().orElseThrow();
            assertThat(increment.getMessage().getHeader(ShopifyConstants.UPDATED_SINCE)).isNotNull();
            assertThat(products(increment.getMessage().getBody())).hasSize(1);
        } finally {
            camel.getRouteController().stopRoute(routeId);
            camel.removeRoute(routeId);
        }
    }

    @Test
    void aPricePushReportsEachChangeIncludingShopifysPartialRefusals() {
        String shop = stores.create("prices", 3, 2, "standard");
        String token = stores.token(shop);
        List<CatalogProduct> catalog = products(template.requestBodyAndHeader(endpoint("products", shop, token, c -> {
        }), null, ShopifyConstants.SHOP, shop));
        CatalogProduct product = catalog.get(0);
        String variantA = product.variants().get(0).externalId();
        String variantB = product.variants().get(1).externalId();
        List<PriceChange> changes = List.of(
                new PriceChange("a", "SKU-A", variantA, product.externalId(), new BigDecimal("23.45"),
                        new BigDecimal("29.99"), "EUR"),
                new PriceChange("b", "SKU-B", "gid://shopify/ProductVariant/999999999", product.externalId(),
                        new BigDecimal("10.00"), null, "EUR"),
                new PriceChange("c", "SKU-C", null, null, new BigDecimal("10.00"), null, "EUR"),
                new PriceChange("d", "SKU-D", variantB, product.externalId(), new BigDecimal("5.55"), null, "EUR"));

        List<PriceResult> results = priceResults(template.requestBody(endpoint("prices", shop, token, c -> {
        }), changes));

        assertThat(results).extracting(PriceResult::itemId).containsExactly("a", "b", "c", "d");
        assertThat(results.get(0).outcome()).isEqualTo(PriceOutcome.APPLIED);
        assertThat(results.get(0).appliedPrice()).isEqualByComparingTo("23.45");
        assertThat(results.get(1).outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(results.get(1).message()).isNotBlank();
        assertThat(results.get(2).outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(results.get(2).code()).isEqualTo(ShopifyPricePush.MISSING_VARIANT_ID);
        assertThat(results.get(3).outcome()).isEqualTo(PriceOutcome.APPLIED);
        long productId = Long.parseLong(product.externalId().replaceAll("\\D", ""));
        JsonNode stored = stores.product(shop, productId);
        assertThat(stored.path("variants").get(0).path("price").asText()).isEqualTo("23.45");
        assertThat(stored.path("variants").get(1).path("price").asText()).isEqualTo("5.55");
    }

    @Test
    void aBulkExportStreamsEveryProductWithItsVariantsReassembled() throws Exception {
        String shop = stores.create("bulk", 250, 2, "standard");
        ShopifyEndpoint endpoint = endpoint("bulkProducts", shop, stores.token(shop), c -> {
            c.setBulkPollInterval(200);
            c.setBulkAssemblyWindow(10);
        });
        Map<String, Integer> variantsByProduct = new ConcurrentHashMap<>();
        String routeId = "shopify-bulk-it-" + shop;
        // as a flow would use it: the export split as a stream, one product at a time
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:" + routeId).routeId(routeId).to(endpoint).split(body()).streaming()
                        .process(e -> {
                            CatalogProduct product = e.getMessage().getBody(CatalogProduct.class);
                            variantsByProduct.merge(product.externalId(), product.variants().size(), Integer::sum);
                        });
            }
        });
        try {
            Exchange answer = template.request("direct:" + routeId, e -> {
            });

            assertThat(answer.getException()).isNull();
            assertThat(answer.getMessage().getHeader(ShopifyConstants.BULK_OPERATION_ID, String.class))
                    .startsWith("gid://shopify/BulkOperation/");
            assertThat(variantsByProduct).hasSize(250);
            assertThat(variantsByProduct.values()).containsOnly(2);
        } finally {
            camel.getRouteController().stopRoute(routeId);
            camel.removeRoute(routeId);
        }
    }

    @Test
    void ensuringWebhookSubscriptionsCreatesTheMissingOnesOnlyOnce() {
        String shop = stores.create("hooks", 1, 1, "standard");
        ShopifyEndpoint endpoint = endpoint("webhookSubscriptions", shop, stores.token(shop),
                c -> c.setWebhookUri("https://hub.example.com/webhooks/shopify"));

        List<WebhookEnsureResult> first = ensureResults(template.requestBody(endpoint,
                List.of("products/update", "app/uninstalled")));
        List<WebhookEnsureResult> second = ensureResults(template.requestBody(endpoint,
                List.of("products/update", "app/uninstalled", "products/delete")));

        assertThat(first).extracting(WebhookEnsureResult::status).containsExactly("CREATED", "CREATED");
        assertThat(second).extracting(WebhookEnsureResult::status).containsExactly("EXISTING", "EXISTING", "CREATED");
        assertThat(second.get(0).subscriptionId()).isEqualTo(first.get(0).subscriptionId());
        assertThat(stores.store(shop).path("webhookSubscriptions")).hasSize(3);
    }

    @Test
    void aRejectedTokenIsRefreshedThroughTheProviderAndTheCallRetriedOnce() {
        String shop = stores.create("refresh", 1, 1, "standard");
        JsonNode pair = stores.expiringToken(shop);
        ShopifyEndpoint oauth = endpoint("refreshToken", shop, null, c -> {
        });
        AtomicInteger refreshes = new AtomicInteger();
        ShopifyAccessTokenProvider provider = new ShopifyAccessTokenProvider() {
            @Override
            public String accessToken(String s) {
                return "shpat_no_longer_valid";
            }

            @Override
            public String refreshAfterUnauthorized(String s, String rejectedToken) {
                refreshes.incrementAndGet();
                ShopifyTokenGrant grant = (ShopifyTokenGrant) template.requestBody(oauth,
                        pair.path("refresh_token").asText());
                return grant.accessToken();
            }
        };
        ShopifyEndpoint shopEndpoint = endpoint("shop", shop, null, c -> c.setAccessTokenProvider(provider));

        ShopInfo info = (ShopInfo) template.requestBody(shopEndpoint, (Object) null);

        assertThat(info.myshopifyDomain()).isEqualTo(shop);
        assertThat(info.currencyCode()).isEqualTo("EUR");
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void aRefreshTokenOfARevokedGrantRaisesTheReauthorizationException() {
        String shop = stores.create("revoked", 1, 1, "standard");
        JsonNode pair = stores.expiringToken(shop);
        stores.control(shop, "/revoke", "{}");

        assertThatThrownBy(() -> template.requestBody(endpoint("refreshToken", shop, null, c -> {
        }), pair.path("refresh_token").asText())).isInstanceOf(CamelExecutionException.class)
                .hasCauseInstanceOf(ShopifyRefreshTokenRejectedException.class);
    }

    @Test
    void aNonExpiringTokenIsMigratedToAnExpiringPair() {
        String shop = stores.create("migrate", 1, 1, "standard");
        String old = stores.token(shop);

        ShopifyTokenGrant grant = (ShopifyTokenGrant) template.requestBody(endpoint("migrateToken", shop, null, c -> {
        }), old);

        assertThat(grant.accessToken()).isNotBlank().isNotEqualTo(old);
        assertThat(grant.refreshToken()).isNotBlank();
        assertThat(grant.accessTokenExpiresAt()).isNotNull();
        assertThat(grant.refreshTokenExpiresAt()).isNotNull();
        assertThat(grant.covers("read_products")).isTrue();
        assertThat(grant.covers("write_products")).isTrue();
    }

    @Test
    void aPullOnAStandardPlanIsPacedToTheBucketAndNeverThrottled() {
        String shop = stores.create("paced", 600, 2, "standard");
        ShopifyEndpoint endpoint = endpoint("products", shop, stores.token(shop), c -> c.setPageSize(100));

        int products = pullAll(endpoint);

        ShopifyCallStats stats = endpoint.getShopifyClient().stats();
        assertThat(products).isEqualTo(600);
        assertThat(stats.throttled()).isZero();
        assertThat(stats.waitedMillis()).as("the bucket ran low, so the client waited for it").isPositive();
        assertThat(stores.counters(shop).path("throttled").asLong()).isZero();
    }

    @Test
    void aFiveThousandProductPullIsNeverThrottled() {
        String shop = stores.create("big", 5000, 2, "plus");
        ShopifyEndpoint endpoint = endpoint("products", shop, stores.token(shop), c -> {
            c.setPageSize(250);
            c.setVariantsPageSize(2);
        });

        int products = pullAll(endpoint);

        ShopifyCallStats stats = endpoint.getShopifyClient().stats();
        assertThat(products).isEqualTo(5000);
        assertThat(stats.throttled()).isZero();
        assertThat(stores.counters(shop).path("throttled").asLong()).isZero();
        assertThat(stats.actualCost()).isEqualTo(stores.counters(shop).path("actualQueryCost").asLong());
    }

    @Test
    void serverErrorsGarbledAnswersAndTimeoutsAreRetriedWithBackoff() {
        String shop = stores.create("faults", 1, 1, "standard");
        ShopifyEndpoint endpoint = endpoint("shop", shop, stores.token(shop), c -> {
            c.setRetryBackoff(50);
            c.setResponseTimeout(1000);
        });
        stores.control(shop, "/faults", "{\"type\":\"server_error\",\"count\":2,\"status\":502}");
        stores.control(shop, "/faults", "{\"type\":\"malformed_json\",\"count\":1}");
        stores.control(shop, "/faults", "{\"type\":\"slow\",\"count\":1,\"delayMillis\":3000}");

        ShopInfo info = (ShopInfo) template.requestBody(endpoint, (Object) null);

        assertThat(info.myshopifyDomain()).isEqualTo(shop);
        assertThat(endpoint.getShopifyClient().stats().retries()).isEqualTo(4);
    }

    @Test
    void anEmptiedBucketIsWaitedOutAfterOneThrottledAnswerAndNeverAgain() {
        String shop = stores.create("drained", 300, 1, "standard");
        ShopifyEndpoint endpoint = endpoint("products", shop, stores.token(shop), c -> c.setPageSize(100));
        stores.control(shop, "/bucket/drain", "{}");

        int products = pullAll(endpoint);

        assertThat(products).isEqualTo(300);
        // the client knew nothing of the bucket before the first answer; afterwards it paces itself
        assertThat(endpoint.getShopifyClient().stats().throttled()).isEqualTo(1);
    }

    @Test
    void aFailedBulkExportIsReportedNotReadAsACompleteCatalog() {
        String shop = stores.create("bulkfail", 20, 1, "standard");
        stores.control(shop, "/faults", "{\"type\":\"bulk_failure\",\"count\":1}");
        ShopifyEndpoint endpoint = endpoint("bulkProducts", shop, stores.token(shop), c -> c.setBulkPollInterval(200));

        assertThatThrownBy(() -> template.requestBody(endpoint, (Object) null))
                .isInstanceOf(CamelExecutionException.class)
                .hasRootCauseInstanceOf(ShopifyApiException.class)
                .rootCause().hasMessageContaining("FAILED");
    }

    @Test
    void anInventoryPushSetsQuantitiesAtThePrimaryLocationAndRetriesAStaleCompareAfterReReading() {
        String shop = stores.create("inventory", 1, 3, "standard");
        String token = stores.token(shop);
        CatalogProduct product = products(template.requestBodyAndHeader(endpoint("products", shop, token, c -> {
        }), null, ShopifyConstants.SHOP, shop)).get(0);
        CatalogVariant current = product.variants().get(0);
        CatalogVariant stale = product.variants().get(1);
        List<QuantityChange> changes = List.of(
                new QuantityChange("a", current.sku(), current.inventoryItemId(), current.quantity() + 5,
                        current.quantity(), null),
                new QuantityChange("b", stale.sku(), stale.inventoryItemId(), 42, stale.quantity() + 100, null),
                new QuantityChange("c", "SKU-C", "gid://shopify/InventoryItem/1", 3, null, null));

        List<QuantityResult> results = quantityResults(template.requestBody(endpoint("inventory", shop, token, c -> {
        }), changes));

        assertThat(results).extracting(QuantityResult::itemId).containsExactly("a", "b", "c");
        assertThat(results.get(0).outcome()).isEqualTo(QuantityOutcome.APPLIED);
        assertThat(results.get(0).appliedQuantity()).isEqualTo(current.quantity() + 5);
        assertThat(results.get(1).outcome()).isEqualTo(QuantityOutcome.APPLIED);
        assertThat(results.get(1).message()).contains("stale", "Shopify held " + stale.quantity());
        assertThat(results.get(2).outcome()).isEqualTo(QuantityOutcome.REJECTED);
        assertThat(results.get(2).code()).isEqualTo("INVALID_INVENTORY_ITEM");
        long productId = Long.parseLong(product.externalId().replaceAll("\\D", ""));
        JsonNode stored = stores.product(shop, productId).path("variants");
        assertThat(stored.get(0).path("inventory_quantity").asInt()).isEqualTo(current.quantity() + 5);
        assertThat(stored.get(1).path("inventory_quantity").asInt()).isEqualTo(42);
    }

    @Test
    void locationsListTheShopsLocations() {
        String shop = stores.create("locations", 1, 1, "standard");

        List<ShopLocation> locations = locationList(template.requestBody(endpoint("locations", shop,
                stores.token(shop), c -> {
                }), (Object) null));

        assertThat(locations).isNotEmpty();
        assertThat(locations.get(0).id()).startsWith("gid://shopify/Location/");
    }

    private int pullAll(ShopifyEndpoint endpoint) {
        int count = 0;
        String cursor = null;
        boolean more = true;
        while (more) {
            String after = cursor;
            Exchange page = template.request(endpoint, e -> e.getMessage().setHeader(ShopifyConstants.CURSOR, after));
            assertThat(page.getException()).isNull();
            count += products(page.getMessage().getBody()).size();
            cursor = page.getMessage().getHeader(ShopifyConstants.END_CURSOR, String.class);
            more = page.getMessage().getHeader(ShopifyConstants.HAS_NEXT_PAGE, Boolean.class);
        }
        return count;
    }

    /** An endpoint of its own (not in the registry, so no provider leaks into other tests' endpoints). */
    private ShopifyEndpoint endpoint(String operation, String shop, String token,
            Consumer<ShopifyConfiguration> options) {
        ShopifyComponent component = camel.getComponent("shopify", ShopifyComponent.class);
        ShopifyConfiguration configuration = new ShopifyConfiguration();
        configuration.setOperation(ShopifyOperations.valueOf(operation));
        configuration.setShop(shop);
        configuration.setAccessToken(token);
        configuration.setAdminBaseUrl(stores.adminBaseUrl());
        configuration.setClientId(CLIENT_ID);
        configuration.setClientSecret(CLIENT_SECRET);
        options.accept(configuration);
        ShopifyEndpoint endpoint = new ShopifyEndpoint("shopify:" + operation + "?it=" + shop + "-"
                + System.nanoTime(), component, configuration);
        endpoint.setCamelContext(camel);
        try {
            camel.addEndpoint(endpoint.getEndpointUri(), endpoint);
            ServiceHelper.startService(endpoint);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return endpoint;
    }

    @SuppressWarnings("unchecked")
    private static List<CatalogProduct> products(Object body) {
        return (List<CatalogProduct>) body;
    }

    @SuppressWarnings("unchecked")
    private static List<ShopLocation> locationList(Object body) {
        return (List<ShopLocation>) body;
    }

    @SuppressWarnings("unchecked")
    private static List<QuantityResult> quantityResults(Object body) {
        return (List<QuantityResult>) body;
    }

    @SuppressWarnings("unchecked")
    private static List<PriceResult> priceResults(Object body) {
        return (List<PriceResult>) body;
    }

    @SuppressWarnings("unchecked")
    private static List<WebhookEnsureResult> ensureResults(Object body) {
        return (List<WebhookEnsureResult>) body;
    }
}
