package com.channelhub.connector.amazon;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.channelhub.connector.amazon.client.AmazonSpClient;
import com.channelhub.connector.amazon.client.AmazonSpException;
import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;
import com.channelhub.connector.amazon.client.DocumentLocation;
import com.channelhub.connector.amazon.client.Report;
import com.channelhub.connector.amazon.client.SellerCredentials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A full catalog pull through the GET_MERCHANT_LISTINGS_ALL_DATA report: create it, wait for it, download it to a
 * temporary file and stream it. CANCELLED is Amazon's "no data"; FATAL and a report still running at the timeout
 * are errors — a pull never ends in a silent, empty success.
 */
final class ListingsPuller {

    private static final Logger LOG = LoggerFactory.getLogger(ListingsPuller.class);

    private final AmazonSpClient client;
    private final StatusPoller poller;

    ListingsPuller(AmazonSpClient client, StatusPoller poller) {
        this.client = client;
        this.poller = poller;
    }

    String start(SellerCredentials credentials, List<String> marketplaceIds) {
        String reportId = client.createReport(credentials, AmazonSpPlatformFacts.MERCHANT_LISTINGS_REPORT,
                marketplaceIds);
        LOG.info("requested listings report {} for seller {} in {}", reportId, credentials.sellerId(), marketplaceIds);
        return reportId;
    }

    /** Creates the report and blocks until it is finished (or fails). */
    ListingsPullResult pull(SellerCredentials credentials, List<String> marketplaceIds, long pollDelayMillis,
            long timeoutMillis) {
        String reportId = start(credentials, marketplaceIds);
        Report report = poller.await(() -> client.getReport(credentials, reportId), Report::terminal, pollDelayMillis,
                timeoutMillis);
        if (report == null) {
            throw new AmazonSpException("listings report " + reportId + " for seller " + credentials.sellerId()
                    + " was not finished after " + timeoutMillis / 1000 + " s; Amazon's reports can take long: "
                    + "raise reportPollTimeout or try again later", true);
        }
        return finished(credentials, report, marketplaceIds);
    }

    /** The result of a report in a terminal state. */
    ListingsPullResult finished(SellerCredentials credentials, Report report, List<String> marketplaceIds) {
        switch (report.processingStatus()) {
            case "CANCELLED":
                LOG.info("listings report {} was CANCELLED: no data", report.reportId());
                return new ListingsPullResult(report.reportId(), ListingsPullResult.Status.NO_DATA, null);
            case "FATAL":
                throw new AmazonSpException("listings report " + report.reportId() + " for seller "
                        + credentials.sellerId() + " ended FATAL: Amazon could not produce it"
                        + errorDocument(credentials, report) + "; request a new one later", true);
            case "DONE":
                return open(credentials, report, marketplaceIds);
            default:
                throw new IllegalStateException("report " + report.reportId() + " is not finished: "
                        + report.processingStatus());
        }
    }

    /** A FATAL report may carry a document saying why (e.g. {"errorDetails": …}); quoted, shortened. */
    private String errorDocument(SellerCredentials credentials, Report report) {
        if (report.reportDocumentId() == null) {
            return "";
        }
        Path file = null;
        try {
            file = client.downloadDocument(client.getReportDocument(credentials, report.reportDocumentId()));
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return " (" + (text.length() > 500 ? text.substring(0, 500) + "…" : text) + ")";
        } catch (IOException | RuntimeException e) {
            return " (error document " + report.reportDocumentId() + " unreadable: " + e.getMessage() + ")";
        } finally {
            if (file != null) {
                delete(file);
            }
        }
    }

    private ListingsPullResult open(SellerCredentials credentials, Report report, List<String> marketplaceIds) {
        if (report.reportDocumentId() == null) {
            throw new AmazonSpException("listings report " + report.reportId() + " is DONE without a reportDocumentId",
                    false);
        }
        DocumentLocation location = client.getReportDocument(credentials, report.reportDocumentId());
        Path file = client.downloadDocument(location);
        AmazonSpPlatformFacts.Marketplace marketplace = AmazonSpPlatformFacts.marketplace(marketplaceIds.get(0));
        String currency = marketplace == null ? null : marketplace.currency();
        try {
            MerchantListingsReader reader = new MerchantListingsReader(
                    new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), currency,
                    () -> delete(file));
            return new ListingsPullResult(report.reportId(), ListingsPullResult.Status.DONE, reader);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException("cannot read the downloaded listings report " + report.reportId(), e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not delete the downloaded report {}", file, e);
        }
    }
}
