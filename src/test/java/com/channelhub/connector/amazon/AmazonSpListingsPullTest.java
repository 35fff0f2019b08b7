package com.channelhub.connector.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.amazon.client.AmazonSpException;
import com.channelhub.connector.amazon.client.DocumentLocation;
import com.channelhub.connector.amazon.client.Report;
import com.channelhub.connector.amazon.client.SellerCredentials;
import org.junit.jupiter.api.Test;

/** The pull's outcomes over a scripted Reports API: data, no data, FATAL with Amazon's reason, timeout. */
class AmazonSpListingsPullTest {

    private static final SellerCredentials SELLER = new SellerCredentials("A2DEMOSELLER01", "id", "secret", "Atzr|x");

    /** Answers getReport from a script and serves documents from strings. */
    private static final class ScriptedReports extends StubAmazonSpClient {
        final Deque<Report> statuses = new ArrayDeque<>();
        String document = "";
        final List<Path> downloads = new ArrayList<>();

        @Override
        public String createReport(SellerCredentials credentials, String reportType, List<String> marketplaceIds) {
            return "R1";
        }

        @Override
        public Report getReport(SellerCredentials credentials, String reportId) {
            return statuses.size() > 1 ? statuses.pollFirst() : statuses.peekFirst();
        }

        @Override
        public DocumentLocation getReportDocument(SellerCredentials credentials, String reportDocumentId) {
            return new DocumentLocation(reportDocumentId, "http://unused", null);
        }

        @Override
        public Path downloadDocument(DocumentLocation location) {
            try {
                Path file = Files.createTempFile("pull-test-", ".txt");
                Files.writeString(file, document, StandardCharsets.UTF_8);
                downloads.add(file);
                return file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static Report report(String status, String documentId) {
        return new Report("R1", "GET_MERCHANT_LISTINGS_ALL_DATA", List.of("ATVPDKIKX0DER"), null, status, null, null,
                documentId);
    }

    private final ScriptedReports amazon = new ScriptedReports();
    private final List<Long> waits = new ArrayList<>();
    private final ListingsPuller puller = new ListingsPuller(amazon, new StatusPoller(waits::add));

    private ListingsPullResult pull(long timeoutMillis) {
        return puller.pull(SELLER, List.of("ATVPDKIKX0DER"), 1_000, timeoutMillis);
    }

    @Test
    void aFinishedReportIsStreamedAndItsFileDeletedOnClose() {
        amazon.statuses.addAll(List.of(report("IN_QUEUE", null), report("IN_PROGRESS", null), report("DONE", "D1")));
        amazon.document = "seller-sku\tprice\nA\t1.50\nB\t2.50\n";
        List<CatalogProduct> products = new ArrayList<>();
        try (ListingsPullResult result = pull(60_000)) {
            assertThat(result.status()).isEqualTo(ListingsPullResult.Status.DONE);
            result.forEach(products::add);
        }
        assertThat(products).extracting(CatalogProduct::externalId).containsExactly("A", "B");
        assertThat(amazon.downloads).singleElement().satisfies(file -> assertThat(file).doesNotExist());
        // waits grow by half each poll
        assertThat(waits).containsExactly(1_000L, 1_501L);
    }

    @Test
    void aCancelledReportMeansNoData() {
        amazon.statuses.add(report("CANCELLED", null));
        ListingsPullResult result = pull(60_000);
        assertThat(result.status()).isEqualTo(ListingsPullResult.Status.NO_DATA);
        assertThat(result.iterator().hasNext()).isFalse();
    }

    @Test
    void aFatalReportFailsWithAmazonsReason() {
        amazon.statuses.add(report("FATAL", "ERR1"));
        amazon.document = "{\"errorDetails\":\"Report processing failed: the marketplace is not enabled\"}";
        assertThatThrownBy(() -> pull(60_000)).isInstanceOf(AmazonSpException.class)
                .hasMessageContaining("ended FATAL").hasMessageContaining("the marketplace is not enabled");
        assertThat(amazon.downloads).allSatisfy(file -> assertThat(file).doesNotExist());
    }

    @Test
    void aReportStillRunningAtTheTimeoutFailsWithTheReportId() {
        amazon.statuses.add(report("IN_PROGRESS", null));
        assertThatThrownBy(() -> pull(0)).isInstanceOfSatisfying(AmazonSpException.class, e -> {
            assertThat(e.getMessage()).contains("R1").contains("not finished");
            assertThat(e.isRetryable()).isTrue();
        });
    }
}
