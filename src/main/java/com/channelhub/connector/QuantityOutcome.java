package com.channelhub.connector;

/** What became of one quantity change on one channel. */
public enum QuantityOutcome {
    /** The channel reports the new quantity in place. */
    APPLIED,
    /** The channel accepted it for processing but has not confirmed it (Amazon patchListingsItem ACCEPTED). */
    ACCEPTED,
    /** The channel refused it; the result says why. Not retried. */
    REJECTED,
    /** It could not be processed (a FATAL feed, an outage); safe to send again. */
    FAILED,
    /** The channel does not let the seller set this quantity: Amazon-fulfilled (FBA) stock is Amazon's. */
    UNSUPPORTED
}
