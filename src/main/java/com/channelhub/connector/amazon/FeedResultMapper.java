package com.channelhub.connector.amazon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.amazon.client.ListingsItem;
import com.channelhub.connector.amazon.client.ProcessingReport;

/**
 * Turns a finished JSON_LISTINGS_FEED into one result per message. The processing report is the truth, not the
 * feed's DONE: a message with an ERROR issue is REJECTED with Amazon's code and message, one without is APPLIED; a
 * feed-level ERROR (an issue without messageId) fails the messages it did not reject individually. When the report
 * lists the accepted listings ({@code items}), it is checked too: a SKU missing from it has no listing (REJECTED,
 * NOT_FOUND — a feed PATCH on an unknown SKU can be accepted and change nothing), and a listing whose offer does not
 * show the new price yet is only ACCEPTED. A FATAL or CANCELLED feed fails every message (Amazon: some, none or all
 * may have been applied — send again).
 */
final class FeedResultMapper {

    private FeedResultMapper() {
    }

    static List<PriceResult> done(String feedId, ProcessingReport report, Map<Integer, PriceChange> messages) {
        return done(feedId, report, messages, null);
    }

    static List<PriceResult> done(String feedId, ProcessingReport report, Map<Integer, PriceChange> messages,
            String marketplaceId) {
        Map<String, ListingsItem> items = new HashMap<>();
        if (report.items() != null) {
            report.items().forEach(item -> items.put(item.sku(), item));
        }
        Map<Integer, List<ProcessingReport.Issue>> errorsByMessage = new HashMap<>();
        List<ProcessingReport.Issue> feedErrors = new ArrayList<>();
        for (ProcessingReport.Issue issue : report.issues()) {
            if (!issue.error()) {
                continue;
            }
            if (issue.messageId() == null) {
                feedErrors.add(issue);
            } else {
                errorsByMessage.computeIfAbsent(issue.messageId(), id -> new ArrayList<>()).add(issue);
            }
        }
        List<PriceResult> results = new ArrayList<>(messages.size());
        messages.forEach((messageId, change) -> {
            List<ProcessingReport.Issue> errors = errorsByMessage.get(messageId);
            if (errors != null) {
                results.add(result(change, PriceOutcome.REJECTED, null, errors.get(0).code(), join(errors)));
            } else if (!feedErrors.isEmpty()) {
                results.add(result(change, PriceOutcome.FAILED, null, feedErrors.get(0).code(),
                        "feed " + feedId + " failed: " + join(feedErrors)));
            } else if (report.items() == null) {
                results.add(result(change, PriceOutcome.APPLIED, change.price(), null, null));
            } else {
                results.add(confirmed(change, items.get(change.sku()), marketplaceId));
            }
        });
        return results;
    }

    private static PriceResult confirmed(PriceChange change, ListingsItem item, String marketplaceId) {
        if (item == null) {
            return result(change, PriceOutcome.REJECTED, null, PriceTarget.UNKNOWN_SKU, "Amazon accepted the message "
                    + "but lists no listing with SKU " + change.sku() + ": nothing was changed");
        }
        BigDecimal shown = item.offers().stream()
                .filter(o -> marketplaceId == null || marketplaceId.equals(o.marketplaceId()))
                .filter(o -> o.offerType() == null || "B2C".equals(o.offerType()))
                .map(o -> o.price() == null ? null : o.price().amount())
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        if (shown != null && shown.compareTo(change.price()) == 0) {
            return result(change, PriceOutcome.APPLIED, shown, null, null);
        }
        return result(change, PriceOutcome.ACCEPTED, null, null, "Amazon accepted the price; the listing showed "
                + (shown == null ? "no offer" : shown.toPlainString()) + " when the report was written");
    }

    /** The feed-level ERROR issues (without messageId) of a DONE feed as one sentence, or null when there are none. */
    static String feedLevelErrors(String feedId, ProcessingReport report) {
        List<ProcessingReport.Issue> feedErrors = report.issues().stream()
                .filter(i -> i.error() && i.messageId() == null).toList();
        return feedErrors.isEmpty() ? null : "feed " + feedId + " failed: " + join(feedErrors);
    }

    /** Every message FAILED, quoting the feed's status and, when there is one, its report's feed-level issues. */
    static List<PriceResult> failed(String feedId, String status, ProcessingReport report,
            Map<Integer, PriceChange> messages) {
        StringBuilder reason = new StringBuilder("feed ").append(feedId).append(" ended ").append(status);
        if (report != null && !report.issues().isEmpty()) {
            reason.append(": ").append(join(report.issues().stream()
                    .filter(i -> i.messageId() == null).toList()));
        }
        reason.append("; Amazon may have applied some, none or all of it: send the prices again");
        String code = "FEED_" + status;
        List<PriceResult> results = new ArrayList<>(messages.size());
        messages.values().forEach(change -> results.add(result(change, PriceOutcome.FAILED, null, code,
                reason.toString())));
        return results;
    }

    static PriceResult result(PriceChange change, PriceOutcome outcome, BigDecimal appliedPrice,
            String code, String message) {
        return new PriceResult(change.itemId(), change.sku(), change.sku(), outcome, appliedPrice, code, message);
    }

    private static String join(List<ProcessingReport.Issue> issues) {
        StringJoiner text = new StringJoiner("; ");
        issues.forEach(i -> text.add(i.code() + ": " + i.message()));
        return text.toString();
    }
}
