package com.channelhub.connector.amazon;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.channelhub.connector.ChannelChange;
import com.channelhub.connector.ChannelResult;
import com.channelhub.connector.amazon.client.AmazonSpClient;
import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;
import com.channelhub.connector.amazon.client.Feed;
import com.channelhub.connector.amazon.client.FeedDocumentTarget;
import com.channelhub.connector.amazon.client.ListingsFeedDocument;
import com.channelhub.connector.amazon.client.ListingsPatch;
import com.channelhub.connector.amazon.client.ProcessingReport;
import com.channelhub.connector.amazon.client.SellerCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON_LISTINGS_FEED pipeline every push through feeds shares: upload the document, create the feed (within the
 * per-region submission limit the client keeps), poll it to a terminal status and read its processing report. The
 * feed listener hears of each feed as it is created, polled and read ({@link AmazonSpFeedListener}), whatever it
 * carries (prices or quantities). What the messages say is the pusher's business.
 */
final class ListingsFeedRun {

    private static final Logger LOG = LoggerFactory.getLogger(ListingsFeedRun.class);

    /** Settings of a push through feeds. */
    record Settings(String issueLocale, int maxMessages, long pollDelayMillis, long pollTimeoutMillis) {

        /** Messages per feed: the setting, within Amazon's limit. */
        int perFeed() {
            return Math.max(1, Math.min(maxMessages, AmazonSpPlatformFacts.FEED_MAX_MESSAGES));
        }
    }

    /**
     * A submitted feed as it ended: {@code feed} null when it was not finished by the timeout; {@code report} null
     * when Amazon wrote none.
     */
    record Finished(String feedId, Feed feed, ProcessingReport report) {

        boolean done() {
            return feed != null && "DONE".equals(feed.processingStatus()) && report != null;
        }
    }

    private final AmazonSpClient client;
    private final StatusPoller poller;
    private final FeedEvents events;

    ListingsFeedRun(AmazonSpClient client, StatusPoller poller, FeedEvents events) {
        this.client = client;
        this.poller = poller;
        this.events = events;
    }

    /**
     * Submits the document and follows it to its end.
     *
     * @param messages the change each messageId of the document carries, for the listener
     * @param what     "price" or "inventory", for the log
     */
    Finished run(SellerCredentials credentials, String marketplaceId, ListingsFeedDocument document,
            Map<Integer, ? extends ChannelChange> messages, String what, Settings settings) {
        String contentType = AmazonSpPlatformFacts.FEED_CONTENT_TYPE;
        FeedDocumentTarget target = client.createFeedDocument(credentials, contentType);
        client.uploadFeedDocument(target, contentType, document.toBytes());
        String feedId = client.createFeed(credentials, AmazonSpPlatformFacts.JSON_LISTINGS_FEED, List.of(marketplaceId),
                target.feedDocumentId());
        LOG.info("submitted {} feed {} with {} messages for seller {}", what, feedId, document.size(),
                credentials.sellerId());
        events.submitted(new FeedSubmission(credentials.sellerId(), marketplaceId, feedId, target.feedDocumentId(),
                AmazonSpPlatformFacts.JSON_LISTINGS_FEED, Collections.unmodifiableMap(messages)));
        Feed feed = poller.await(() -> check(credentials, feedId), Feed::terminal, settings.pollDelayMillis(),
                settings.pollTimeoutMillis());
        return feed == null ? new Finished(feedId, null, null) : read(client, credentials, feed, what);
    }

    /**
     * What one kind of change puts in a feed and reads back from it.
     *
     * @param what         "price" or "inventory", for the log
     * @param values       "prices" or "quantities", for the reason of a feed that failed as a whole
     * @param includedData what the report shows of each accepted listing, to confirm the change took
     * @param patch        the PATCH message for one change
     * @param results      each message's result, by messageId, from the finished feed
     */
    record Kind<C extends ChannelChange, R extends ChannelResult>(String what, String values, List<String> includedData,
            Function<C, ListingsPatch> patch, BiFunction<Finished, Map<Integer, C>, Map<Integer, R>> results) {
    }

    /**
     * Sends the changes at {@code positions} as feeds of at most {@link Settings#perFeed()} messages, one PATCH per
     * change, each feed followed to its end and told to the listener, and puts each change's result at its position
     * in {@code results}. Answers the ids of the feeds submitted, in order.
     */
    <C extends ChannelChange, R extends ChannelResult> List<String> send(SellerCredentials credentials,
            String marketplaceId, List<C> changes, List<Integer> positions, Kind<C, R> kind, Settings settings,
            Map<Integer, R> results) {
        List<String> feedIds = new ArrayList<>();
        for (List<Integer> chunk : chunks(positions, settings.perFeed())) {
            ListingsFeedDocument document = new ListingsFeedDocument(credentials.sellerId(), settings.issueLocale(),
                    kind.includedData());
            Map<Integer, C> messages = new LinkedHashMap<>();
            Map<Integer, Integer> positionOfMessage = new LinkedHashMap<>();
            for (int position : chunk) {
                C change = changes.get(position);
                int messageId = document.addPatch(change.sku(), kind.patch().apply(change));
                messages.put(messageId, change);
                positionOfMessage.put(messageId, position);
            }
            Finished finished = run(credentials, marketplaceId, document, messages, kind.what(), settings);
            Map<Integer, R> mapped = kind.results().apply(finished, messages);
            finished(finished, mapped, kind.values());
            positionOfMessage.forEach((messageId, position) -> results.put(position, mapped.get(messageId)));
            feedIds.add(finished.feedId());
        }
        return feedIds;
    }

    /** The results in the changes' order, from results stored by position. */
    static <R> List<R> inOrder(Map<Integer, R> byPosition, int size) {
        List<R> ordered = new ArrayList<>(size);
        for (int position = 0; position < size; position++) {
            ordered.add(byPosition.get(position));
        }
        return ordered;
    }

    /** Tells the listener how the feed's messages ended (not called for a feed that was not finished). */
    void finished(Finished finished, Map<Integer, ? extends ChannelResult> results, String values) {
        if (finished.feed() != null) {
            events.finished(completion(finished, results, values));
        }
    }

    private Feed check(SellerCredentials credentials, String feedId) {
        Feed feed = client.getFeed(credentials, feedId);
        events.checked(feedId, feed.processingStatus());
        return feed;
    }

    /** Reads a terminal feed's processing report, if Amazon wrote one. */
    static Finished read(AmazonSpClient client, SellerCredentials credentials, Feed feed, String what) {
        ProcessingReport report = feed.resultFeedDocumentId() == null ? null
                : client.readProcessingReport(client.getFeedDocument(credentials, feed.resultFeedDocumentId()));
        LOG.info("{} feed {} ended {}{}", what, feed.feedId(), feed.processingStatus(),
                report == null || report.summary() == null ? "" : " " + report.summary());
        return new Finished(feed.feedId(), feed, report);
    }

    /**
     * A finished feed with its messages' results, as the listener and the *FeedResult operations answer it.
     *
     * @param values "prices" or "quantities", for the reason of a feed that failed as a whole
     */
    static FeedCompletion completion(Finished finished, Map<Integer, ? extends ChannelResult> results, String values) {
        String problem;
        if (finished.done()) {
            List<ProcessingReport.Issue> feedErrors = FeedIssues.of(finished.report()).feedErrors();
            problem = feedErrors.isEmpty() ? null : "feed " + finished.feedId() + " failed: " + FeedIssues.join(feedErrors);
        } else {
            problem = FeedIssues.failure(finished.feedId(), finished.feed().processingStatus(), finished.report(), values);
        }
        return new FeedCompletion(finished.feed(), finished.report() == null ? null : finished.report().summary(),
                problem, results);
    }

    /** Positions split into runs of at most {@code size}. */
    static List<List<Integer>> chunks(List<Integer> positions, int size) {
        List<List<Integer>> chunks = new ArrayList<>();
        for (int from = 0; from < positions.size(); from += size) {
            chunks.add(positions.subList(from, Math.min(positions.size(), from + size)));
        }
        return chunks;
    }
}
