package com.channelhub.connector.amazon.client;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with jitter: attempt n waits a random time between half and all of
 * {@code min(max, base * 2^n)}, so many clients throttled together do not come back together.
 */
public record Backoff(Duration base, Duration max) {

    public Backoff {
        if (base.isNegative() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 <= base <= max, got " + base + " and " + max);
        }
    }

    /** The upper bound of the wait before retry number {@code attempt} (0 for the first retry). */
    public long ceilingMillis(int attempt) {
        long ceiling = base.toMillis();
        for (int i = 0; i < attempt && ceiling < max.toMillis(); i++) {
            ceiling *= 2;
        }
        return Math.min(ceiling, max.toMillis());
    }

    /** A jittered wait in [ceiling/2, ceiling]. */
    public long delayMillis(int attempt) {
        long ceiling = ceilingMillis(attempt);
        long floor = ceiling / 2;
        return floor + (ceiling > floor ? ThreadLocalRandom.current().nextLong(ceiling - floor + 1) : 0);
    }
}
