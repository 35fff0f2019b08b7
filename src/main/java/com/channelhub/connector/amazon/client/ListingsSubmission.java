package com.channelhub.connector.amazon.client;

import java.util.List;

/**
 * patchListingsItem's answer ({@code ListingsItemSubmissionResponse}): status ACCEPTED (accepted for processing,
 * not applied), INVALID, or VALID in VALIDATION_PREVIEW mode.
 */
public record ListingsSubmission(String sku, String status, String submissionId, List<ListingsItem.Issue> issues) {

    public ListingsSubmission {
        issues = issues == null ? List.of() : issues;
    }

    public boolean accepted() {
        return "ACCEPTED".equals(status);
    }
}
