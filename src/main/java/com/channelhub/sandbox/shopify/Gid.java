package com.channelhub.sandbox.shopify;

/** Shopify global ids: {@code gid://shopify/Type/123}. */
final class Gid {

    private Gid() {
    }

    /** The numeric id of a gid of the given type, or null when the value is not one. */
    static Long parse(Object value, String type) {
        if (!(value instanceof String s)) {
            return null;
        }
        String prefix = "gid://shopify/" + type + "/";
        if (!s.startsWith(prefix)) {
            return null;
        }
        String rest = s.substring(prefix.length());
        int query = rest.indexOf('?');
        try {
            return Long.parseLong(query < 0 ? rest : rest.substring(0, query));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
