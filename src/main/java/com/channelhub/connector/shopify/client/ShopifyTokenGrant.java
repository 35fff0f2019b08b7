package com.channelhub.connector.shopify.client;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An access token answer from {@code /admin/oauth/access_token}. For expiring offline tokens both tokens have
 * expiries; a non-expiring token has neither a refresh token nor expiries. Store the pair atomically.
 *
 * @param accessToken           the Admin API token
 * @param scopes                the scopes Shopify granted (check they cover what the hub needs)
 * @param accessTokenExpiresAt  when the access token expires, or null
 * @param refreshToken          the refresh token, or null
 * @param refreshTokenExpiresAt when the refresh token expires, or null
 */
public record ShopifyTokenGrant(String accessToken, List<String> scopes, Instant accessTokenExpiresAt,
        String refreshToken, Instant refreshTokenExpiresAt) {

    /** Reads Shopify's token answer ({@code access_token}, {@code scope}, {@code expires_in}, …) received at {@code now}. */
    public static ShopifyTokenGrant fromTokenResponse(JsonNode answer, Instant now) {
        return ShopifyJson.tokenGrant(answer, now);
    }

    /**
     * Whether the grant covers {@code scope}; Shopify lists only {@code write_x} when it grants both, since write
     * access implies read access (shopify.dev/docs/api/usage/access-scopes).
     */
    public boolean covers(String scope) {
        return scopes.contains(scope)
                || (scope.startsWith("read_") && scopes.contains("write_" + scope.substring("read_".length())));
    }

    /** Keeps the tokens out of logs. */
    @Override
    public String toString() {
        return "ShopifyTokenGrant[scopes=" + scopes + ", accessTokenExpiresAt=" + accessTokenExpiresAt
                + ", refreshToken=" + (refreshToken == null ? "none" : "present") + ", refreshTokenExpiresAt="
                + refreshTokenExpiresAt + "]";
    }
}
