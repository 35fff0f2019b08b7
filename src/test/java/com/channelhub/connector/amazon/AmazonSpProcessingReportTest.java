package com.channelhub.connector.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.amazon.client.ListingsItem;
import com.channelhub.connector.amazon.client.ProcessingReport;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** Feed results come from Amazon's processing report, read with its published example. */
class AmazonSpProcessingReportTest {

    private static final Path EXAMPLE = Path.of("..", "shared", "amazon",
            "listings-feed-processing-report-schema-v2.example.json");
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static Map<Integer, PriceChange> messages() {
        Map<Integer, PriceChange> messages = new LinkedHashMap<>();
        for (int id = 1; id <= 5; id++) {
            messages.put(id, new PriceChange("item-" + id, "My-SKU-" + id, null, null, new BigDecimal("10.0" + id), null,
                    "USD"));
        }
        return messages;
    }

    private static ProcessingReport example() throws Exception {
        return JSON.readValue(EXAMPLE.toFile(), ProcessingReport.class);
    }

    @Test
    void everyMessageIsAppliedOrRejectedWithAmazonsIssues() throws Exception {
        ProcessingReport example = example();
        // without the listings section (a feed that did not ask for it) the issues alone decide
        ProcessingReport issuesOnly = new ProcessingReport(example.header(), example.issues(), example.summary());
        List<PriceResult> results = FeedResultMapper.done("1234567890", issuesOnly, messages());

        assertThat(results).extracting(PriceResult::itemId).containsExactly("item-1", "item-2", "item-3", "item-4",
                "item-5");
        assertThat(results).extracting(PriceResult::outcome).containsExactly(PriceOutcome.APPLIED,
                PriceOutcome.APPLIED, PriceOutcome.APPLIED, PriceOutcome.REJECTED, PriceOutcome.REJECTED);
        assertThat(results.get(0).appliedPrice()).isEqualByComparingTo("10.01");
        PriceResult four = results.get(3);
        assertThat(four.code()).isEqualTo("90220");
        assertThat(four.message()).contains("'[batteries_required]' is required but not supplied.")
                .contains("supplier_declared_dg_hz_regulation");
        assertThat(results.get(4).code()).isEqualTo("99022");
        assertThat(results.get(4).message()).contains("purchasable_offer.our_price");
    }

    @Test
    void summaryAndHeaderAreRead() throws Exception {
        ProcessingReport report = example();
        assertThat(report.header().feedId()).isEqualTo("1234567890");
        assertThat(report.summary().messagesInvalid()).isEqualTo(2);
        assertThat(report.issues()).hasSize(3);
    }

    @Test
    void theReportedListingsConfirmAppliedPricesAndExposeUnknownSkus() {
        ProcessingReport report = new ProcessingReport(null, List.of(), null, List.of(
                listing("My-SKU-1", "10.01"), listing("My-SKU-2", "99.00")));
        Map<Integer, PriceChange> three = new LinkedHashMap<>(messages());
        three.keySet().retainAll(List.of(1, 2, 3));
        List<PriceResult> results = FeedResultMapper.done("f", report, three, "ATVPDKIKX0DER");
        assertThat(results).extracting(PriceResult::outcome).containsExactly(PriceOutcome.APPLIED,
                PriceOutcome.ACCEPTED, PriceOutcome.REJECTED);
        assertThat(results.get(1).message()).contains("99.00");
        assertThat(results.get(2).code()).isEqualTo("NOT_FOUND");
    }

    private static ListingsItem listing(String sku, String price) {
        return new ListingsItem(sku, null, null, null, List.of(new ListingsItem.Offer("ATVPDKIKX0DER", "B2C",
                new ListingsItem.Money("USD", new BigDecimal(price)))), null);
    }

    @Test
    void theExamplesListingsAreRead() throws Exception {
        assertThat(example().items()).extracting(ListingsItem::sku).containsExactly("My-SKU-B", "My-SKU-C");
        assertThat(example().items().get(0).offers().get(0).price().amount()).isEqualByComparingTo("30.0");
    }

    @Test
    void warningsDoNotRejectAMessage() {
        ProcessingReport report = new ProcessingReport(null, List.of(
                new ProcessingReport.Issue(1, "My-SKU-1", "18448", "WARNING", "incomplete attributes", null)), null);
        assertThat(FeedResultMapper.done("f", report, messages()).get(0).outcome()).isEqualTo(PriceOutcome.APPLIED);
    }

    @Test
    void aFeedLevelErrorFailsTheMessagesNotRejectedOnTheirOwn() {
        ProcessingReport report = new ProcessingReport(null, List.of(
                new ProcessingReport.Issue(null, null, "4000003", "ERROR", "The feed could not be processed", null),
                new ProcessingReport.Issue(2, "My-SKU-2", "4000001", "ERROR", "purchasable_offer is malformed", null)),
                null);
        List<PriceResult> results = FeedResultMapper.done("f", report, messages());
        assertThat(results.get(0).outcome()).isEqualTo(PriceOutcome.FAILED);
        assertThat(results.get(0).message()).contains("The feed could not be processed");
        assertThat(results.get(1).outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(results.get(1).code()).isEqualTo("4000001");
    }

    @Test
    void aFatalFeedFailsEveryMessageAndSaysToSendAgain() {
        List<PriceResult> results = FeedResultMapper.failed("f-9", "FATAL", null, messages());
        assertThat(results).hasSize(5).allSatisfy(r -> {
            assertThat(r.outcome()).isEqualTo(PriceOutcome.FAILED);
            assertThat(r.code()).isEqualTo("FEED_FATAL");
            assertThat(r.message()).contains("f-9").contains("send the prices again");
        });
    }
}
