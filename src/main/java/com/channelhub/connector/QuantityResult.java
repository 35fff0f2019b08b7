package com.channelhub.connector;

/**
 * The result of one {@link QuantityChange}.
 *
 * @param itemId          the change's itemId
 * @param sku             the SKU
 * @param externalId      the channel's id of what was changed, when known
 * @param outcome         applied, accepted, rejected, failed or unsupported
 * @param appliedQuantity the quantity the channel reports after the change, when it does
 * @param code            the channel's error or issue code, when there is one
 * @param message         the channel's message, or the hub's reason
 */
public record QuantityResult(String itemId, String sku, String externalId, QuantityOutcome outcome,
        Integer appliedQuantity, String code, String message) implements ChannelResult {

    public static QuantityResult of(QuantityChange change, String externalId, QuantityOutcome outcome,
            Integer appliedQuantity, String code, String message) {
        return new QuantityResult(change.itemId(), change.sku(), externalId, outcome, appliedQuantity, code, message);
    }
}
