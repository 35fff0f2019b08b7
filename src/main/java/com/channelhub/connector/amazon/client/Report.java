package com.channelhub.connector.amazon.client;

import java.util.List;

/** getReport's answer (Reports API 2021-06-30 {@code Report}); DONE carries reportDocumentId, FATAL may too. */
public record Report(String reportId, String reportType, List<String> marketplaceIds, String createdTime,
        String processingStatus, String processingStartTime, String processingEndTime, String reportDocumentId) {

    public boolean terminal() {
        return processingStatus != null && AmazonSpPlatformFacts.TERMINAL_STATUSES.contains(processingStatus);
    }
}
