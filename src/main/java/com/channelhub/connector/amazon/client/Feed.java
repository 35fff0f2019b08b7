package com.channelhub.connector.amazon.client;

import java.util.List;

/** getFeed's answer (Feeds API 2021-06-30 {@code Feed}); processingStatus IN_QUEUE, IN_PROGRESS, DONE, CANCELLED, FATAL. */
public record Feed(String feedId, String feedType, List<String> marketplaceIds, String createdTime,
        String processingStatus, String processingStartTime, String processingEndTime, String resultFeedDocumentId) {

    public boolean terminal() {
        return processingStatus != null && AmazonSpPlatformFacts.TERMINAL_STATUSES.contains(processingStatus);
    }
}
