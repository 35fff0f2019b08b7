package com.channelhub.connector.amazon.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts.Api;

/**
 * The token buckets of all selling partners, one per (endpoint, selling partner, operation), as Amazon meters them.
 * Seeded from the published rate and burst; adjusted from the rate header as answers come in.
 */
public final class RateLimiters {

    private record Key(String endpoint, String sellerId, Api api) {
    }

    private final Map<Key, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoClock;

    public RateLimiters() {
        this(System::nanoTime);
    }

    public RateLimiters(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    public TokenBucket bucket(String endpoint, String sellerId, Api api) {
        return buckets.computeIfAbsent(new Key(endpoint, sellerId == null ? "" : sellerId, api),
                key -> new TokenBucket(api.rate(), api.burst(), nanoClock));
    }
}
