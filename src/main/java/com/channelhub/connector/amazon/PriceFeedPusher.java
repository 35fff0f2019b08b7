package com.channelhub.connector.amazon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.amazon.client.AmazonSpClient;
import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;
import com.channelhub.connector.amazon.client.ListingsPatch;
import com.channelhub.connector.amazon.client.SellerCredentials;

/**
 * Prices through JSON_LISTINGS_FEED: PATCH messages replacing {@code purchasable_offer} (Amazon's price-change
 * example; a feed of thousands cannot read every listing first, so discount schedules inside the offer are not
 * kept — use pricePatch for listings that have them), at most feedMaxMessages per feed, each run through
 * {@link ListingsFeedRun} (which tells the feed listener of it) and mapped message by message from its processing
 * report.
 */
final class PriceFeedPusher {

    /** What came of a push: one result per change, in the changes' order, and the feeds submitted. */
    record Outcome(List<PriceResult> results, List<String> feedIds) {
    }

    private final ListingsFeedRun feeds;

    PriceFeedPusher(AmazonSpClient client, StatusPoller poller, FeedEvents events) {
        this.feeds = new ListingsFeedRun(client, poller, events);
    }

    Outcome push(SellerCredentials credentials, String marketplaceId, List<PriceChange> changes,
            ListingsFeedRun.Settings settings) {
        String currency = PriceTarget.currency(marketplaceId);
        Map<Integer, PriceResult> results = new LinkedHashMap<>();
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            PriceChange change = changes.get(i);
            Optional<String> problem = PriceValidator.problem(change, marketplaceId, currency);
            if (problem.isPresent()) {
                results.put(i, FeedResultMapper.result(change, PriceOutcome.REJECTED, null, PriceTarget.INVALID_PRICE,
                        problem.get()));
            } else {
                valid.add(i);
            }
        }
        // the report shows each accepted listing's offer: the check that an accepted message changed something
        ListingsFeedRun.Kind<PriceChange, PriceResult> prices = new ListingsFeedRun.Kind<>("price", "prices",
                List.of("offers"), change -> pricePatch(marketplaceId, currency, change),
                (finished, messages) -> FeedReader.byMessage(messages,
                        map(finished, marketplaceId, messages, settings.pollTimeoutMillis())));
        List<String> feedIds = feeds.send(credentials, marketplaceId, changes, valid, prices, settings, results);
        return new Outcome(ListingsFeedRun.inOrder(results, changes.size()), feedIds);
    }

    /** One result per message, in message order. */
    static List<PriceResult> map(ListingsFeedRun.Finished finished, String marketplaceId,
            Map<Integer, PriceChange> messages, long pollTimeoutMillis) {
        if (finished.feed() == null) {
            List<PriceResult> results = new ArrayList<>();
            messages.values().forEach(change -> results.add(FeedResultMapper.result(change, PriceOutcome.FAILED, null,
                    "FEED_TIMEOUT", "feed " + finished.feedId() + " was not finished after "
                            + pollTimeoutMillis / 1000 + " s; ask feedStatus for it later or send the "
                            + "prices again")));
            return results;
        }
        if (finished.done()) {
            return FeedResultMapper.done(finished.feedId(), finished.report(), messages, marketplaceId);
        }
        return FeedResultMapper.failed(finished.feedId(), finished.feed().processingStatus(), finished.report(),
                messages);
    }

    /** The PATCH message body for one price: Amazon's price-change example. */
    static ListingsPatch pricePatch(String marketplaceId, String currency, PriceChange change) {
        return new ListingsPatch(AmazonSpPlatformFacts.GENERIC_PRODUCT_TYPE, List.of(new ListingsPatch.Operation(
                "replace", "/attributes/" + AmazonSpPlatformFacts.PURCHASABLE_OFFER,
                PurchasableOffers.fresh(marketplaceId, currency, change.price()))));
    }
}
