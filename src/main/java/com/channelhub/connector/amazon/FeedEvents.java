package com.channelhub.connector.amazon;

import java.util.function.Consumer;

import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the endpoint's feed listener, if any, what a push did with its feeds. A listener failure is logged, never
 * thrown: the feed is with Amazon by then, and failing the exchange would only make the route submit it again.
 */
final class FeedEvents {

    private static final Logger LOG = LoggerFactory.getLogger(FeedEvents.class);

    private final AmazonSpFeedListener listener;
    private final Exchange exchange;

    FeedEvents(AmazonSpFeedListener listener, Exchange exchange) {
        this.listener = listener;
        this.exchange = exchange;
    }

    void submitted(FeedSubmission submission) {
        tell("submitted", submission.feedId(), l -> l.submitted(exchange, submission));
    }

    void checked(String feedId, String processingStatus) {
        tell("checked", feedId, l -> l.checked(exchange, feedId, processingStatus));
    }

    void finished(FeedCompletion completion) {
        tell("finished", completion.feed().feedId(), l -> l.finished(exchange, completion));
    }

    private void tell(String event, String feedId, Consumer<AmazonSpFeedListener> call) {
        if (listener == null) {
            return;
        }
        try {
            call.accept(listener);
        } catch (RuntimeException e) {
            LOG.warn("The feed listener failed on '{}' of feed {}; the push goes on: {}", event, feedId, e.toString());
        }
    }
}
