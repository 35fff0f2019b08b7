package com.channelhub.sandbox.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ShopifySandboxTest
class ShopifySandboxGraphqlIT {

    static final String PAGE = """
            query Page($after: String, $query: String) {
              products(first: 50, after: $after, query: $query) {
                edges { cursor node { id title updatedAt variants(first: 5) { edges { node { id sku price } } } } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    @LocalServerPort
    int port;
    SandboxShopifyClient shopify;

    @BeforeEach
    void setUp() {
        shopify = new SandboxShopifyClient(port);
    }

    @Test
    void shopAnswersWithItsPlanAndTheCostOfTheQuery() {
        String shop = shopify.createStore("gql", 5, 1, "advanced");
        JsonNode answer = shopify.query(shop, shopify.token(shop),
                "{ shop { id name myshopifyDomain currencyCode plan { displayName } primaryDomain { host } } }", null);

        assertThat(answer.at("/data/shop/myshopifyDomain").asText()).isEqualTo(shop);
        assertThat(answer.at("/data/shop/id").asText()).startsWith("gid://shopify/Shop/");
        assertThat(answer.at("/data/shop/currencyCode").asText()).isEqualTo("USD");
        assertThat(answer.at("/data/shop/plan/displayName").asText()).isEqualTo("Advanced");
        assertThat(answer.at("/data/shop/primaryDomain/host").asText()).isEqualTo(shop);
        JsonNode cost = answer.at("/extensions/cost");
        assertThat(cost.get("requestedQueryCost").asInt()).isEqualTo(3);
        assertThat(cost.get("actualQueryCost").asInt()).isEqualTo(3);
        assertThat(cost.at("/throttleStatus/maximumAvailable").asDouble()).isEqualTo(4000.0);
        assertThat(cost.at("/throttleStatus/restoreRate").asDouble()).isEqualTo(200.0);
        assertThat(cost.at("/throttleStatus/currentlyAvailable").asInt()).isBetween(3990, 4000);
    }

    @Test
    void pagingWithCursorsReturnsEveryProductOnceAndPricesTheConnections() {
        String shop = shopify.createStore("gql", 120, 2, "standard");
        String token = shopify.token(shop);
        Set<String> ids = new HashSet<>();
        List<Integer> actualCosts = new ArrayList<>();
        String after = null;
        int pages = 0;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonNode answer = shopify.query(shop, token, PAGE, variables);
            JsonNode products = answer.at("/data/products");
            products.get("edges").forEach(e -> ids.add(e.at("/node/id").asText()));
            // requested: 2 + 50 × (product 1 + variants 2 + 5 × variant 1)
            assertThat(answer.at("/extensions/cost/requestedQueryCost").asInt()).isEqualTo(402);
            actualCosts.add(answer.at("/extensions/cost/actualQueryCost").asInt());
            after = products.at("/pageInfo/hasNextPage").asBoolean() ? products.at("/pageInfo/endCursor").asText() : null;
            pages++;
        } while (after != null);

        assertThat(pages).isEqualTo(3);
        assertThat(ids).hasSize(120).allMatch(id -> id.startsWith("gid://shopify/Product/"));
        // actual: 2 + n × (product 1 + variants 2 + 2 variants × 1)
        assertThat(actualCosts).containsExactly(252, 252, 102);
        JsonNode counters = shopify.http.get("/sandbox/shopify/_control/stores/" + shop + "/counters", null).json();
        assertThat(counters.get("requests").asInt()).isEqualTo(3);
        assertThat(counters.get("actualQueryCost").asInt()).isEqualTo(606);
    }

    @Test
    void aPriceUpdateShowsUpInAnIncrementalPullByUpdatedAt() {
        String shop = shopify.createStore("gql", 60, 2, "standard");
        String token = shopify.token(shop);
        JsonNode target = shopify.query(shop, token, "{ productVariants(first: 1, query: \"sku:SKU-000042-2\") "
                + "{ nodes { id sku price product { id } } } }", null).at("/data/productVariants/nodes/0");
        assertThat(target.get("sku").asText()).isEqualTo("SKU-000042-2");

        JsonNode update = shopify.query(shop, token, """
                mutation Prices($productId: ID!, $variants: [ProductVariantsBulkInput!]!) {
                  productVariantsBulkUpdate(productId: $productId, variants: $variants) {
                    productVariants { id price compareAtPrice }
                    userErrors { field code message }
                  }
                }""", Map.of("productId", target.at("/product/id").asText(),
                "variants", List.of(Map.of("id", target.get("id").asText(), "price", "19.99", "compareAtPrice", "24.99"))));
        assertThat(update.at("/data/productVariantsBulkUpdate/userErrors")).isEmpty();
        assertThat(update.at("/data/productVariantsBulkUpdate/productVariants/0/price").asText()).isEqualTo("19.99");
        assertThat(update.at("/extensions/cost/requestedQueryCost").asInt()).isEqualTo(11);

        JsonNode changed = shopify.query(shop, token, PAGE,
                Map.of("query", "updated_at:>'2026-01-01T00:00:00Z'")).at("/data/products/edges");
        assertThat(changed).hasSize(1);
        assertThat(changed.get(0).at("/node/id").asText()).isEqualTo(target.at("/product/id").asText());
        assertThat(changed.get(0).at("/node/variants/edges/1/node/price").asText()).isEqualTo("19.99");

        JsonNode bySku = shopify.query(shop, token, PAGE, Map.of("query", "sku:SKU-000042-2")).at("/data/products/edges");
        assertThat(bySku).hasSize(1);
    }

    @Test
    void badVariantInputsGiveShopifyUserErrorsAndPartialUpdatesApplyTheRest() {
        String shop = shopify.createStore("gql", 3, 2, "standard");
        String token = shopify.token(shop);
        JsonNode product = shopify.query(shop, token, "{ products(first: 1) { nodes { id variants(first: 2) "
                + "{ nodes { id price } } } } }", null).at("/data/products/nodes/0");
        String mutation = """
                mutation($productId: ID!, $variants: [ProductVariantsBulkInput!]!, $partial: Boolean) {
                  productVariantsBulkUpdate(productId: $productId, variants: $variants, allowPartialUpdates: $partial) {
                    productVariants { id price }
                    userErrors { field code message }
                  }
                }""";
        List<Map<String, Object>> inputs = List.of(
                Map.of("id", product.at("/variants/nodes/0/id").asText(), "price", "-1.00"),
                Map.of("id", "gid://shopify/ProductVariant/1", "price", "5.00"),
                Map.of("id", product.at("/variants/nodes/1/id").asText(), "price", "7.50"));

        JsonNode strict = shopify.query(shop, token, mutation, Map.of("productId", product.get("id").asText(),
                "variants", inputs, "partial", false)).at("/data/productVariantsBulkUpdate");
        assertThat(strict.get("productVariants").isNull()).isTrue();
        assertThat(strict.get("userErrors")).extracting(e -> e.get("code").asText())
                .containsExactly("GREATER_THAN_OR_EQUAL_TO", "PRODUCT_VARIANT_DOES_NOT_EXIST");
        assertThat(strict.at("/userErrors/0/field").toString()).isEqualTo("[\"variants\",\"0\",\"price\"]");

        JsonNode partial = shopify.query(shop, token, mutation, Map.of("productId", product.get("id").asText(),
                "variants", inputs, "partial", true)).at("/data/productVariantsBulkUpdate");
        assertThat(partial.get("productVariants")).hasSize(1);
        assertThat(partial.at("/productVariants/0/price").asText()).isEqualTo("7.50");

        JsonNode unknownProduct = shopify.query(shop, token, mutation, Map.of("productId", "gid://shopify/Product/1",
                "variants", inputs, "partial", true)).at("/data/productVariantsBulkUpdate/userErrors/0");
        assertThat(unknownProduct.get("code").asText()).isEqualTo("PRODUCT_DOES_NOT_EXIST");
    }

    @Test
    void anEmptyBucketAnswersThrottledShapedLikeShopifyAndIsCounted() {
        String shop = shopify.createStore("gql", 60, 2, "standard");
        String token = shopify.token(shop);
        shopify.control(shop, "/bucket/drain", null);

        HubHttp.Response throttled = shopify.graphql(shop, token, PAGE, null);

        assertThat(throttled.status()).isEqualTo(200);
        JsonNode body = throttled.json();
        assertThat(body.has("data")).isFalse();
        assertThat(body.at("/errors/0/message").asText()).isEqualTo("Throttled");
        assertThat(body.at("/errors/0/extensions/code").asText()).isEqualTo("THROTTLED");
        assertThat(body.at("/errors/0/extensions/documentation").asText()).isEqualTo("https://shopify.dev/api/usage/rate-limits");
        assertThat(body.at("/extensions/cost/requestedQueryCost").asInt()).isEqualTo(402);
        assertThat(body.at("/extensions/cost/actualQueryCost").isNull()).isTrue();
        assertThat(body.at("/extensions/cost/throttleStatus/maximumAvailable").asDouble()).isEqualTo(2000.0);
        assertThat(body.at("/extensions/cost/throttleStatus/currentlyAvailable").asInt()).isLessThan(402);
        assertThat(body.at("/extensions/cost/throttleStatus/restoreRate").asDouble()).isEqualTo(100.0);
        JsonNode counters = shopify.http.get("/sandbox/shopify/_control/stores/" + shop + "/counters", null).json();
        assertThat(counters.get("throttled").asInt()).isEqualTo(1);
    }

    @Test
    void eachCallSpendsItsActualCostUntilTheBucketCannotCoverTheNextRequest() {
        // plan "trickle" (test settings): a 1,000-point bucket restoring 1 point/s
        String shop = shopify.createStore("gql", 60, 2, "trickle");
        String token = shopify.token(shop);
        List<String> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            JsonNode answer = shopify.graphql(shop, token, PAGE, null).json();
            outcomes.add(answer.has("errors") ? answer.at("/errors/0/extensions/code").asText()
                    : answer.at("/extensions/cost/throttleStatus/currentlyAvailable").asText());
        }
        // requested 402 is taken, then 150 refunded (actual 252): 748, 496, 244 left, then 402 no longer fits
        assertThat(outcomes.subList(0, 3)).allSatisfy(left -> assertThat(Integer.parseInt(left)).isBetween(244, 760));
        assertThat(outcomes.get(3)).isEqualTo("THROTTLED");
    }

    @Test
    void aQueryOverAThousandPointsIsRefusedWithMaxCostExceeded() {
        String shop = shopify.createStore("gql", 3, 1, "standard");
        HubHttp.Response response = shopify.graphql(shop, shopify.token(shop),
                "{ products(first: 250) { edges { node { id variants(first: 250) { edges { node { id } } } } } } }", null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode error = response.json().at("/errors/0");
        assertThat(error.at("/extensions/code").asText()).isEqualTo("MAX_COST_EXCEEDED");
        // 2 + 250 × (1 + 2 + 250 × 1)
        assertThat(error.get("message").asText())
                .startsWith("Query cost is 63252, which exceeds the single query max cost limit (1000).");
        assertThat(response.json().at("/extensions/cost/requestedQueryCost").asInt()).isEqualTo(63252);
    }

    @Test
    void callsWithoutAValidTokenAre401AndUnknownShopsAre404() {
        String shop = shopify.createStore("gql", 1, 1, "standard");
        HubHttp.Response none = shopify.graphql(shop, null, "{ shop { name } }", null);
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.json().get("errors").asText())
                .isEqualTo("[API] Invalid API key or access token (unrecognized login or wrong password)");

        String otherShopToken = shopify.token(shopify.createStore("gql", 1, 1, "standard"));
        assertThat(shopify.graphql(shop, otherShopToken, "{ shop { name } }", null).status()).isEqualTo(401);
        assertThat(shopify.graphql("nobody-here.myshopify.com", otherShopToken, "{ shop { name } }", null).status())
                .isEqualTo(404);
    }

    @Test
    void aTokenWithoutWriteProductsIsDeniedThePriceMutation() {
        String shop = shopify.createStore("gql", 1, 1, "standard");
        String readOnly = shopify.control(shop, "/tokens", "{\"scope\":\"read_products\"}").get("access_token").asText();
        JsonNode answer = shopify.graphql(shop, readOnly, "mutation { productVariantsBulkUpdate(productId: "
                + "\"gid://shopify/Product/8000000000\", variants: []) { userErrors { message } } }", null).json();

        assertThat(answer.at("/errors/0/extensions/code").asText()).isEqualTo("ACCESS_DENIED");
        assertThat(answer.at("/errors/0/message").asText()).contains("write_products");
    }

    @Test
    void connectionsNeedAPageSize() {
        String shop = shopify.createStore("gql", 1, 1, "standard");
        JsonNode answer = shopify.graphql(shop, shopify.token(shop), "{ products { nodes { id } } }", null).json();
        assertThat(answer.at("/errors/0/message").asText()).isEqualTo("you must provide one of first or last");
    }
}
