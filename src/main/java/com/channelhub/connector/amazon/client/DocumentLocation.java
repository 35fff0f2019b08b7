package com.channelhub.connector.amazon.client;

/**
 * getFeedDocument / getReportDocument answer: where the document is (a presigned URL, valid 5 minutes) and whether
 * it is compressed ({@code GZIP}) or not (null).
 */
public record DocumentLocation(String documentId, String url, String compressionAlgorithm) {

    public boolean gzipped() {
        return "GZIP".equalsIgnoreCase(compressionAlgorithm);
    }

    @Override
    public String toString() {
        return "DocumentLocation[documentId=" + documentId + ", url=<presigned>, compressionAlgorithm="
                + compressionAlgorithm + "]";
    }
}
