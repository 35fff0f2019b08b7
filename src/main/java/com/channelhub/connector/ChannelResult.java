package com.channelhub.connector;

/** The result of one {@link ChannelChange}: a {@link PriceResult} or a {@link QuantityResult}. */
public interface ChannelResult {

    /** The change's itemId. */
    String itemId();

    String sku();

    /** The channel's id of what was changed, when known. */
    String externalId();

    /** A {@link PriceOutcome} or a {@link QuantityOutcome}: APPLIED, ACCEPTED, REJECTED, FAILED (, UNSUPPORTED). */
    Enum<?> outcome();

    /** The channel's error or issue code, when there is one. */
    String code();

    /** The channel's message, or the hub's reason. */
    String message();
}
