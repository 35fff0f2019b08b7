package com.channelhub.connector.amazon;

import java.util.ArrayList;
import java.util.List;

import com.channelhub.connector.amazon.client.AmazonSpClient;
import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;
import com.channelhub.connector.amazon.client.Feed;
import com.channelhub.connector.amazon.client.FeedDocumentTarget;
import com.channelhub.connector.amazon.client.ListingsFeedDocument;
import com.channelhub.connector.amazon.client.ProcessingReport;
import com.channelhub.connector.amazon.client.SellerCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON_LISTINGS_FEED pipeline every push through feeds shares: upload the document, create the feed (within the
 * per-region submission limit the client keeps), poll it to a terminal status and read its processing report. What
 * the messages say is the pusher's business.
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

    ListingsFeedRun(AmazonSpClient client, StatusPoller poller) {
        this.client = client;
        this.poller = poller;
    }

    Finished run(SellerCredentials credentials, String marketplaceId, ListingsFeedDocument document, String what,
            Settings settings) {
        String contentType = AmazonSpPlatformFacts.FEED_CONTENT_TYPE;
        FeedDocumentTarget target = client.createFeedDocument(credentials, contentType);
        client.uploadFeedDocument(target, contentType, document.toBytes());
        String feedId = client.createFeed(credentials, AmazonSpPlatformFacts.JSON_LISTINGS_FEED, List.of(marketplaceId),
                target.feedDocumentId());
        LOG.info("submitted {} feed {} with {} messages for seller {}", what, feedId, document.size(),
                credentials.sellerId());
        Feed feed = poller.await(() -> client.getFeed(credentials, feedId), Feed::terminal, settings.pollDelayMillis(),
                settings.pollTimeoutMillis());
        if (feed == null) {
            return new Finished(feedId, null, null);
        }
        ProcessingReport report = feed.resultFeedDocumentId() == null ? null
                : client.readProcessingReport(client.getFeedDocument(credentials, feed.resultFeedDocumentId()));
        LOG.info("{} feed {} ended {}{}", what, feedId, feed.processingStatus(),
                report == null || report.summary() == null ? "" : " " + report.summary());
        return new Finished(feedId, feed, report);
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
