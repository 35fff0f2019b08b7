package com.channelhub.connector;

import java.math.BigDecimal;

/**
 * The result of one {@link PriceChange}.
 *
 * @param itemId       the change's itemId
 * @param sku          the SKU
 * @param externalId   the channel's id of what was changed, when known
 * @param outcome      applied, accepted, rejected or failed
 * @param appliedPrice the price the channel echoes back, when it does
 * @param code         the channel's error or issue code, when there is one
 * @param message      the channel's message, or the hub's reason for rejecting it before sending
 */
public record PriceResult(String itemId, String sku, String externalId, PriceOutcome outcome, BigDecimal appliedPrice,
        String code, String message) implements ChannelResult {
}
