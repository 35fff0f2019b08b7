package com.channelhub.connector.amazon;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        FeedIssues issues = FeedIssues.of(report);
        List<ProcessingReport.Issue> feedErrors = issues.feedErrors();
        List<PriceResult> results = new ArrayList<>(messages.size());
        messages.forEach((messageId, change) -> {
            List<ProcessingReport.Issue> errors = issues.of(messageId);
            if (errors != null) {
                results.add(result(change, PriceOutcome.REJECTED, null, errors.get(0).code(), FeedIssues.join(errors)));
            } else if (!feedErrors.isEmpty()) {
                results.add(result(change, PriceOutcome.FAILED, null, feedErrors.get(0).code(),
                        "feed " + feedId + " failed: " + FeedIssues.join(feedErrors)));
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

    /** Every message FAILED, quoting the feed's status and, when there is one, its report's feed-level issues. */
    static List<PriceResult> failed(String feedId, String status, ProcessingReport report,
            Map<Integer, PriceChange> messages) {
        String reason = FeedIssues.failure(feedId, status, report, "prices");
        List<PriceResult> results = new ArrayList<>(messages.size());
        messages.values().forEach(change -> results.add(result(change, PriceOutcome.FAILED, null, "FEED_" + status,
                reason)));
        return results;
    }

    static PriceResult result(PriceChange change, PriceOutcome outcome, BigDecimal appliedPrice,
            String code, String message) {
        return new PriceResult(change.itemId(), change.sku(), change.sku(), outcome, appliedPrice, code, message);
    }
}
