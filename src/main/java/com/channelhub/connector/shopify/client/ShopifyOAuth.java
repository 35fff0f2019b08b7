package com.channelhub.connector.shopify.client;

import static com.channelhub.connector.shopify.ShopifyPlatformFacts.GRANT_REFRESH_TOKEN;
import static com.channelhub.connector.shopify.ShopifyPlatformFacts.GRANT_TOKEN_EXCHANGE;
import static com.channelhub.connector.shopify.ShopifyPlatformFacts.TOKEN_TYPE_OFFLINE;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;

import com.channelhub.connector.shopify.ShopifyPlatformFacts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The shop's token endpoint, {@code POST /admin/oauth/access_token}. Requests carry a JSON body, as Shopify's own
 * libraries send them. Not retried automatically: codes are single use, and whether a refresh went through is only
 * known from its answer — the caller decides.
 */
final class ShopifyOAuth {

    private final ShopifyClientSettings settings;
    private final CloseableHttpClient http;
    private final ObjectMapper json;

    ShopifyOAuth(ShopifyClientSettings settings, CloseableHttpClient http, ObjectMapper json) {
        this.settings = settings;
        this.http = http;
        this.json = json;
    }

    /** Authorization code → expiring offline token pair ({@code expiring=1}). */
    ShopifyTokenGrant exchangeCode(String shop, String code) {
        ObjectNode body = credentials().put("code", code).put("expiring", "1");
        return request(shop, "authorization code exchange", body);
    }

    ShopifyTokenGrant refresh(String shop, String refreshToken) {
        ObjectNode body = credentials().put("grant_type", GRANT_REFRESH_TOKEN).put("refresh_token", refreshToken);
        return request(shop, "token refresh", body);
    }

    /** Non-expiring offline token → expiring pair, by token exchange (one-time per shop). */
    ShopifyTokenGrant migrate(String shop, String nonExpiringToken) {
        ObjectNode body = credentials().put("grant_type", GRANT_TOKEN_EXCHANGE)
                .put("subject_token", nonExpiringToken).put("subject_token_type", TOKEN_TYPE_OFFLINE)
                .put("requested_token_type", TOKEN_TYPE_OFFLINE).put("expiring", "1");
        return request(shop, "token migration", body);
    }

    private ObjectNode credentials() {
        if (isBlank(settings.clientId()) || isBlank(settings.clientSecret())) {
            throw new IllegalStateException("The Shopify OAuth operations need the app's clientId and clientSecret "
                    + "options");
        }
        return json.createObjectNode().put("client_id", settings.clientId())
                .put("client_secret", settings.clientSecret());
    }

    private ShopifyTokenGrant request(String shop, String what, ObjectNode body) {
        ShopifyPlatformFacts.requireShopDomain(shop);
        HttpPost post = new HttpPost(settings.baseUrl(shop) + ShopifyPlatformFacts.OAUTH_TOKEN_PATH);
        post.setHeader("Accept", "application/json");
        post.setEntity(new StringEntity(body.toString(), ContentType.APPLICATION_JSON));
        int status;
        String text;
        try {
            String[] answer = http.execute(post, response -> new String[] {String.valueOf(response.getCode()),
                    response.getEntity() == null ? ""
                            : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8)});
            status = Integer.parseInt(answer[0]);
            text = answer[1];
        } catch (IOException e) {
            throw new ShopifyUnavailableException(shop, "Shopify's token endpoint on " + shop + " did not answer the "
                    + what + ": " + e.getMessage(), e);
        }
        JsonNode answer = parse(text);
        if (status >= 500 || status == 429) {
            throw new ShopifyUnavailableException(shop, "Shopify's token endpoint on " + shop + " answered HTTP "
                    + status + " to the " + what + "; try again later", null);
        }
        String error = answer == null ? null : ShopifyJson.text(answer.path("error"));
        if ("invalid_client".equals(error)) {
            throw new ShopifyAuthorizationException(shop, status, "Shopify refused the app's credentials for the "
                    + what + " on " + shop + " (invalid_client): check the clientId and clientSecret options (the "
                    + "secret may have been rotated)");
        }
        if (status >= 400 || answer == null || ShopifyJson.text(answer.path("access_token")) == null) {
            String description = answer == null ? GraphqlTransport.snippet(text)
                    : firstNonNull(ShopifyJson.text(answer.path("error_description")), ShopifyJson.text(
                            answer.path("errors")), GraphqlTransport.snippet(text));
            throw new ShopifyRefreshTokenRejectedException(shop, status, error, "Shopify refused the " + what
                    + " on " + shop + " (HTTP " + status + (error == null ? "" : ", " + error) + "): " + description
                    + "; the merchant must authorize the app again");
        }
        return ShopifyJson.tokenGrant(answer, Instant.now());
    }

    private JsonNode parse(String text) {
        try {
            return text.isBlank() ? null : json.readTree(text);
        } catch (IOException e) {
            return null;
        }
    }

    private static String firstNonNull(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
