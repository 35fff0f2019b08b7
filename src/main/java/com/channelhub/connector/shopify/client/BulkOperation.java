package com.channelhub.connector.shopify.client;

import com.channelhub.connector.shopify.ShopifyPlatformFacts;

/**
 * A bulk operation's state.
 *
 * @param id             its GID
 * @param status         CREATED, RUNNING, COMPLETED, FAILED, CANCELING, CANCELED or EXPIRED
 * @param errorCode      why it failed, when it did
 * @param url            the JSONL result once COMPLETED (null when there was nothing to export)
 * @param partialDataUrl what a FAILED operation still produced, when anything
 * @param objectCount    objects exported so far
 */
public record BulkOperation(String id, String status, String errorCode, String url, String partialDataUrl,
        long objectCount) {

    public boolean isFinished() {
        return status != null && ShopifyPlatformFacts.BULK_TERMINAL_STATUSES.contains(status);
    }
}
