package com.channelhub.connector.amazon;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.amazon.client.AmazonSpClient;
import com.channelhub.connector.amazon.client.Feed;
import com.channelhub.connector.amazon.client.SellerCredentials;

/**
 * Reads a finished JSON_LISTINGS_FEED someone else submitted (its submitter is gone): downloads its processing report
 * ({@link ListingsFeedRun#read}) and maps it message by message as the push that submitted it would have. Behind
 * the priceFeedResult and inventoryFeedResult operations.
 */
final class FeedReader {

    private final AmazonSpClient client;

    FeedReader(AmazonSpClient client) {
        this.client = client;
    }

    FeedCompletion read(SellerCredentials credentials, Feed feed, String marketplaceId,
            Map<Integer, PriceChange> messages) {
        ListingsFeedRun.Finished finished = ListingsFeedRun.read(client, credentials, feed, "price");
        List<PriceResult> mapped = PriceFeedPusher.map(finished, marketplaceId, messages, 0);
        return ListingsFeedRun.completion(finished, byMessage(messages, mapped), "prices");
    }

    FeedCompletion readQuantities(SellerCredentials credentials, Feed feed, Map<Integer, QuantityChange> messages) {
        ListingsFeedRun.Finished finished = ListingsFeedRun.read(client, credentials, feed, "inventory");
        return ListingsFeedRun.completion(finished, new InventoryFeedPusher.Report(finished, 0).results(messages),
                "quantities");
    }

    /** The results, given in message order, by messageId. */
    static <R> Map<Integer, R> byMessage(Map<Integer, ?> messages, List<R> inOrder) {
        Map<Integer, R> results = new LinkedHashMap<>();
        Iterator<R> next = inOrder.iterator();
        messages.keySet().forEach(messageId -> results.put(messageId, next.next()));
        return results;
    }
}
