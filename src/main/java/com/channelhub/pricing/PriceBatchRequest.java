package com.channelhub.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/projects/{slug}/prices}. The hub reads it item by item (see
 * {@link PriceBatchValidator}) so that every bad item is reported; this record documents the shape in the OpenAPI.
 *
 * @param items   1 to 100,000 prices, one per SKU
 * @param partial true to accept the valid items and store the invalid ones as INVALID (same as {@code ?partial=true});
 *                otherwise one bad item rejects the whole batch with 400
 */
public record PriceBatchRequest(List<Item> items, Boolean partial) {

    /**
     * One SKU's new price.
     *
     * @param sku            the SKU, as the channels know it: 1 to 100 letters, digits and {@code . _ - /}, starting
     *                       with a letter or digit
     * @param price          the new price, positive, at most 2 decimals
     * @param currency       ISO 4217 code, one of the hub's supported currencies
     * @param compareAtPrice optional compare-at (list) price, positive, at most 2 decimals
     * @param channels       optional overrides by integration id or by platform ({@code SHOPIFY}, {@code AMAZON}); an
     *                       integration's own entry wins over its platform's, which wins over the item's price
     */
    public record Item(String sku, BigDecimal price, String currency, BigDecimal compareAtPrice,
            Map<String, ChannelPrice> channels) {
    }

    /** A price for one channel (or all channels of one platform) instead of the item's. */
    public record ChannelPrice(BigDecimal price, BigDecimal compareAtPrice) {
    }
}
