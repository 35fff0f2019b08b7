package com.channelhub.connector.amazon.client;

/** createFeedDocument's answer: the document id and the presigned URL (valid 5 minutes) to PUT the content to. */
public record FeedDocumentTarget(String feedDocumentId, String url) {

    @Override
    public String toString() {
        return "FeedDocumentTarget[feedDocumentId=" + feedDocumentId + ", url=<presigned>]";
    }
}
