package com.channelhub.amazon;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.channelhub.connector.ChannelChange;
import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.amazon.AmazonSpConstants;
import com.channelhub.connector.amazon.AmazonSpOperations;
import com.channelhub.connector.amazon.FeedCompletion;
import com.channelhub.sync.SyncLauncher;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * The steps of the {@code amazon-feed-monitor} route: which recorded feeds have lost their poller, what the
 * connector needs to read one, and recording what it read. The route shows the order; this bean does the work.
 */
@Component("amazonFeedMonitor")
public class AmazonFeedMonitor {

    /** Header: the hub's id of the feed record being checked. */
    public static final String FEED_RECORD = "HubAmazonFeedRecord";
    /** Header: the amazon-sp operation that reads the feed's report, priceFeedResult or inventoryFeedResult. */
    public static final String RESULT_OPERATION = "HubAmazonFeedResultOperation";

    private final AmazonFeeds feeds;
    private final AmazonFeedProperties properties;
    private final Clock clock;

    public AmazonFeedMonitor(AmazonFeeds feeds, AmazonFeedProperties properties, Clock clock) {
        this.feeds = feeds;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Marks feeds open past the stuck limit as STUCK, then answers the ids of open feeds nobody has read within
     * {@code staleAfter}, taken for this run.
     */
    public List<String> unwatchedFeeds() {
        feeds.markStuck(properties.stuckAfter(), clock.instant());
        return feeds.takeUnwatched(properties.staleAfter(), properties.perRun(), clock.instant()).stream()
                .map(UUID::toString).toList();
    }

    /** Body: a feed record id. Sets the integration, feed id and marketplace headers the connector needs. */
    public void address(Exchange exchange) {
        AmazonFeeds.Watch watch = feeds.watch(UUID.fromString(exchange.getIn().getBody(String.class)));
        Message in = exchange.getIn();
        in.setHeader(FEED_RECORD, watch.id().toString());
        in.setHeader(SyncLauncher.INTEGRATION_HEADER, watch.integrationId().toString());
        in.setHeader(AmazonSpConstants.FEED_ID, watch.feedId());
    }

    /**
     * The feed's messages as priceFeedResult or inventoryFeedResult takes them, for the feed's own marketplace, and
     * which of the two reads it (header {@value #RESULT_OPERATION}): a feed carries prices or quantities.
     */
    public void messages(Exchange exchange) {
        UUID id = record(exchange);
        Map<Integer, ChannelChange> messages = feeds.messages(id);
        boolean quantities = messages.values().stream().anyMatch(QuantityChange.class::isInstance);
        exchange.getIn().setHeader(AmazonSpConstants.MARKETPLACE_IDS, feeds.watch(id).marketplaceId());
        exchange.getIn().setHeader(RESULT_OPERATION, quantities ? AmazonSpOperations.inventoryFeedResult.name()
                : AmazonSpOperations.priceFeedResult.name());
        exchange.getIn().setBody(messages);
    }

    /** Body: priceFeedResult's or inventoryFeedResult's answer. Stores the outcome, unless the submitter got there
     * first. */
    public void complete(Exchange exchange) {
        FeedCompletion completion = exchange.getIn().getBody(FeedCompletion.class);
        if (completion == null) {
            // Amazon's answer changed between feedStatus and priceFeedResult: nothing finished yet
            stillOpen(exchange);
            return;
        }
        feeds.finished(record(exchange), completion, AmazonFeeds.MONITOR, clock.instant());
    }

    /** Amazon is still processing the feed: its status as read now. */
    public void stillOpen(Exchange exchange) {
        feeds.checked(record(exchange), exchange.getIn().getHeader(AmazonSpConstants.FEED_STATUS, String.class),
                clock.instant());
    }

    private static UUID record(Exchange exchange) {
        return UUID.fromString(exchange.getIn().getHeader(FEED_RECORD, String.class));
    }
}
