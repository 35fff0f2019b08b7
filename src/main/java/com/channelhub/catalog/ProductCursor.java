package com.channelhub.catalog;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Where a page ended: the sort and direction it was for, the last product's sort key and its id. Rows inserted or
 * changed between two requests cannot shift the next page (as an offset would): it starts strictly after this key.
 * Opaque to clients (base64url JSON).
 */
public record ProductCursor(String sort, boolean descending, String key, UUID id) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cursor could not be written", e);
        }
    }

    /** The cursor a client sent back, or empty when it is not one this hub wrote. */
    public static Optional<ProductCursor> decode(String text) {
        try {
            ProductCursor cursor = JSON.readValue(Base64.getUrlDecoder().decode(text), ProductCursor.class);
            return cursor.sort() == null || cursor.key() == null || cursor.id() == null ? Optional.empty()
                    : Optional.of(cursor);
        } catch (IllegalArgumentException | java.io.IOException e) {
            return Optional.empty();
        }
    }
}
