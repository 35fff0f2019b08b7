package com.channelhub.connector.amazon.client;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Amazon accepts at most 5 JSON_LISTINGS_FEED submissions per 5 minutes per region (since May 2025, see
 * {@link AmazonSpPlatformFacts#FEED_SUBMISSIONS_PER_WINDOW}); like every SP-API limit it is metered per selling
 * partner, so the caller keys the window by region and seller. A sliding window per key: a sixth submission waits
 * until the oldest of the last five is older than the window, instead of being refused by Amazon.
 */
public final class FeedSubmissionLimiter {

    private final int permits;
    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final Map<String, Deque<Long>> windows = new ConcurrentHashMap<>();

    public FeedSubmissionLimiter() {
        this(AmazonSpPlatformFacts.FEED_SUBMISSIONS_PER_WINDOW, AmazonSpPlatformFacts.FEED_SUBMISSION_WINDOW,
                System::nanoTime);
    }

    public FeedSubmissionLimiter(int permits, Duration window, LongSupplier nanoClock) {
        this.permits = permits;
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
    }

    /**
     * Reserves a submission slot for a key (region and seller).
     *
     * @return nanoseconds to wait before submitting (0 when a slot is free now)
     */
    public long reserve(String key) {
        Deque<Long> window = windows.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (window) {
            long now = nanoClock.getAsLong();
            while (!window.isEmpty() && now - window.peekFirst() >= windowNanos) {
                window.pollFirst();
            }
            long start = now;
            if (window.size() >= permits) {
                // the slot frees when the submission 'permits' places back leaves the window
                Long[] times = window.toArray(new Long[0]);
                start = Math.max(now, times[times.length - permits] + windowNanos);
            }
            window.addLast(start);
            return start - now;
        }
    }
}
