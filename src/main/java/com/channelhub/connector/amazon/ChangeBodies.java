package com.channelhub.connector.amazon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the changes an operation takes, checked: one record or a collection of them (a push), or feed messages by
 * messageId (reading a feed someone else submitted).
 */
final class ChangeBodies {

    private ChangeBodies() {
    }

    static <T> List<T> list(Object body, Class<T> type, String operations) {
        if (type.isInstance(body)) {
            return List.of(type.cast(body));
        }
        if (body instanceof Collection<?> collection) {
            List<T> changes = new ArrayList<>(collection.size());
            for (Object item : collection) {
                if (!type.isInstance(item)) {
                    throw new IllegalArgumentException(operations + " take " + type.getSimpleName() + " records, got "
                            + (item == null ? "null" : item.getClass().getName()));
                }
                changes.add(type.cast(item));
            }
            return changes;
        }
        throw new IllegalArgumentException(operations + " take a List<" + type.getSimpleName() + "> or a "
                + type.getSimpleName() + " body, got " + (body == null ? "nothing" : body.getClass().getName()));
    }

    /** messageId → change, or the changes in message order (messageIds 1, 2, 3…). */
    static <T> Map<Integer, T> messages(Object body, Class<T> type, String operation) {
        Map<Integer, T> messages = new LinkedHashMap<>();
        if (body instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof Integer messageId) || !type.isInstance(entry.getValue())) {
                    throw new IllegalArgumentException(operation + " takes a Map<Integer, " + type.getSimpleName()
                            + "> of messageId to change, got an entry " + entry.getKey() + " → " + entry.getValue());
                }
                messages.put(messageId, type.cast(entry.getValue()));
            }
            return messages;
        }
        List<T> changes = list(body, type, operation);
        for (int i = 0; i < changes.size(); i++) {
            messages.put(i + 1, changes.get(i));
        }
        return messages;
    }
}
