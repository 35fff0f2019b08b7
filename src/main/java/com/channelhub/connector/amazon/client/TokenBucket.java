package com.channelhub.connector.amazon.client;

import java.util.function.LongSupplier;

/**
 * A client-side copy of Amazon's token bucket for one operation and one selling partner: refilled at {@code rate}
 * tokens per second up to {@code burst}. Callers reserve a token and wait the returned time, so concurrent callers
 * queue fairly instead of all hitting the API at once and collecting 429s.
 */
public final class TokenBucket {

    private static final double NANOS_PER_SECOND = 1_000_000_000d;

    private final LongSupplier nanoClock;
    private double rate;
    private final int burst;
    private double tokens;
    private long lastRefill;

    public TokenBucket(double rate, int burst, LongSupplier nanoClock) {
        if (rate <= 0 || burst < 1) {
            throw new IllegalArgumentException("rate must be positive and burst at least 1, got " + rate + "/" + burst);
        }
        this.rate = rate;
        this.burst = burst;
        this.tokens = burst;
        this.nanoClock = nanoClock;
        this.lastRefill = nanoClock.getAsLong();
    }

    /**
     * Takes one token, possibly borrowing from the future.
     *
     * @return how long the caller must wait before sending, in nanoseconds (0 when a token was there)
     */
    public synchronized long reserve() {
        refill();
        tokens -= 1;
        if (tokens >= 0) {
            return 0;
        }
        return (long) Math.ceil(-tokens / rate * NANOS_PER_SECOND);
    }

    /** Amazon answered 429: its bucket is empty, so ours is too. */
    public synchronized void drain() {
        refill();
        tokens = Math.min(tokens, 0);
    }

    /**
     * Resizes the refill rate from the {@code x-amzn-RateLimit-Limit} response header; Amazon's figure for this
     * selling partner beats the published default. Ignores values that are not positive numbers.
     */
    public synchronized void adjustRate(String headerValue) {
        if (headerValue == null || headerValue.isBlank()) {
            return;
        }
        try {
            double limit = Double.parseDouble(headerValue.trim());
            if (limit > 0 && !Double.isInfinite(limit)) {
                refill();
                rate = limit;
            }
        } catch (NumberFormatException ignored) {
            // a header we cannot read leaves the current rate
        }
    }

    public synchronized double rate() {
        return rate;
    }

    public int burst() {
        return burst;
    }

    public synchronized double available() {
        refill();
        return tokens;
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        long elapsed = now - lastRefill;
        if (elapsed > 0) {
            tokens = Math.min(burst, tokens + elapsed / NANOS_PER_SECOND * rate);
            lastRefill = now;
        }
    }
}
