package com.channelhub.amazon;

import java.time.Clock;
import java.util.UUID;

import com.channelhub.connector.amazon.AmazonSpFeedListener;
import com.channelhub.connector.amazon.FeedCompletion;
import com.channelhub.connector.amazon.FeedSubmission;
import com.channelhub.sync.SyncLauncher;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The hub's feed listener on the {@code amazon-sp} component: records each feed a price or inventory push submits
 * for an integration (header {@code HubIntegrationId}, and its PRICE_PUSH or INVENTORY_PUSH run from
 * {@code HubSyncRunId}), follows its status
 * while the push polls it, and stores its outcome when the push reads the report. A push without an integration
 * (a test, a one-off route) is not recorded.
 */
@Component
public class AmazonFeedRecorder implements AmazonSpFeedListener {

    private static final Logger LOG = LoggerFactory.getLogger(AmazonFeedRecorder.class);

    private final AmazonFeeds feeds;
    private final Clock clock;

    public AmazonFeedRecorder(AmazonFeeds feeds, Clock clock) {
        this.feeds = feeds;
        this.clock = clock;
    }

    @Override
    public void submitted(Exchange exchange, FeedSubmission submission) {
        UUID integrationId = header(exchange, SyncLauncher.INTEGRATION_HEADER);
        if (integrationId == null) {
            LOG.debug("feed {} was submitted outside an integration's push: not recorded", submission.feedId());
            return;
        }
        feeds.submitted(integrationId, header(exchange, SyncLauncher.RUN_HEADER), submission, clock.instant());
    }

    @Override
    public void checked(Exchange exchange, String feedId, String processingStatus) {
        UUID integrationId = header(exchange, SyncLauncher.INTEGRATION_HEADER);
        if (integrationId != null) {
            feeds.checked(integrationId, feedId, processingStatus, clock.instant());
        }
    }

    @Override
    public void finished(Exchange exchange, FeedCompletion completion) {
        UUID integrationId = header(exchange, SyncLauncher.INTEGRATION_HEADER);
        if (integrationId != null) {
            feeds.finished(integrationId, completion, clock.instant());
        }
    }

    private static UUID header(Exchange exchange, String name) {
        String value = exchange.getMessage().getHeader(name, String.class);
        return value == null || value.isBlank() ? null : UUID.fromString(value);
    }
}
