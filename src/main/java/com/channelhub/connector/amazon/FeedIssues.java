package com.channelhub.connector.amazon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.channelhub.connector.amazon.client.ProcessingReport;

/**
 * A processing report's ERROR issues, by message and for the whole feed (an issue without messageId). Warnings do
 * not stop a message.
 */
record FeedIssues(Map<Integer, List<ProcessingReport.Issue>> byMessage, List<ProcessingReport.Issue> feedErrors) {

    static FeedIssues of(ProcessingReport report) {
        Map<Integer, List<ProcessingReport.Issue>> byMessage = new HashMap<>();
        List<ProcessingReport.Issue> feedErrors = new ArrayList<>();
        for (ProcessingReport.Issue issue : report.issues()) {
            if (!issue.error()) {
                continue;
            }
            if (issue.messageId() == null) {
                feedErrors.add(issue);
            } else {
                byMessage.computeIfAbsent(issue.messageId(), id -> new ArrayList<>()).add(issue);
            }
        }
        return new FeedIssues(byMessage, feedErrors);
    }

    /** The message's errors, or null when it has none. */
    List<ProcessingReport.Issue> of(int messageId) {
        return byMessage.get(messageId);
    }

    /** The reason every message of a FATAL or CANCELLED feed failed. */
    static String failure(String feedId, String status, ProcessingReport report, String what) {
        StringBuilder reason = new StringBuilder("feed ").append(feedId).append(" ended ").append(status);
        if (report != null && !report.issues().isEmpty()) {
            reason.append(": ").append(join(report.issues().stream().filter(i -> i.messageId() == null).toList()));
        }
        return reason.append("; Amazon may have applied some, none or all of it: send the ").append(what)
                .append(" again").toString();
    }

    static String join(List<ProcessingReport.Issue> issues) {
        StringJoiner text = new StringJoiner("; ");
        issues.forEach(i -> text.add(i.code() + ": " + i.message()));
        return text.toString();
    }
}
