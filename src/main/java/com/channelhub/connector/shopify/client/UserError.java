package com.channelhub.connector.shopify.client;

import java.util.List;

/**
 * A mutation's {@code userErrors} entry.
 *
 * @param field   path to the input field at fault, e.g. {@code ["variants", "3", "price"]}; may be null
 * @param code    Shopify's error code, when the type has one
 * @param message what Shopify says
 */
public record UserError(List<String> field, String code, String message) {

    /** The input array index the error points at (the number after {@code arrayName}), or -1. */
    public int indexIn(String arrayName) {
        if (field == null) {
            return -1;
        }
        for (int i = 0; i + 1 < field.size(); i++) {
            if (arrayName.equals(field.get(i))) {
                try {
                    return Integer.parseInt(field.get(i + 1));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
