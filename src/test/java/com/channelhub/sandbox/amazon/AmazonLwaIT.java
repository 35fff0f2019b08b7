package com.channelhub.sandbox.amazon;

import static com.channelhub.sandbox.amazon.AmazonSandboxClient.APPLICATION_ID;
import static com.channelhub.sandbox.amazon.AmazonSandboxClient.CLIENT_ID;
import static com.channelhub.sandbox.amazon.AmazonSandboxClient.CLIENT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;

@AmazonSandboxIT
class AmazonLwaIT {

    @LocalServerPort
    int port;
    AmazonSandboxClient amazon;

    @BeforeEach
    void setUp() {
        amazon = new AmazonSandboxClient(port);
    }

    @Test
    void consentConfirmRedirectsToTheCallbackWithACodeThatExchangesOnceForTokens() {
        String sellerId = amazon.newSeller(5);
        HubHttp.Response page = amazon.http.get("/sandbox/amazon/sellercentral/apps/authorize/consent?application_id="
                + APPLICATION_ID + "&state=s-123&version=beta&selling_partner_id=" + sellerId, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Confirm").contains(sellerId);

        Map<String, String> callback = confirm(sellerId, "s-123");
        assertThat(callback).containsEntry("state", "s-123").containsEntry("selling_partner_id", sellerId)
                .containsKey("spapi_oauth_code").containsEntry("path", "/api/platforms/amazon/oauth/callback");

        Map<String, String> exchange = Map.of("grant_type", "authorization_code", "code",
                callback.get("spapi_oauth_code"), "redirect_uri",
                "https://hub.example.test/api/platforms/amazon/oauth/callback", "client_id", CLIENT_ID,
                "client_secret", CLIENT_SECRET);
        HubHttp.Response tokens = amazon.lwaForm(exchange);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.json().get("access_token").asText()).startsWith("Atza|");
        assertThat(tokens.json().get("refresh_token").asText()).startsWith("Atzr|");
        assertThat(tokens.json().get("token_type").asText()).isEqualTo("bearer");
        assertThat(tokens.json().get("expires_in").asInt()).isEqualTo(3600);
        assertThat(tokens.header("x-amzn-RequestId")).isNotBlank();

        HubHttp.Response again = amazon.lwaForm(exchange);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void consentForAnUnknownApplicationIsRefused() {
        HubHttp.Response page = amazon.http.get(
                "/sandbox/amazon/sellercentral/apps/authorize/consent?application_id=amzn1.sp.solution.other&state=x", null);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("not a registered application");
    }

    @Test
    void anAuthorizationCodePastItsFiveMinutesIsAnInvalidGrant() {
        String sellerId = amazon.newSeller(5);
        String code = confirm(sellerId, "s-old").get("spapi_oauth_code");
        assertThat(amazon.http.post("/sandbox/amazon/_control/lwa/expire", null, "{\"token\":\"" + code + "\"}").status())
                .isEqualTo(204);

        HubHttp.Response tokens = amazon.lwaForm(Map.of("grant_type", "authorization_code", "code", code,
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));
        assertThat(tokens.status()).isEqualTo(400);
        assertThat(tokens.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(tokens.json().get("error_description").asText())
                .isEqualTo("The request has an invalid grant parameter : code");
    }

    @Test
    void refreshGrantAsJsonGivesAnHourLongAccessTokenAndLeavesTheRefreshTokenOut() {
        String refreshToken = amazon.refreshToken(amazon.newSeller(5));
        HubHttp.Response tokens = amazon.lwaJson("{\"grant_type\":\"refresh_token\",\"refresh_token\":\"" + refreshToken
                + "\",\"client_id\":\"" + CLIENT_ID + "\",\"client_secret\":\"" + CLIENT_SECRET + "\"}");

        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        JsonNode json = tokens.json();
        assertThat(json.get("access_token").asText()).startsWith("Atza|").hasSizeLessThanOrEqualTo(2048);
        assertThat(json.get("expires_in").asInt()).isEqualTo(3600);
        assertThat(json.has("refresh_token")).isFalse();
    }

    @Test
    void aRevokedRefreshTokenIsAnInvalidGrant() {
        String sellerId = amazon.newSeller(5);
        String refreshToken = amazon.refreshToken(sellerId);
        assertThat(amazon.http.post("/sandbox/amazon/_control/sellers/" + sellerId + "/revoke", null, null)
                .json().get("revokedRefreshTokens").asInt()).isEqualTo(1);

        HubHttp.Response tokens = amazon.lwaForm(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken,
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));
        assertThat(tokens.status()).isEqualTo(400);
        assertThat(tokens.json().get("error").asText()).isEqualTo("invalid_grant");
        assertThat(tokens.json().get("error_description").asText()).contains("refresh_token");
    }

    @Test
    void aWrongClientSecretIsAnInvalidClientWith401() {
        String refreshToken = amazon.refreshToken(amazon.newSeller(5));
        HubHttp.Response tokens = amazon.lwaForm(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken,
                "client_id", CLIENT_ID, "client_secret", "amzn1.oa2-cs.v1.rotated-away"));

        assertThat(tokens.status()).isEqualTo(401);
        assertThat(tokens.json().get("error").asText()).isEqualTo("invalid_client");
        assertThat(tokens.json().get("error_description").asText()).isEqualTo("Client authentication failed");
    }

    @Test
    void clientCredentialsGiveAGrantlessTokenForItsScopeOnly() {
        HubHttp.Response grantless = amazon.lwaForm(Map.of("grant_type", "client_credentials",
                "scope", "sellingpartnerapi::notifications", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));
        assertThat(grantless.status()).isEqualTo(200);
        assertThat(grantless.json().get("scope").asText()).isEqualTo("sellingpartnerapi::notifications");
        assertThat(amazon.get("/catalog/2022-04-01/items/B000000000?marketplaceIds=ATVPDKIKX0DER",
                grantless.json().get("access_token").asText()).status()).isEqualTo(403);

        HubHttp.Response other = amazon.lwaForm(Map.of("grant_type", "client_credentials",
                "scope", "sellingpartnerapi::listings", "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));
        assertThat(other.status()).isEqualTo(400);
        assertThat(other.json().get("error").asText()).isEqualTo("unauthorized_client");
    }

    /** Posts the consent page's form and returns the redirect's path and query parameters. */
    private Map<String, String> confirm(String sellerId, String state) {
        HubHttp.Response redirect = amazon.http.send(amazon.http.builder(
                        "/sandbox/amazon/sellercentral/apps/authorize/confirm", null)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("application_id=" + APPLICATION_ID
                        + "&state=" + state + "&selling_partner_id=" + sellerId)).build());
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
        URI location = URI.create(redirect.header("Location"));
        Map<String, String> values = new java.util.HashMap<>(
                UriComponentsBuilder.fromUri(location).build().getQueryParams().toSingleValueMap());
        values.put("path", location.getPath());
        return values;
    }
}
