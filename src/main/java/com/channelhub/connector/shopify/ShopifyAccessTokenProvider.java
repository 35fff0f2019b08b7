package com.channelhub.connector.shopify;

/**
 * Supplies a shop's Admin API access token when a call needs it, so the connector never holds stored credentials.
 * The hub implements it over its encrypted credential store (and refreshes expiring offline tokens there).
 */
public interface ShopifyAccessTokenProvider {

    /** The current access token for {@code shop} (its myshopify.com hostname). */
    String accessToken(String shop);

    /**
     * Called once when Shopify answered 401 to {@code rejectedToken}: return a fresh token (refresh an expiring
     * token, or re-read a token another node rotated), or {@code null} when there is none, in which case the call
     * fails with a {@code ShopifyAuthorizationException}.
     */
    String refreshAfterUnauthorized(String shop, String rejectedToken);

    /** A fixed token, for custom apps and tests: nothing to refresh. */
    static ShopifyAccessTokenProvider fixed(String token) {
        return new ShopifyAccessTokenProvider() {
            @Override
            public String accessToken(String shop) {
                return token;
            }

            @Override
            public String refreshAfterUnauthorized(String shop, String rejectedToken) {
                return null;
            }
        };
    }
}
