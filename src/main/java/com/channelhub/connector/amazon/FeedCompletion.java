package com.channelhub.connector.amazon;

import java.util.Map;

import com.channelhub.connector.ChannelResult;
import com.channelhub.connector.amazon.client.Feed;
import com.channelhub.connector.amazon.client.ProcessingReport;

/**
 * A finished JSON_LISTINGS_FEED, read: what a push's poller hands the feed listener, and the body of the
 * priceFeedResult and inventoryFeedResult operations.
 *
 * @param feed    getFeed's answer: DONE, CANCELLED or FATAL, with the result document id
 * @param summary the processing report's summary (accepted, invalid, errors, warnings), null without a report
 * @param problem the feed-level reason when the feed as a whole did not go through (FATAL, CANCELLED, an ERROR
 *                issue without messageId), else null
 * @param results one result per messageId, in message order: {@link com.channelhub.connector.PriceResult} for a
 *                price feed, {@link com.channelhub.connector.QuantityResult} for an inventory feed
 */
public record FeedCompletion(Feed feed, ProcessingReport.Summary summary, String problem,
        Map<Integer, ? extends ChannelResult> results) {

    public boolean done() {
        return "DONE".equals(feed.processingStatus());
    }
}
