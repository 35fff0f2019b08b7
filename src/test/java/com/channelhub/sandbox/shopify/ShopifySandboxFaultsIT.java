package com.channelhub.sandbox.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import com.channelhub.support.HubHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ShopifySandboxTest
class ShopifySandboxFaultsIT {

    static final String QUERY = "{ shop { name } }";

    @LocalServerPort
    int port;
    SandboxShopifyClient shopify;
    String shop;
    String token;

    @BeforeEach
    void setUp() {
        shopify = new SandboxShopifyClient(port);
        shop = shopify.createStore("faults", 1, 1, "standard");
        token = shopify.token(shop);
    }

    @Test
    void serverErrorsAnswerTheNextRequestsWith5xxThenServiceResumes() {
        shopify.control(shop, "/faults", "{\"type\":\"server_error\",\"count\":2,\"status\":502}");

        assertThat(shopify.graphql(shop, token, QUERY, null).status()).isEqualTo(502);
        assertThat(shopify.graphql(shop, token, QUERY, null).status()).isEqualTo(502);
        assertThat(shopify.graphql(shop, token, QUERY, null).status()).isEqualTo(200);
    }

    @Test
    void aSlowRequestTakesAtLeastTheInjectedDelay() {
        shopify.control(shop, "/faults", "{\"type\":\"slow\",\"delayMillis\":700}");
        long start = System.nanoTime();
        HubHttp.Response slow = shopify.graphql(shop, token, QUERY, null);
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(slow.status()).isEqualTo(200);
        assertThat(tookMillis).isGreaterThanOrEqualTo(700);
    }

    @Test
    void malformedJsonIsA200ThatDoesNotParse() {
        shopify.control(shop, "/faults", "{\"type\":\"malformed_json\"}");
        HubHttp.Response broken = shopify.graphql(shop, token, QUERY, null);

        assertThat(broken.status()).isEqualTo(200);
        assertThatThrownBy(broken::json).isInstanceOf(AssertionError.class);
        assertThat(shopify.graphql(shop, token, QUERY, null).json().at("/data/shop/name").asText()).isEqualTo(shop);
    }

    @Test
    void anInjected401LooksLikeARevokedTokenOnce() {
        shopify.control(shop, "/faults", "{\"type\":\"unauthorized\"}");
        HubHttp.Response denied = shopify.graphql(shop, token, QUERY, null);

        assertThat(denied.status()).isEqualTo(401);
        assertThat(denied.json().get("errors").asText()).contains("Invalid API key or access token");
        assertThat(shopify.graphql(shop, token, QUERY, null).status()).isEqualTo(200);
    }

    @Test
    void faultsAlsoHitTheTokenEndpoint() {
        shopify.control(shop, "/faults", "{\"type\":\"server_error\"}");
        HubHttp.Response refresh = shopify.http.post("/sandbox/shopify/" + shop + "/admin/oauth/access_token", null,
                SandboxShopifyClient.json(Map.of("client_id", SandboxShopifyClient.CLIENT_ID,
                        "client_secret", SandboxShopifyClient.CLIENT_SECRET, "grant_type", "refresh_token",
                        "refresh_token", "shprt_unknown")));
        assertThat(refresh.status()).isEqualTo(503);
    }

    @Test
    void anUnknownFaultTypeIsExplained() {
        HubHttp.Response response = shopify.http.post("/sandbox/shopify/_control/stores/" + shop + "/faults", null,
                "{\"type\":\"gremlins\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).contains("server_error");
    }
}
