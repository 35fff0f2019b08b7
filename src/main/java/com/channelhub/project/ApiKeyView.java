package com.channelhub.project;

import java.time.Instant;
import java.util.UUID;

/** An API key as listed: its display prefix and dates, never the key or its hash. */
public record ApiKeyView(UUID id, String prefix, String label, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

    public static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.getId(), key.getKeyPrefix(), key.getLabel(), key.getCreatedAt(), key.getLastUsedAt(),
                key.getRevokedAt());
    }
}
