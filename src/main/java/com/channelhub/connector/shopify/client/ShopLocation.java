package com.channelhub.connector.shopify.client;

/** A location where the shop stocks inventory. */
public record ShopLocation(String id, String name, boolean active) {
}
