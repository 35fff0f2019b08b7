package com.channelhub.connector.amazon.client;

import java.util.List;

/**
 * A JSON_LISTINGS_FEED processing report (listings-feed-processing-report-schema-v2): per-message issues, a summary
 * and, when the feed asked for them (header.report.includedData), the accepted listings as getListingsItem shows
 * them ({@code items}, null when not asked for). An issue without messageId concerns the whole feed.
 */
public record ProcessingReport(Header header, List<Issue> issues, Summary summary, List<ListingsItem> items) {

    public ProcessingReport {
        issues = issues == null ? List.of() : issues;
    }

    public ProcessingReport(Header header, List<Issue> issues, Summary summary) {
        this(header, issues, summary, null);
    }

    public record Header(String sellerId, String version, String feedId) {
    }

    public record Issue(Integer messageId, String sku, String code, String severity, String message,
            String attributeName) {

        public boolean error() {
            return "ERROR".equalsIgnoreCase(severity);
        }
    }

    public record Summary(Integer errors, Integer warnings, Integer messagesProcessed, Integer messagesAccepted,
            Integer messagesInvalid) {
    }
}
