package com.channelhub.connector.amazon.client;

import java.util.List;
import java.util.StringJoiner;

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

    /** Why Amazon refused: the first ERROR issue's code (else the first issue's, else the status), every quoted issue. */
    public record Refusal(String code, String message) {
    }

    /** The refusal as a result reports it: ERROR issues quoted when there are any, else every issue. */
    public Refusal refusal() {
        List<ListingsItem.Issue> errors = issues.stream().filter(i -> "ERROR".equalsIgnoreCase(i.severity())).toList();
        List<ListingsItem.Issue> quoted = errors.isEmpty() ? issues : errors;
        if (quoted.isEmpty()) {
            return new Refusal(status, "Amazon answered " + status + " without issues");
        }
        StringJoiner text = new StringJoiner("; ");
        quoted.forEach(i -> text.add(i.code() + ": " + i.message()));
        return new Refusal(quoted.get(0).code(), text.toString());
    }
}
