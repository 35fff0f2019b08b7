package com.channelhub.connector.amazon;

import java.io.Closeable;
import java.util.Collections;
import java.util.Iterator;

import com.channelhub.connector.CatalogProduct;

/**
 * The outcome of a listings pull: the report id, whether it had data, and the products streamed from the downloaded
 * report. Iterate once, then close (deletes the downloaded file); a Camel splitter in streaming mode does both.
 */
public final class ListingsPullResult implements Iterable<CatalogProduct>, Closeable {

    /** DONE with a document, or NO_DATA when Amazon CANCELLED the report (its way of saying there is nothing). */
    public enum Status { DONE, NO_DATA }

    private final String reportId;
    private final Status status;
    private final MerchantListingsReader reader;

    ListingsPullResult(String reportId, Status status, MerchantListingsReader reader) {
        this.reportId = reportId;
        this.status = status;
        this.reader = reader;
    }

    public String reportId() {
        return reportId;
    }

    public Status status() {
        return status;
    }

    @Override
    public Iterator<CatalogProduct> iterator() {
        return reader == null ? Collections.emptyIterator() : reader;
    }

    @Override
    public void close() {
        if (reader != null) {
            reader.close();
        }
    }

    @Override
    public String toString() {
        return "ListingsPullResult[reportId=" + reportId + ", status=" + status + "]";
    }
}
