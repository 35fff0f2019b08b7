package com.channelhub.connector.amazon;

import com.channelhub.connector.amazon.client.SellerCredentials;

/**
 * Supplies the LWA credentials of a selling partner: the hub implements it over its stored integrations, so one
 * route serves many sellers (selected per message by the {@code CamelAmazonSpSellerId} header). Bound in the
 * registry, it is autowired into the component. Used when the endpoint has no static {@code refreshToken}.
 */
@FunctionalInterface
public interface AmazonSpCredentialsProvider {

    /**
     * The credentials for this seller.
     *
     * @return the credentials, or null when the hub knows no such seller
     */
    SellerCredentials credentialsFor(String sellerId);
}
