package com.channelhub.connector.amazon;

import java.util.List;
import java.util.Map;

import com.channelhub.connector.PriceChange;

/** The bodies the price operations take, checked: changes in input order, or feed messages by messageId. */
final class PriceBodies {

    private PriceBodies() {
    }

    static List<PriceChange> changes(Object body) {
        return ChangeBodies.list(body, PriceChange.class, "price operations");
    }

    /** priceFeedResult's body: messageId → change, or the changes in message order (messageIds 1, 2, 3…). */
    static Map<Integer, PriceChange> messages(Object body) {
        return ChangeBodies.messages(body, PriceChange.class, "priceFeedResult");
    }
}
