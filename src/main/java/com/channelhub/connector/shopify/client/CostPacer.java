package com.channelhub.connector.shopify.client;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Paces calls on each shop's cost bucket as Shopify reports it. Every response's {@code throttleStatus} resets the
 * shop's bucket; between responses the bucket is projected forward at its {@code restoreRate}. Before a call the
 * caller reserves the query's expected cost and waits exactly the time the bucket needs to refill that much — no
 * fixed sleeps, no polling. Reservations may drive the projection below zero, so concurrent callers queue up
 * behind each other instead of all firing at once.
 */
final class CostPacer {

    /** Waits; tests replace it to record the waits instead of sleeping. */
    interface Sleeper {
        void sleep(long millis) throws InterruptedException;
    }

    static final long UNKNOWN_BUCKET_WAIT_MILLIS = 1000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final LongSupplier nanoTime;
    private final Sleeper sleeper;

    CostPacer(LongSupplier nanoTime, Sleeper sleeper) {
        this.nanoTime = nanoTime;
        this.sleeper = sleeper;
    }

    /**
     * Reserves {@code expectedCost} points on the shop's bucket and returns how long to wait first (0 when the bucket
     * is unknown yet or holds enough).
     */
    long reserve(String shop, double expectedCost) {
        Bucket bucket = buckets.get(shop);
        return bucket == null ? 0 : bucket.reserve(expectedCost, nanoTime.getAsLong());
    }

    /** Records the bucket state a response reported. */
    void observe(String shop, ThrottleStatus status) {
        if (status != null && status.restoreRate() > 0) {
            buckets.computeIfAbsent(shop, s -> new Bucket()).observe(status, nanoTime.getAsLong());
        }
    }

    /** The last reported state, or null. */
    ThrottleStatus lastReported(String shop) {
        Bucket bucket = buckets.get(shop);
        return bucket == null ? null : bucket.lastReported();
    }

    void sleep(long millis) throws InterruptedException {
        if (millis > 0) {
            sleeper.sleep(millis);
        }
    }

    /**
     * The wait Shopify's THROTTLED answer asks for: the missing points divided by the restore rate, in whole
     * milliseconds rounded up. Source: shopify.dev/docs/api/usage/rate-limits (leaky bucket).
     */
    static long throttledWaitMillis(double requestedCost, ThrottleStatus status) {
        if (status == null || status.restoreRate() <= 0) {
            // a bare 429 without cost or Retry-After leaves nothing to compute from: wait a second, then look again
            return UNKNOWN_BUCKET_WAIT_MILLIS;
        }
        double wanted = Math.min(requestedCost, status.maximumAvailable());
        return refillMillis(wanted - status.currentlyAvailable(), status.restoreRate());
    }

    static long refillMillis(double missingPoints, double restoreRate) {
        return missingPoints <= 0 ? 0 : (long) Math.ceil(missingPoints * 1000.0 / restoreRate);
    }

    private static final class Bucket {
        private ThrottleStatus reported;
        private double available;
        private long observedAt;

        synchronized void observe(ThrottleStatus status, long now) {
            reported = status;
            available = status.currentlyAvailable();
            observedAt = now;
        }

        synchronized long reserve(double cost, long now) {
            double projected = Math.min(reported.maximumAvailable(),
                    available + reported.restoreRate() * (now - observedAt) / 1e9);
            // a query can never wait for more than a full bucket
            double wanted = Math.min(cost, reported.maximumAvailable());
            long wait = refillMillis(wanted - projected, reported.restoreRate());
            available = projected - wanted;
            observedAt = now;
            return wait;
        }

        synchronized ThrottleStatus lastReported() {
            return reported;
        }
    }
}
