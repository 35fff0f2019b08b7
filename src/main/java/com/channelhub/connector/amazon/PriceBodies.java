package com.channelhub.connector.amazon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.channelhub.connector.PriceChange;

/** The bodies the price operations take, checked: changes in input order, or feed messages by messageId. */
final class PriceBodies {

    private PriceBodies() {
    }

    static List<PriceChange> changes(Object body) {
        if (body instanceof PriceChange change) {
            return List.of(change);
        }
        if (body instanceof Collection<?> collection) {
            List<PriceChange> changes = new ArrayList<>(collection.size());
            for (Object item : collection) {
                if (!(item instanceof PriceChange change)) {
                    throw new IllegalArgumentException("price operations take PriceChange records, got "
                            + (item == null ? "null" : item.getClass().getName()));
                }
                changes.add(change);
            }
            return changes;
        }
        throw new IllegalArgumentException("price operations take a List<PriceChange> or a PriceChange body, got "
                + (body == null ? "nothing" : body.getClass().getName()));
    }

    /** priceFeedResult's body: messageId → change, or the changes in message order (messageIds 1, 2, 3…). */
    static Map<Integer, PriceChange> messages(Object body) {
        if (body instanceof Map<?, ?> map) {
            Map<Integer, PriceChange> messages = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof Integer messageId) || !(entry.getValue() instanceof PriceChange change)) {
                    throw new IllegalArgumentException("priceFeedResult takes a Map<Integer, PriceChange> of messageId "
                            + "to change, got an entry " + entry.getKey() + " → " + entry.getValue());
                }
                messages.put(messageId, change);
            }
            return messages;
        }
        List<PriceChange> changes = changes(body);
        Map<Integer, PriceChange> messages = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            messages.put(i + 1, changes.get(i));
        }
        return messages;
    }
}
