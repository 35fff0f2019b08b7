package com.channelhub.connector.amazon;

import java.util.function.Predicate;
import java.util.function.Supplier;

import com.channelhub.connector.amazon.client.AmazonSpException;
import com.channelhub.connector.amazon.client.Sleeper;

/**
 * Polls a feed or report until it is finished or the deadline passes, waiting longer each time (×1.5, at most a
 * minute or the first delay if that is longer): reports often take many minutes, and getReport/getFeed have their
 * own rate limits.
 */
final class StatusPoller {

    private static final long MAX_DELAY_MILLIS = 60_000;

    private final Sleeper sleeper;

    StatusPoller(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /**
     * @return the first answer that is {@code finished}, or null when the timeout passed first
     */
    <T> T await(Supplier<T> check, Predicate<T> finished, long firstDelayMillis, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000;
        long delay = Math.max(1, firstDelayMillis);
        long cap = Math.max(MAX_DELAY_MILLIS, firstDelayMillis);
        while (true) {
            T answer = check.get();
            if (finished.test(answer)) {
                return answer;
            }
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return null;
            }
            try {
                sleeper.sleep(Math.min(delay, left));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AmazonSpException("interrupted while waiting for Amazon to finish processing", true);
            }
            delay = Math.min(cap, delay + delay / 2 + 1);
        }
    }
}
