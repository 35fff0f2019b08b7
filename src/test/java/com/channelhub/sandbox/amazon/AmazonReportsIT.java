package com.channelhub.sandbox.amazon;

import static com.channelhub.sandbox.amazon.AmazonSandboxClient.US;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

@AmazonSandboxIT
class AmazonReportsIT extends AmazonSellerTestBase {

    @Override
    int skuCount() {
        return 40;
    }

    private String createReport() {
        HubHttp.Response created = amazon.post("/reports/2021-06-30/reports", token,
                "{\"reportType\":\"GET_MERCHANT_LISTINGS_ALL_DATA\",\"marketplaceIds\":[\"" + US + "\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        return created.json().get("reportId").asText();
    }

    private JsonNode report(String reportId) {
        return amazon.get("/reports/2021-06-30/reports/" + reportId, token).json();
    }

    private JsonNode awaitEnd(String reportId) {
        JsonNode[] report = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(600)).until(() -> {
            report[0] = report(reportId);
            return Set.of("DONE", "FATAL", "CANCELLED").contains(report[0].path("processingStatus").asText());
        });
        return report[0];
    }

    @Test
    void theMerchantListingsReportIsATabSeparatedDocumentWithAmazonsColumns() {
        String reportId = createReport();
        JsonNode report = awaitEnd(reportId);
        assertThat(report.get("processingStatus").asText()).isEqualTo("DONE");
        assertThat(report.get("reportType").asText()).isEqualTo("GET_MERCHANT_LISTINGS_ALL_DATA");

        JsonNode document = amazon.get("/reports/2021-06-30/documents/" + report.get("reportDocumentId").asText(), token)
                .json();
        assertThat(document.get("compressionAlgorithm").asText()).isEqualTo("GZIP");
        List<String> lines = amazon.download(document).lines().toList();
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        assertThat(header).startsWith("item-name", "item-description", "listing-id", "seller-sku", "price", "quantity",
                "open-date").contains("item-condition", "asin1", "product-id", "fulfillment-channel", "status");
        assertThat(lines).hasSize(41);

        String[] first = lines.get(1).split("\t", -1);
        assertThat(first).hasSize(header.size());
        assertThat(first[header.indexOf("seller-sku")]).isEqualTo("T-000001");
        JsonNode truth = amazon.control("/sellers/" + sellerId + "/listings/T-000001");
        assertThat(first[header.indexOf("price")]).isEqualTo(truth.get("price").decimalValue().toPlainString());
        assertThat(first[header.indexOf("quantity")]).isEqualTo(truth.get("quantity").asText());
        assertThat(first[header.indexOf("asin1")]).isEqualTo(truth.get("asin").asText());
        String[] fba = lines.get(10).split("\t", -1);
        assertThat(fba[header.indexOf("fulfillment-channel")]).isEqualTo("AMAZON_NA");
    }

    @Test
    void aCancelledReportHasNoDocumentAndAFatalOneEndsFatal() {
        amazon.fault("{\"operation\":\"createReport\",\"kind\":\"CANCELLED\",\"sellerId\":\"" + sellerId + "\"}");
        amazon.fault("{\"operation\":\"createReport\",\"kind\":\"FATAL\",\"sellerId\":\"" + sellerId + "\"}");
        String cancelled = createReport();
        String fatal = createReport();

        JsonNode cancelledReport = awaitEnd(cancelled);
        assertThat(cancelledReport.get("processingStatus").asText()).isEqualTo("CANCELLED");
        assertThat(cancelledReport.has("reportDocumentId")).isFalse();
        assertThat(awaitEnd(fatal).get("processingStatus").asText()).isEqualTo("FATAL");
    }

    @Test
    void aStuckReportStaysInProgressLongAfterOthersAreDone() {
        amazon.fault("{\"operation\":\"createReport\",\"kind\":\"STUCK\",\"sellerId\":\"" + sellerId + "\"}");
        String stuck = createReport();
        String normal = createReport();

        assertThat(awaitEnd(normal).get("processingStatus").asText()).isEqualTo("DONE");
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(700)).during(Duration.ofSeconds(2))
                .until(() -> report(stuck).get("processingStatus").asText().equals("IN_PROGRESS"));
    }

    @Test
    void otherReportTypesAreRefused() {
        HubHttp.Response created = amazon.post("/reports/2021-06-30/reports", token,
                "{\"reportType\":\"GET_FLAT_FILE_OPEN_LISTINGS_DATA\",\"marketplaceIds\":[\"" + US + "\"]}");
        assertThat(created.status()).isEqualTo(400);
        assertThat(created.json().at("/errors/0/code").asText()).isEqualTo("InvalidInput");
    }
}
