package com.channelhub.connector.amazon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.camel.Exchange;

/** Reads the changes a push operation takes: one record or a collection of them. */
final class ChangeBodies {

    private ChangeBodies() {
    }

    static <T> List<T> list(Exchange exchange, Class<T> type, String operations) {
        Object body = exchange.getMessage().getBody();
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
}
