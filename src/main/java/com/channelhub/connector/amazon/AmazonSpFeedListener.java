package com.channelhub.connector.amazon;

import org.apache.camel.Exchange;

/**
 * Hears about the JSON_LISTINGS_FEED documents a price or inventory push submits, so an application can keep a
 * durable record of them: a feed Amazon accepted goes on being processed whether or not the instance that submitted it lives to read
 * its processing report. Bound in the registry, it is autowired into the component (option {@code feedListener}).
 * Called on the producer's thread with the exchange being processed; a listener that throws is logged and does not
 * fail the push (the feed was submitted: failing would make the route send it again).
 */
public interface AmazonSpFeedListener {

    /** Amazon accepted the feed (createFeed answered its id); nothing has been polled yet. */
    void submitted(Exchange exchange, FeedSubmission submission);

    /** The push's poller read the feed's status (every poll, terminal or not). */
    void checked(Exchange exchange, String feedId, String processingStatus);

    /** The feed ended and its processing report was read: one result per message. */
    void finished(Exchange exchange, FeedCompletion completion);
}
