package com.channelhub.connector.amazon.client;

/**
 * Who a call is made for and with what: the selling partner id and the LWA client credentials plus the refresh token
 * the seller's authorization produced. {@link #toString()} never shows the secrets.
 */
public record SellerCredentials(String sellerId, String clientId, String clientSecret, String refreshToken) {

    public SellerCredentials {
        if (isBlank(clientId) || isBlank(clientSecret) || isBlank(refreshToken)) {
            throw new IllegalArgumentException("Amazon credentials for seller " + sellerId
                    + " need an LWA client id, client secret and refresh token");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "SellerCredentials[sellerId=" + sellerId + ", clientId=" + clientId + ", clientSecret=***, refreshToken=***]";
    }
}
