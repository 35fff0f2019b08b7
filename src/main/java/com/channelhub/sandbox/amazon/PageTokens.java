package com.channelhub.sandbox.amazon;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque {@code pageToken}s for the search operations: the offset of the page, bound to the search it came from
 * (a token from another search is 400 InvalidInput).
 */
final class PageTokens {

    private PageTokens() {
    }

    /** @param search any value that is equal for the same search and its other pages (e.g. a record of its filters) */
    static String token(int offset, Object search) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((offset + ":" + Integer.toHexString(search.hashCode())).getBytes(StandardCharsets.UTF_8));
    }

    static int offset(String pageToken, Object search) {
        if (pageToken == null || pageToken.isBlank()) {
            return 0;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(pageToken), StandardCharsets.UTF_8).split(":");
            if (parts.length == 2 && parts[1].equals(Integer.toHexString(search.hashCode()))) {
                return Integer.parseInt(parts[0]);
            }
        } catch (IllegalArgumentException e) {
            // not one of ours: answered below
        }
        throw SpApiException.invalidInput("Invalid 'pageToken': use a token from the previous answer of the same search.");
    }
}
