package com.channelhub.connector.amazon.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Access tokens per (LWA endpoint, client id, refresh token): one seller's token is never used for another. A token
 * is reused until {@link AmazonSpPlatformFacts#TOKEN_REFRESH_MARGIN} before it expires; then exactly one caller per
 * key refreshes while the others wait for its result (single flight), so a burst of calls costs one LWA request.
 * Keys hold a digest of the refresh token, not the token.
 */
public final class LwaTokenCache {

    private record Key(String lwaUrl, String clientId, String refreshTokenDigest) {
    }

    /** A cached token and the instant it stops being handed out. */
    public record CachedToken(String accessToken, Instant expiresAt) {

        boolean usableAt(Instant now, Duration margin) {
            return now.plus(margin).isBefore(expiresAt);
        }

        @Override
        public String toString() {
            return "CachedToken[accessToken=***, expiresAt=" + expiresAt + "]";
        }
    }

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        volatile CachedToken token;
    }

    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration margin;

    public LwaTokenCache() {
        this(Clock.systemUTC(), AmazonSpPlatformFacts.TOKEN_REFRESH_MARGIN);
    }

    public LwaTokenCache(Clock clock, Duration margin) {
        this.clock = clock;
        this.margin = margin;
    }

    /**
     * The cached token for these credentials, refreshed through {@code refresher} when missing or about to expire.
     * Concurrent callers with the same key share one refresh.
     */
    public CachedToken token(String lwaUrl, SellerCredentials credentials, Function<SellerCredentials, LwaTokens> refresher) {
        Entry entry = entries.computeIfAbsent(key(lwaUrl, credentials), k -> new Entry());
        CachedToken current = entry.token;
        if (current != null && current.usableAt(clock.instant(), margin)) {
            return current;
        }
        entry.lock.lock();
        try {
            current = entry.token;
            if (current != null && current.usableAt(clock.instant(), margin)) {
                return current;
            }
            LwaTokens fresh = refresher.apply(credentials);
            CachedToken token = new CachedToken(fresh.accessToken(),
                    clock.instant().plusSeconds(Math.max(0, fresh.expiresInSeconds())));
            entry.token = token;
            return token;
        } finally {
            entry.lock.unlock();
        }
    }

    /**
     * Forgets {@code rejected} after Amazon refused it (401/403): the next call refreshes. Compares tokens so that of
     * many calls refused with the same token, only the first forces a refresh.
     */
    public void invalidate(String lwaUrl, SellerCredentials credentials, String rejected) {
        Entry entry = entries.get(key(lwaUrl, credentials));
        if (entry != null) {
            entry.lock.lock();
            try {
                CachedToken current = entry.token;
                if (current != null && current.accessToken().equals(rejected)) {
                    entry.token = null;
                }
            } finally {
                entry.lock.unlock();
            }
        }
    }

    /** Drops the token whatever it is, so the next call refreshes (the tokenRefresh operation). */
    public void evict(String lwaUrl, SellerCredentials credentials) {
        Entry entry = entries.get(key(lwaUrl, credentials));
        if (entry != null) {
            entry.token = null;
        }
    }

    private static Key key(String lwaUrl, SellerCredentials credentials) {
        return new Key(lwaUrl, credentials.clientId(), sha256(credentials.refreshToken()));
    }

    private static String sha256(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
