package com.channelhub.connector.amazon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.QuantityOutcome;
import com.channelhub.connector.QuantityResult;
import com.channelhub.connector.amazon.client.AmazonSpClient;
import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;
import com.channelhub.connector.amazon.client.ListingsItem;
import com.channelhub.connector.amazon.client.ProcessingReport;
import com.channelhub.connector.amazon.client.SellerCredentials;

/**
 * Quantities through JSON_LISTINGS_FEED: one PATCH message per SKU merging the DEFAULT channel's quantity, run
 * through {@link ListingsFeedRun} like prices. A feed cannot read every listing first, so an offer the catalog
 * already knows as Amazon-fulfilled is UNSUPPORTED without being sent; for the others the feed asks the report for
 * each accepted listing's fulfillment availability and maps what Amazon shows: the quantity in place (APPLIED), an
 * Amazon channel only (UNSUPPORTED), anything else (ACCEPTED).
 */
final class InventoryFeedPusher {

    /** What came of a push: one result per change, in the changes' order, and the feeds submitted. */
    record Outcome(List<QuantityResult> results, List<String> feedIds) {
    }

    private final ListingsFeedRun feeds;

    InventoryFeedPusher(AmazonSpClient client, StatusPoller poller, FeedEvents events) {
        this.feeds = new ListingsFeedRun(client, poller, events);
    }

    Outcome push(SellerCredentials credentials, String marketplaceId, List<QuantityChange> changes,
            ListingsFeedRun.Settings settings) {
        Map<Integer, QuantityResult> results = new HashMap<>();
        List<Integer> sendable = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Optional<QuantityResult> refusal = SellerQuantities.refusal(changes.get(i));
            if (refusal.isPresent()) {
                results.put(i, refusal.get());
            } else {
                sendable.add(i);
            }
        }
        // the report shows each accepted listing's fulfillment availability: the quantity in place, or Amazon's channel
        ListingsFeedRun.Kind<QuantityChange, QuantityResult> quantities = new ListingsFeedRun.Kind<>("inventory",
                "quantities", List.of("fulfillmentAvailability"),
                change -> SellerQuantities.patch(AmazonSpPlatformFacts.GENERIC_PRODUCT_TYPE, change.quantity()),
                (finished, messages) -> new Report(finished, settings.pollTimeoutMillis()).results(messages));
        List<String> feedIds = feeds.send(credentials, marketplaceId, changes, sendable, quantities, settings, results);
        return new Outcome(ListingsFeedRun.inOrder(results, changes.size()), feedIds);
    }

    /**
     * A finished feed read once: its issues and accepted listings, then each message's result. Also reads a feed
     * another push submitted (inventoryFeedResult).
     */
    static final class Report {
        private final ListingsFeedRun.Finished finished;
        private final long pollTimeoutMillis;
        private final FeedIssues issues;
        private final Map<String, ListingsItem> listings = new HashMap<>();

        Report(ListingsFeedRun.Finished finished, long pollTimeoutMillis) {
            this.finished = finished;
            this.pollTimeoutMillis = pollTimeoutMillis;
            this.issues = finished.done() ? FeedIssues.of(finished.report()) : null;
            if (finished.done() && finished.report().items() != null) {
                finished.report().items().forEach(item -> listings.put(item.sku(), item));
            }
        }

        /** Each message's result, by messageId. */
        Map<Integer, QuantityResult> results(Map<Integer, QuantityChange> messages) {
            Map<Integer, QuantityResult> results = new LinkedHashMap<>();
            messages.forEach((messageId, change) -> results.put(messageId, result(messageId, change)));
            return results;
        }

        QuantityResult result(int messageId, QuantityChange change) {
            if (finished.feed() == null) {
                return SellerQuantities.result(change, QuantityOutcome.FAILED, null, "FEED_TIMEOUT", "feed "
                        + finished.feedId() + " was not finished after " + pollTimeoutMillis / 1000
                        + " s; ask feedStatus for it later or send the quantities again");
            }
            if (!finished.done()) {
                String status = finished.feed().processingStatus();
                return SellerQuantities.result(change, QuantityOutcome.FAILED, null, "FEED_" + status,
                        FeedIssues.failure(finished.feedId(), status, finished.report(), "quantities"));
            }
            List<ProcessingReport.Issue> errors = issues.of(messageId);
            if (errors != null) {
                return SellerQuantities.result(change, QuantityOutcome.REJECTED, null, errors.get(0).code(),
                        FeedIssues.join(errors));
            }
            if (!issues.feedErrors().isEmpty()) {
                return SellerQuantities.result(change, QuantityOutcome.FAILED, null,
                        issues.feedErrors().get(0).code(), "feed " + finished.feedId() + " failed: "
                                + FeedIssues.join(issues.feedErrors()));
            }
            if (finished.report().items() == null) {
                return SellerQuantities.result(change, QuantityOutcome.APPLIED, change.quantity(), null, null);
            }
            return confirmed(change, listings.get(change.sku()));
        }
    }

    private static QuantityResult confirmed(QuantityChange change, ListingsItem item) {
        if (item == null) {
            return SellerQuantities.result(change, QuantityOutcome.REJECTED, null, PriceTarget.UNKNOWN_SKU, "Amazon "
                    + "accepted the message but lists no listing with SKU " + change.sku() + ": nothing was changed");
        }
        Optional<String> amazonChannel = SellerQuantities.amazonChannel(item);
        if (amazonChannel.isPresent()) {
            return SellerQuantities.unsupported(change, amazonChannel.get());
        }
        Integer shown = SellerQuantities.sellerQuantity(item);
        if (change.quantity().equals(shown)) {
            return SellerQuantities.result(change, QuantityOutcome.APPLIED, shown, null, null);
        }
        return SellerQuantities.result(change, QuantityOutcome.ACCEPTED, null, null, "Amazon accepted the quantity; "
                + "the listing showed " + (shown == null ? "none" : shown) + " when the report was written");
    }
}
