package com.channelhub.sandbox.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ShopifySandboxTest
class ShopifySandboxOAuthIT {

    private static final String SCOPES = "read_products,write_products,read_inventory,write_inventory,read_locations";
    private static final String REDIRECT = "https://hub.example.com/oauth/shopify/callback";

    @LocalServerPort
    int port;
    SandboxShopifyClient shopify;
    HubHttp http;

    @BeforeEach
    void setUp() {
        shopify = new SandboxShopifyClient(port);
        http = shopify.http;
    }

    @Test
    void installThroughTheConsentPageRedirectsWithACallbackWhoseHmacVerifiesIndependently() throws Exception {
        String shop = shopify.createStore("oauth", 3, 1, "standard");
        String authorize = "/sandbox/shopify/" + shop + "/admin/oauth/authorize?client_id=" + SandboxShopifyClient.CLIENT_ID
                + "&scope=" + SCOPES + "&redirect_uri=" + enc(REDIRECT) + "&state=" + enc("nonce 42/+");

        HubHttp.Response page = http.get(authorize, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<form method=\"post\"", "Install app", "write_products");

        Map<String, String> callback = install(shop, "nonce 42/+");
        assertThat(callback).containsKeys("code", "hmac", "host", "shop", "state", "timestamp");
        assertThat(callback.get("shop")).isEqualTo(shop);
        assertThat(callback.get("state")).isEqualTo("nonce 42/+");
        assertThat(callback.get("hmac")).isEqualTo(independentHmac(callback)).matches("[0-9a-f]{64}");
    }

    @Test
    void authorizeWithAnUnknownClientIdIsRefused() {
        String shop = shopify.createStore("oauth", 1, 1, "standard");
        HubHttp.Response page = http.get("/sandbox/shopify/" + shop + "/admin/oauth/authorize?client_id=someone-else"
                + "&scope=read_products&redirect_uri=" + enc(REDIRECT) + "&state=s", null);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("client_id");
    }

    @Test
    void anAuthorizationCodeGivesAnOfflineTokenOnceOnly() throws Exception {
        String shop = shopify.createStore("oauth", 3, 1, "standard");
        String code = install(shop, "s1").get("code");

        HubHttp.Response first = tokenRequest(shop, Map.of("code", code));
        assertThat(first.status()).isEqualTo(200);
        // write scopes imply their read scopes, which Shopify then leaves out of the granted scope
        assertThat(first.json().get("scope").asText()).isEqualTo("write_products,write_inventory,read_locations");
        assertThat(first.json().has("expires_in")).isFalse();
        String token = first.json().get("access_token").asText();
        assertThat(shopify.graphql(shop, token, "{ shop { name } }", null).status()).isEqualTo(200);

        HubHttp.Response again = tokenRequest(shop, Map.of("code", code));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error").asText()).isEqualTo("invalid_request");
        assertThat(again.json().get("error_description").asText())
                .isEqualTo("The authorization code was not found or was already used");
    }

    @Test
    void theTokenEndpointAlsoTakesAFormBodyAndChecksTheClientSecret() throws Exception {
        String shop = shopify.createStore("oauth", 1, 1, "standard");
        String code = install(shop, "s2").get("code");

        HubHttp.Response wrongSecret = http.send(http.builder(tokenPath(shop), null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=" + SandboxShopifyClient.CLIENT_ID
                        + "&client_secret=wrong&code=" + code)).build());
        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.json().get("error").asText()).isEqualTo("invalid_client");

        HubHttp.Response form = http.send(http.builder(tokenPath(shop), null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=" + SandboxShopifyClient.CLIENT_ID
                        + "&client_secret=" + SandboxShopifyClient.CLIENT_SECRET + "&code=" + code + "&expiring=1"))
                .build());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.json().get("expires_in").asLong()).isEqualTo(3600);
        assertThat(form.json().get("refresh_token").asText()).isNotBlank();
        assertThat(form.json().get("refresh_token_expires_in").asLong()).isEqualTo(90L * 24 * 3600);
    }

    @Test
    void refreshRotatesAndTheOldRefreshTokenWorksUntilTheNewOneIsFirstUsed() throws Exception {
        String shop = shopify.createStore("oauth", 1, 1, "standard");
        JsonNode issued = tokenRequest(shop, Map.of("code", install(shop, "s3").get("code"), "expiring", "1")).json();
        String r1 = issued.get("refresh_token").asText();

        JsonNode second = refresh(shop, r1);
        String r2 = second.get("refresh_token").asText();
        assertThat(r2).isNotEqualTo(r1);
        assertThat(second.get("access_token").asText()).isNotEqualTo(issued.get("access_token").asText());
        assertThat(shopify.graphql(shop, second.get("access_token").asText(), "{ shop { name } }", null).status())
                .isEqualTo(200);

        // the response with r2 may have been lost: r1 still works while r2 is unused
        String r2b = refresh(shop, r1).get("refresh_token").asText();

        String r3 = refresh(shop, r2b).get("refresh_token").asText();
        assertThat(r3).isNotBlank();
        HubHttp.Response stale = tokenRequest(shop, Map.of("grant_type", "refresh_token", "refresh_token", r1));
        assertThat(stale.status()).isEqualTo(401);
        assertThat(stale.json().get("error_description").asText()).isEqualTo("This request requires an active refresh_token");
    }

    @Test
    void tokenExchangeMigratesANonExpiringTokenOnceAndRetiresIt() throws Exception {
        String shop = shopify.createStore("oauth", 1, 1, "standard");
        String legacy = tokenRequest(shop, Map.of("code", install(shop, "s4").get("code"))).json()
                .get("access_token").asText();
        Map<String, String> exchange = Map.of("grant_type", "urn:ietf:params:oauth:grant-type:token-exchange",
                "subject_token", legacy,
                "subject_token_type", "urn:shopify:params:oauth:token-type:offline-access-token",
                "requested_token_type", "urn:shopify:params:oauth:token-type:offline-access-token",
                "expiring", "1");

        HubHttp.Response migrated = tokenRequest(shop, exchange);
        assertThat(migrated.status()).isEqualTo(200);
        assertThat(migrated.json().get("expires_in").asLong()).isEqualTo(3600);
        assertThat(migrated.json().get("refresh_token").asText()).isNotBlank();
        assertThat(shopify.graphql(shop, legacy, "{ shop { name } }", null).status()).isEqualTo(401);

        HubHttp.Response twice = tokenRequest(shop, exchange);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.json().get("error").asText()).isEqualTo("invalid_subject_token");
    }

    @Test
    void revokingTheGrantStopsApiCallsAndRefresh() throws Exception {
        String shop = shopify.createStore("oauth", 1, 1, "standard");
        JsonNode issued = tokenRequest(shop, Map.of("code", install(shop, "s5").get("code"), "expiring", "1")).json();
        String token = issued.get("access_token").asText();
        assertThat(shopify.graphql(shop, token, "{ shop { name } }", null).status()).isEqualTo(200);

        shopify.control(shop, "/revoke", null);

        HubHttp.Response call = shopify.graphql(shop, token, "{ shop { name } }", null);
        assertThat(call.status()).isEqualTo(401);
        assertThat(call.json().get("errors").asText()).contains("Invalid API key or access token");
        HubHttp.Response refresh = tokenRequest(shop, Map.of("grant_type", "refresh_token",
                "refresh_token", issued.get("refresh_token").asText()));
        assertThat(refresh.status()).isEqualTo(401);
        assertThat(refresh.json().get("error").asText()).isEqualTo("invalid_request");
    }

    private Map<String, String> install(String shop, String state) throws Exception {
        HubHttp.Response redirect = http.send(http.builder("/sandbox/shopify/" + shop + "/admin/oauth/authorize", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("client_id=" + SandboxShopifyClient.CLIENT_ID + "&scope="
                        + enc(SCOPES) + "&redirect_uri=" + enc(REDIRECT) + "&state=" + enc(state))).build());
        assertThat(redirect.status()).isEqualTo(302);
        URI location = URI.create(redirect.header("Location"));
        assertThat(location.getScheme() + "://" + location.getHost() + location.getPath()).isEqualTo(REDIRECT);
        Map<String, String> params = new TreeMap<>();
        for (String pair : location.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    private JsonNode refresh(String shop, String refreshToken) {
        HubHttp.Response response = tokenRequest(shop, Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private HubHttp.Response tokenRequest(String shop, Map<String, String> params) {
        Map<String, String> body = new TreeMap<>(params);
        body.put("client_id", SandboxShopifyClient.CLIENT_ID);
        body.put("client_secret", SandboxShopifyClient.CLIENT_SECRET);
        return http.post(tokenPath(shop), null, SandboxShopifyClient.json(body));
    }

    private static String tokenPath(String shop) {
        return "/sandbox/shopify/" + shop + "/admin/oauth/access_token";
    }

    /** The callback check as a connector does it, written from Shopify's description, not from the sandbox's code. */
    private static String independentHmac(Map<String, String> params) throws Exception {
        StringBuilder message = new StringBuilder();
        new TreeMap<>(params).forEach((k, v) -> {
            if (!k.equals("hmac")) {
                message.append(message.isEmpty() ? "" : "&").append(k).append('=').append(v);
            }
        });
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SandboxShopifyClient.CLIENT_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
