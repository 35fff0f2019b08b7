package com.channelhub.connector;

/** What became of one price change on one channel. */
public enum PriceOutcome {
    /** The channel reports the new price in place. */
    APPLIED,
    /** The channel accepted it for processing but has not confirmed it (Amazon patchListingsItem ACCEPTED). */
    ACCEPTED,
    /** The channel refused it; the result says why. Not retried. */
    REJECTED,
    /** It could not be processed (a FATAL or CANCELLED feed, an outage); safe to retry. */
    FAILED
}
