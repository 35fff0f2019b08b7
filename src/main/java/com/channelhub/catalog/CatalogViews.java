package com.channelhub.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the catalog API answers: products with their variants, and every channel that sells each variant's SKU. */
public final class CatalogViews {

    private CatalogViews() {
    }

    /**
     * A product as one channel holds it.
     *
     * @param status         active, draft, archived, inactive, incomplete (the channel's status, lower case) or
     *                       deleted
     * @param platformStatus the status as the channel wrote it (Shopify ACTIVE, Amazon Active, …)
     * @param updatedAt      when the channel last changed it, as it reported
     * @param syncedAt       when the hub last recorded a change to it
     */
    public record Product(UUID id, UUID integrationId, String platform, String externalId, String title, String vendor,
            String status, String platformStatus, Instant updatedAt, Instant syncedAt, List<Variant> variants) {
    }

    /**
     * A variant of the product, with {@code channels}: each variant, on any channel of the project (this one
     * included), that has the same SKU, which is what a price batch for the SKU reaches.
     */
    public record Variant(UUID id, String externalId, String sku, String title, BigDecimal price,
            BigDecimal compareAtPrice, String currency, Integer quantity, String externalRef,
            String fulfillmentChannel, boolean deleted, Instant syncedAt, List<ChannelOffer> channels) {
    }

    /** One channel's offer of a SKU: where it is, its ids there, its price and quantity, and how fresh they are. */
    public record ChannelOffer(UUID integrationId, String platform, String integrationName, String integrationStatus,
            UUID productId, String externalProductId, UUID variantId, String externalVariantId, BigDecimal price,
            BigDecimal compareAtPrice, String currency, Integer quantity, Instant quantityUpdatedAt,
            Instant syncedAt) {
    }

    /** One page of a search; {@code nextCursor} is null on the last page. */
    public record ProductPage(List<Product> items, int size, String sort, String order, String nextCursor) {
    }

    /** Everything the project has under one SKU. */
    public record SkuLookup(String sku, List<ChannelOffer> channels, List<Product> products) {
    }
}
