package com.channelhub.sandbox.amazon;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * SP-API throttling: one token bucket per selling partner (and the hub's one application) per operation, refilled
 * at the operation's rate up to its burst, both scaled by {@code hub.sandbox.amazon.rate-multiplier}.
 */
@Component
@ConditionalOnAmazonSandbox
class TokenBuckets {

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double multiplier;

    TokenBuckets(AmazonSandboxProperties properties) {
        this.multiplier = properties.rateMultiplier();
    }

    /** Takes one token, or answers false when the bucket is empty. */
    boolean tryTake(String sellerId, SpApiOperation operation) {
        return buckets.computeIfAbsent(sellerId + '|' + operation.name(),
                key -> new Bucket(rate(operation), burst(operation))).tryTake(System.nanoTime());
    }

    /** The rate the sandbox applies, as Amazon's {@code x-amzn-RateLimit-Limit} prints it. */
    String rateHeader(SpApiOperation operation) {
        double rate = rate(operation);
        return rate == Math.rint(rate) ? String.format("%.1f", rate) : Double.toString(rate);
    }

    double rate(SpApiOperation operation) {
        return operation.rate() * multiplier;
    }

    int burst(SpApiOperation operation) {
        return Math.max(1, (int) Math.round(operation.burst() * Math.max(1.0, multiplier)));
    }

    void reset(String sellerId) {
        buckets.keySet().removeIf(key -> key.startsWith(sellerId + '|'));
    }

    /** A token bucket that starts full. */
    static final class Bucket {
        private final double ratePerNano;
        private final double capacity;
        private double tokens;
        private long last;

        Bucket(double ratePerSecond, int burst) {
            this.ratePerNano = ratePerSecond / 1_000_000_000.0;
            this.capacity = burst;
            this.tokens = burst;
            this.last = System.nanoTime();
        }

        synchronized boolean tryTake(long now) {
            tokens = Math.min(capacity, tokens + (now - last) * ratePerNano);
            last = now;
            if (tokens >= 1.0) {
                tokens -= 1.0;
                return true;
            }
            return false;
        }
    }
}
