package com.channelhub.connector.shopify.client;

import static com.channelhub.connector.shopify.client.FakeShopify.SHOP;
import static com.channelhub.connector.shopify.client.FakeShopify.cost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.shopify.ShopifyAccessTokenProvider;
import com.channelhub.connector.shopify.client.FakeShopify.Reply;

class ShopifyHttpClientTest {

    private FakeShopify shopify;
    private FakeShopify.PacedClient paced;

    @BeforeEach
    void start() throws Exception {
        shopify = new FakeShopify();
        paced = shopify.client(ShopifyAccessTokenProvider.fixed("token-1"));
    }

    @AfterEach
    void stop() {
        paced.client().close();
        shopify.close();
    }

    @Test
    void aThrottledAnswerIsWaitedOutForTheMissingPointsAndRetried() {
        AtomicInteger calls = new AtomicInteger();
        shopify.answer(r -> calls.incrementAndGet() == 1 ? Reply.ok(FakeShopify.throttled(402, 2, 50))
                : Reply.ok(FakeShopify.shopData(500)));

        ShopInfo shop = paced.client().shop(SHOP);

        assertThat(shop.currencyCode()).isEqualTo("EUR");
        assertThat(paced.clock().waits).containsExactly(8_000L);
        assertThat(paced.client().stats().throttled()).isEqualTo(1);
        assertThat(paced.client().stats().requests()).isEqualTo(2);
    }

    @Test
    void http429IsTreatedLikeThrottled() {
        AtomicInteger calls = new AtomicInteger();
        shopify.answer(r -> calls.incrementAndGet() == 1 ? new Reply(429, FakeShopify.throttled(101, 1, 100))
                : Reply.ok(FakeShopify.shopData(500)));

        paced.client().shop(SHOP);

        assertThat(paced.clock().waits).containsExactly(1_000L);
        assertThat(paced.client().stats().throttled()).isEqualTo(1);
    }

    @Test
    void throttlingIsRetriedOnlyABoundedNumberOfTimes() {
        shopify.answer(r -> Reply.ok(FakeShopify.throttled(100, 0, 50)));

        assertThatThrownBy(() -> paced.client().shop(SHOP)).isInstanceOf(ShopifyUnavailableException.class)
                .hasMessageContaining("throttling");
        assertThat(shopify.requests).hasSize(4);
    }

    @Test
    void theNextCallWaitsForTheBucketToHoldWhatThatKindOfQueryCosts() {
        shopify.answer(r -> Reply.ok("{\"data\":{\"shop\":{\"currencyCode\":\"EUR\"}}," + cost(400, 3, 1000, 50, 100)
                + "}"));

        paced.client().shop(SHOP);
        paced.client().shop(SHOP);

        // Shopify said the query asks for 400 points and 50 are left: 350 missing at 100/s
        assertThat(paced.clock().waits).containsExactly(3_500L);
        assertThat(paced.client().stats().throttled()).isZero();
        assertThat(paced.client().stats().actualCost()).isEqualTo(6);
    }

    @Test
    void aTooCostlyPageIsNeverRetriedAsIsButAskedForInHalves() {
        shopify.answer(r -> {
            int first = r.body().path("variables").path("first").asInt();
            if (first > 10) {
                return Reply.ok("{\"errors\":[{\"message\":\"Query cost is " + (first * 50) + ", which exceeds the "
                        + "single query max cost limit (1000).\",\"extensions\":{\"code\":\"MAX_COST_EXCEEDED\","
                        + "\"cost\":" + (first * 50) + ",\"maxCost\":1000}}]}");
            }
            return Reply.ok(productsPage(first, false));
        });

        ProductPage page = paced.client().products(SHOP, new ProductPageRequest(40, 10, null, null));

        List<Integer> asked = shopify.requests.stream().map(r -> r.body().path("variables").path("first").asInt())
                .toList();
        assertThat(asked).containsExactly(40, 20, 10);
        assertThat(page.pageSizeUsed()).isEqualTo(10);
        assertThat(page.products()).hasSize(10);
        assertThat(paced.client().stats().throttled()).isZero();

        paced.client().products(SHOP, new ProductPageRequest(40, 10, page.endCursor(), null));
        assertThat(shopify.requests.get(3).body().path("variables").path("first").asInt()).isEqualTo(10);
    }

    @Test
    void aProductWithMoreVariantsThanOnePageHasTheRestPagedIn() {
        shopify.answer(r -> {
            String query = r.body().path("query").asText();
            if (query.contains("ProductVariants")) {
                String after = r.body().path("variables").path("after").asText();
                boolean last = after.equals("v-cursor-2");
                return Reply.ok("{\"data\":{\"product\":{\"variants\":{\"pageInfo\":{\"hasNextPage\":" + !last
                        + ",\"endCursor\":\"v-cursor-2\"},\"edges\":[" + variant(last ? 4 : 3) + "]}}},"
                        + cost(502, 5, 1000, 900, 50) + "}");
            }
            return Reply.ok("{\"data\":{\"shop\":{\"currencyCode\":\"EUR\"},\"products\":{\"pageInfo\":"
                    + "{\"hasNextPage\":false,\"endCursor\":\"p1\"},\"edges\":[{\"node\":{\"id\":\"gid://shopify/"
                    + "Product/1\",\"title\":\"Shirt\",\"vendor\":\"Acme\",\"status\":\"ACTIVE\",\"updatedAt\":"
                    + "\"2026-01-01T00:00:00Z\",\"variants\":{\"pageInfo\":{\"hasNextPage\":true,\"endCursor\":"
                    + "\"v-cursor-1\"},\"edges\":[" + variant(1) + "," + variant(2) + "]}}}]}},"
                    + cost(60, 10, 1000, 900, 50) + "}");
        });

        ProductPage page = paced.client().products(SHOP, new ProductPageRequest(10, 2, null, null));

        CatalogProduct product = page.products().get(0);
        assertThat(product.variants()).extracting(v -> v.externalId()).containsExactly(
                "gid://shopify/ProductVariant/1", "gid://shopify/ProductVariant/2", "gid://shopify/ProductVariant/3",
                "gid://shopify/ProductVariant/4");
        assertThat(product.variants().get(0).currency()).isEqualTo("EUR");
        assertThat(product.variants().get(0).price()).isEqualByComparingTo("19.99");
        assertThat(product.variants().get(0).inventoryItemId()).isEqualTo("gid://shopify/InventoryItem/1");
    }

    @Test
    void a401AsksTheProviderOnceForAFreshTokenAndRetries() {
        AtomicInteger refreshes = new AtomicInteger();
        paced.client().close();
        paced = shopify.client(new ShopifyAccessTokenProvider() {
            @Override
            public String accessToken(String shop) {
                return "expired";
            }

            @Override
            public String refreshAfterUnauthorized(String shop, String rejectedToken) {
                refreshes.incrementAndGet();
                return "fresh";
            }
        });
        shopify.answer(r -> "fresh".equals(r.token()) ? Reply.ok(FakeShopify.shopData(900))
                : new Reply(401, "{\"errors\":\"[API] Invalid API key or access token (unrecognized login or wrong "
                        + "password)\"}"));

        ShopInfo shop = paced.client().shop(SHOP);

        assertThat(shop.name()).isEqualTo("Test");
        assertThat(refreshes).hasValue(1);
        assertThat(shopify.requests).extracting(FakeShopify.Request::token).containsExactly("expired", "fresh");
    }

    @Test
    void a401WithNoFreshTokenFailsAsAnAuthorizationProblem() {
        shopify.answer(r -> new Reply(401, "{\"errors\":\"[API] Invalid API key or access token\"}"));

        assertThatThrownBy(() -> paced.client().shop(SHOP)).isInstanceOf(ShopifyAuthorizationException.class)
                .hasMessageContaining("authorize the app again");
        assertThat(shopify.requests).hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoff() {
        AtomicInteger calls = new AtomicInteger();
        shopify.answer(r -> calls.incrementAndGet() <= 2 ? new Reply(503, "") : Reply.ok(FakeShopify.shopData(900)));

        paced.client().shop(SHOP);

        assertThat(paced.clock().waits).containsExactly(100L, 200L);
    }

    @Test
    void persistentServerErrorsGiveUpAfterMaxRetries() {
        shopify.answer(r -> new Reply(502, "<html>Bad gateway</html>"));

        assertThatThrownBy(() -> paced.client().shop(SHOP)).isInstanceOf(ShopifyUnavailableException.class);
        assertThat(shopify.requests).hasSize(4);
    }

    @Test
    void priceUpdateSendsOneProductsVariantsWithPartialUpdatesAllowed() {
        shopify.answer(r -> Reply.ok("{\"data\":{\"productVariantsBulkUpdate\":{\"productVariants\":[{\"id\":"
                + "\"gid://shopify/ProductVariant/1\",\"price\":\"12.50\",\"compareAtPrice\":null}],\"userErrors\":"
                + "[{\"field\":[\"variants\",\"1\",\"price\"],\"code\":\"INVALID_INPUT\",\"message\":\"Price is "
                + "invalid\"}]}}," + cost(11, 11, 1000, 980, 50) + "}"));

        VariantPriceUpdate update = paced.client().updateVariantPrices(SHOP, "gid://shopify/Product/1", List.of(
                new VariantPriceInput("gid://shopify/ProductVariant/1", new BigDecimal("12.50"), null),
                new VariantPriceInput("gid://shopify/ProductVariant/2", new BigDecimal("9.00"), new BigDecimal("11"))));

        assertThat(shopify.requests.get(0).body().path("query").asText()).contains("allowPartialUpdates: true");
        assertThat(shopify.requests.get(0).body().path("variables").path("variants").get(1).path("compareAtPrice")
                .asText()).isEqualTo("11");
        assertThat(update.productVariants()).hasSize(1);
        assertThat(update.userErrors().get(0).indexIn("variants")).isEqualTo(1);
    }

    @Test
    void codeExchangeAsksForAnExpiringTokenAndReportsExpiries() {
        shopify.answer(r -> Reply.ok("{\"access_token\":\"shpat_new\",\"scope\":\"read_products,write_products\","
                + "\"expires_in\":3600,\"refresh_token\":\"shprt_new\",\"refresh_token_expires_in\":7776000}"));

        ShopifyTokenGrant grant = paced.client().exchangeCode(SHOP, "the-code");

        FakeShopify.Request request = shopify.requests.get(0);
        assertThat(request.path()).endsWith("/admin/oauth/access_token");
        assertThat(request.body().path("expiring").asText()).isEqualTo("1");
        assertThat(request.body().path("code").asText()).isEqualTo("the-code");
        assertThat(grant.scopes()).containsExactly("read_products", "write_products");
        assertThat(grant.accessTokenExpiresAt()).isNotNull();
        assertThat(grant.refreshToken()).isEqualTo("shprt_new");
        assertThat(grant.toString()).doesNotContain("shpat_new", "shprt_new");
    }

    @Test
    void aRejectedRefreshTokenRaisesTheReauthorizationException() {
        shopify.answer(r -> new Reply(400, "{\"error\":\"invalid_grant\",\"error_description\":\"The refresh token "
                + "is invalid or expired\"}"));

        assertThatThrownBy(() -> paced.client().refreshToken(SHOP, "shprt_old"))
                .isInstanceOf(ShopifyRefreshTokenRejectedException.class)
                .hasMessageContaining("invalid_grant");
        assertThat(shopify.requests.get(0).body().path("grant_type").asText()).isEqualTo("refresh_token");
    }

    @Test
    void tokenMigrationUsesTokenExchange() {
        shopify.answer(r -> Reply.ok("{\"access_token\":\"shpat_exp\",\"scope\":\"read_products\",\"expires_in\":3600,"
                + "\"refresh_token\":\"shprt\",\"refresh_token_expires_in\":7776000}"));

        paced.client().migrateToken(SHOP, "shpat_old");

        FakeShopify.Request request = shopify.requests.get(0);
        assertThat(request.body().path("grant_type").asText())
                .isEqualTo("urn:ietf:params:oauth:grant-type:token-exchange");
        assertThat(request.body().path("subject_token").asText()).isEqualTo("shpat_old");
        assertThat(request.body().path("requested_token_type").asText())
                .isEqualTo("urn:shopify:params:oauth:token-type:offline-access-token");
    }

    @Test
    void aHostThatIsNotAShopifyShopIsNeverCalled() {
        assertThatThrownBy(() -> paced.client().shop("evil.example.com")).isInstanceOf(IllegalArgumentException.class);
        assertThat(shopify.requests).isEmpty();
    }

    private static String productsPage(int count, boolean hasNext) {
        StringBuilder edges = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            if (i > 1) {
                edges.append(',');
            }
            edges.append("{\"node\":{\"id\":\"gid://shopify/Product/").append(i).append("\",\"title\":\"P").append(i)
                    .append("\",\"vendor\":null,\"status\":\"ACTIVE\",\"updatedAt\":\"2026-01-01T00:00:00Z\","
                            + "\"variants\":{\"pageInfo\":{\"hasNextPage\":false,\"endCursor\":null},\"edges\":[")
                    .append(variant(i)).append("]}}}");
        }
        return "{\"data\":{\"shop\":{\"currencyCode\":\"EUR\"},\"products\":{\"pageInfo\":{\"hasNextPage\":" + hasNext
                + ",\"endCursor\":\"cursor-" + count + "\"},\"edges\":[" + edges + "]}}," + cost(400, 50, 1000, 900, 50)
                + "}";
    }

    private static String variant(int i) {
        return "{\"node\":{\"id\":\"gid://shopify/ProductVariant/" + i + "\",\"sku\":\"SKU-" + i + "\",\"title\":"
                + "\"Default\",\"price\":\"19.99\",\"compareAtPrice\":null,\"inventoryQuantity\":5,\"updatedAt\":"
                + "\"2026-01-01T00:00:00Z\",\"inventoryItem\":{\"id\":\"gid://shopify/InventoryItem/" + i + "\"}}}";
    }
}
