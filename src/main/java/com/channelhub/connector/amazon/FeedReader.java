package com.channelhub.connector.amazon;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.amazon.client.AmazonSpClient;
import com.channelhub.connector.amazon.client.Feed;
import com.channelhub.connector.amazon.client.ProcessingReport;
import com.channelhub.connector.amazon.client.SellerCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a finished JSON_LISTINGS_FEED: downloads its processing report (getFeedDocument, then the document) and maps
 * it message by message with {@link FeedResultMapper}. Shared by the push that polls its own feed and by
 * priceFeedResult, which reads a feed someone else submitted.
 */
final class FeedReader {

    private static final Logger LOG = LoggerFactory.getLogger(FeedReader.class);

    private final AmazonSpClient client;

    FeedReader(AmazonSpClient client) {
        this.client = client;
    }

    FeedCompletion read(SellerCredentials credentials, Feed feed, String marketplaceId,
            Map<Integer, PriceChange> messages) {
        ProcessingReport report = feed.resultFeedDocumentId() == null ? null
                : client.readProcessingReport(client.getFeedDocument(credentials, feed.resultFeedDocumentId()));
        LOG.info("price feed {} ended {}{}", feed.feedId(), feed.processingStatus(),
                report == null || report.summary() == null ? "" : " " + report.summary());
        boolean done = "DONE".equals(feed.processingStatus()) && report != null;
        List<PriceResult> mapped = done ? FeedResultMapper.done(feed.feedId(), report, messages, marketplaceId)
                : FeedResultMapper.failed(feed.feedId(), feed.processingStatus(), report, messages);
        Map<Integer, PriceResult> results = new LinkedHashMap<>();
        Iterator<PriceResult> inOrder = mapped.iterator();
        messages.keySet().forEach(messageId -> results.put(messageId, inOrder.next()));
        String problem = done ? FeedResultMapper.feedLevelErrors(feed.feedId(), report)
                : mapped.isEmpty() ? "feed " + feed.feedId() + " ended " + feed.processingStatus()
                : mapped.get(0).message();
        return new FeedCompletion(feed, report == null ? null : report.summary(), problem, results);
    }
}
