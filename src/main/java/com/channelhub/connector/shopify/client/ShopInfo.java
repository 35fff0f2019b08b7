package com.channelhub.connector.shopify.client;

/** The shop's identity and plan, read as a cheap health probe. */
public record ShopInfo(String name, String myshopifyDomain, String currencyCode, String planDisplayName) {
}
