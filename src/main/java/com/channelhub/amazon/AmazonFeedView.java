package com.channelhub.amazon;

import java.time.Instant;
import java.util.UUID;

/**
 * A recorded Amazon feed as the API lists it.
 *
 * @param id                the hub's id of the record
 * @param feedId            Amazon's feed id
 * @param status            the hub's view: OPEN (being processed), COMPLETED (report read), FAILED (FATAL or
 *                          CANCELLED), STUCK (not finished within HUB_AMAZON_FEED_STUCK_AFTER)
 * @param processingStatus  Amazon's processingStatus as last read
 * @param completedBy       SUBMITTER (the push that sent it read the report) or MONITOR (the feed monitor did)
 * @param counts            the processing report's summary, null until it is read
 */
public record AmazonFeedView(UUID id, String feedId, String feedType, String status, String processingStatus,
        int messageCount, UUID syncRunId, Instant submittedAt, Instant lastCheckedAt, Instant completedAt,
        String completedBy, String resultDocumentId, Counts counts, String lastError) {

    /** From the processing report's summary: messages accepted and invalid, issues of severity ERROR and WARNING. */
    public record Counts(Integer accepted, Integer invalid, Integer errors, Integer warnings) {
    }
}
