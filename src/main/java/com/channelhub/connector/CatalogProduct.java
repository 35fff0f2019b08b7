package com.channelhub.connector;

import java.time.Instant;
import java.util.List;

/**
 * A product as a channel reports it, in the hub's canonical shape.
 *
 * @param externalId the channel's id (Shopify product GID; for Amazon, the seller SKU of a listing)
 * @param title      the product's title
 * @param vendor     brand or vendor, when the channel has one
 * @param status     ACTIVE, DRAFT, ARCHIVED (Shopify) or the listing status (Amazon)
 * @param updatedAt  when the channel last changed it; stale updates are ignored against it
 * @param variants   the sellable variants (Amazon listings have exactly one)
 */
public record CatalogProduct(String externalId, String title, String vendor, String status, Instant updatedAt,
        List<CatalogVariant> variants) {
}
