package com.channelhub.connector;

/**
 * One change to one item on one channel, whatever it sets: a {@link PriceChange} or a {@link QuantityChange}. What a
 * connector reports about changes of either kind (e.g. the messages of an Amazon feed) uses this view.
 */
public interface ChannelChange {

    /** The caller's id for this change, echoed in its result. */
    String itemId();

    String sku();
}
