package com.channelhub.pricing;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A channel override of an item as read: a price (and compare-at price) in a price batch, a quantity in an inventory
 * batch.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChannelValue(BigDecimal price, BigDecimal compareAtPrice, Integer quantity) {
}
