package com.channelhub.amazon;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Amazon feed monitor (routes/amazon-feed-monitor.yaml, docs/connector-amazon.md).
 *
 * @param staleAfter a feed not finished whose status nobody has read for this long has lost its poller (the
 *                   submitting instance died, or its push gave up): the monitor takes it over, and then reads it at
 *                   most this often. Keep it above a minute, the submitter's longest wait between polls;
 *                   HUB_AMAZON_FEED_STALE_AFTER
 * @param stuckAfter a feed Amazon has not finished this long after it was submitted is marked STUCK and its
 *                   messages FAILED (send the prices again); HUB_AMAZON_FEED_STUCK_AFTER
 * @param perRun     most feeds one monitor run reads; HUB_AMAZON_FEED_MONITOR_BATCH
 */
@ConfigurationProperties(prefix = "hub.amazon-feeds")
public record AmazonFeedProperties(
        @DefaultValue("5m") Duration staleAfter,
        @DefaultValue("4h") Duration stuckAfter,
        @DefaultValue("100") int perRun) {

    public AmazonFeedProperties {
        if (staleAfter.isNegative() || staleAfter.isZero() || stuckAfter.compareTo(staleAfter) <= 0 || perRun < 1) {
            throw new IllegalArgumentException("HUB_AMAZON_FEED_STALE_AFTER must be positive and below "
                    + "HUB_AMAZON_FEED_STUCK_AFTER, and HUB_AMAZON_FEED_MONITOR_BATCH at least 1; got " + staleAfter
                    + ", " + stuckAfter + " and " + perRun);
        }
    }
}
