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
import com.channelhub.connector.amazon.client.Feed;
import com.channelhub.connector.amazon.client.FeedDocumentTarget;
import com.channelhub.connector.amazon.client.ListingsFeedDocument;
import com.channelhub.connector.amazon.client.ListingsPatch;
import com.channelhub.connector.amazon.client.SellerCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prices through JSON_LISTINGS_FEED: PATCH messages replacing {@code purchasable_offer} (Amazon's price-change
 * example; a feed of thousands cannot read every listing first, so discount schedules inside the offer are not
 * kept — use pricePatch for listings that have them), at most feedMaxMessages per feed, each feed uploaded,
 * submitted within the per-region limit, polled to a terminal status and mapped message by message from its
 * processing report. The feed listener hears of each feed as it is created, polled and read (see
 * {@link AmazonSpFeedListener}).
 */
final class PriceFeedPusher {

    private static final Logger LOG = LoggerFactory.getLogger(PriceFeedPusher.class);

    /** What came of a push: one result per change, in the changes' order, and the feeds submitted. */
    record Outcome(List<PriceResult> results, List<String> feedIds) {
    }

    /** Settings of a push. */
    record Settings(String issueLocale, int maxMessages, long pollDelayMillis, long pollTimeoutMillis) {
    }

    private final AmazonSpClient client;
    private final StatusPoller poller;
    private final FeedEvents events;

    PriceFeedPusher(AmazonSpClient client, StatusPoller poller, FeedEvents events) {
        this.client = client;
        this.poller = poller;
        this.events = events;
    }

    Outcome push(SellerCredentials credentials, String marketplaceId, List<PriceChange> changes, Settings settings) {
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
        int perFeed = Math.max(1, Math.min(settings.maxMessages(), AmazonSpPlatformFacts.FEED_MAX_MESSAGES));
        List<String> feedIds = new ArrayList<>();
        for (int from = 0; from < valid.size(); from += perFeed) {
            List<Integer> chunk = valid.subList(from, Math.min(valid.size(), from + perFeed));
            feedIds.add(pushChunk(credentials, marketplaceId, currency, changes, chunk, settings, results));
        }
        List<PriceResult> ordered = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            ordered.add(results.get(i));
        }
        return new Outcome(ordered, feedIds);
    }

    private String pushChunk(SellerCredentials credentials, String marketplaceId, String currency,
            List<PriceChange> changes, List<Integer> chunk, Settings settings, Map<Integer, PriceResult> results) {
        // the report then shows each accepted listing's offer: the check that an accepted message changed something
        ListingsFeedDocument document = new ListingsFeedDocument(credentials.sellerId(), settings.issueLocale(),
                List.of("offers"));
        Map<Integer, PriceChange> messages = new LinkedHashMap<>();
        Map<Integer, Integer> indexOfMessage = new LinkedHashMap<>();
        for (int index : chunk) {
            PriceChange change = changes.get(index);
            int messageId = document.addPatch(change.sku(), pricePatch(marketplaceId, currency, change));
            messages.put(messageId, change);
            indexOfMessage.put(messageId, index);
        }
        String contentType = AmazonSpPlatformFacts.FEED_CONTENT_TYPE;
        FeedDocumentTarget target = client.createFeedDocument(credentials, contentType);
        client.uploadFeedDocument(target, contentType, document.toBytes());
        String feedId = client.createFeed(credentials, AmazonSpPlatformFacts.JSON_LISTINGS_FEED, List.of(marketplaceId),
                target.feedDocumentId());
        LOG.info("submitted price feed {} with {} messages for seller {}", feedId, messages.size(),
                credentials.sellerId());
        events.submitted(new FeedSubmission(credentials.sellerId(), marketplaceId, feedId, target.feedDocumentId(),
                AmazonSpPlatformFacts.JSON_LISTINGS_FEED, java.util.Collections.unmodifiableMap(messages)));
        List<PriceResult> mapped = await(credentials, feedId, marketplaceId, messages, settings);
        int i = 0;
        for (Integer messageId : messages.keySet()) {
            results.put(indexOfMessage.get(messageId), mapped.get(i++));
        }
        return feedId;
    }

    private List<PriceResult> await(SellerCredentials credentials, String feedId, String marketplaceId,
            Map<Integer, PriceChange> messages, Settings settings) {
        Feed feed = poller.await(() -> check(credentials, feedId), Feed::terminal, settings.pollDelayMillis(),
                settings.pollTimeoutMillis());
        if (feed == null) {
            List<PriceResult> results = new ArrayList<>();
            messages.values().forEach(change -> results.add(FeedResultMapper.result(change, PriceOutcome.FAILED, null,
                    "FEED_TIMEOUT", "feed " + feedId + " was not finished after " + settings.pollTimeoutMillis() / 1000
                            + " s; ask feedStatus for it later or send the prices again")));
            return results;
        }
        FeedCompletion completion = new FeedReader(client).read(credentials, feed, marketplaceId, messages);
        events.finished(completion);
        return new ArrayList<>(completion.results().values());
    }

    private Feed check(SellerCredentials credentials, String feedId) {
        Feed feed = client.getFeed(credentials, feedId);
        events.checked(feedId, feed.processingStatus());
        return feed;
    }

    /** The PATCH message body for one price: Amazon's price-change example. */
    static ListingsPatch pricePatch(String marketplaceId, String currency, PriceChange change) {
        return new ListingsPatch(AmazonSpPlatformFacts.GENERIC_PRODUCT_TYPE, List.of(new ListingsPatch.Operation(
                "replace", "/attributes/" + AmazonSpPlatformFacts.PURCHASABLE_OFFER,
                PurchasableOffers.fresh(marketplaceId, currency, change.price()))));
    }
}
