package com.channelhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.CatalogVariant;
import org.junit.jupiter.api.Test;

/** When a listing is due for a detail refresh, and what a refresh or its failure leaves on the variant. */
class ChannelVariantDetailTest {

    private static final Instant OPENED = Instant.parse("2024-01-01T08:00:00Z");
    private static final Instant T1 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant T2 = T1.plusSeconds(3600);

    private final ChannelVariant variant = new ChannelVariant(UUID.randomUUID(), UUID.randomUUID(), "T-000001");

    private static String row(String price, Integer quantity, String status) {
        CatalogVariant v = new CatalogVariant("T-000001", "T-000001", "Kettle", new BigDecimal(price), null, "USD",
                quantity, null, "DEFAULT", "B0ABC00001", OPENED);
        return ReportRowFingerprint.of(new CatalogProduct("T-000001", "Kettle", null, status, OPENED, List.of(v)), v);
    }

    private static ListingDetail detail(String channel, int issues) {
        return new ListingDetail(new ListingSummary("BUYABLE,DISCOVERABLE", "PRODUCT", "new_new", null, issues,
                issues > 0 ? "ERROR" : null, null), "Northwind", new BigDecimal("12.50"), "USD", channel, 4);
    }

    @Test
    void aNewRowIsDueAnUnchangedOneIsNot() {
        assertThat(variant.noteReportRow(row("12.00", 3, "Active"), T1)).isTrue();
        assertThat(variant.getDetailDueSince()).isEqualTo(T1);

        variant.applyDetail(detail("DEFAULT", 0), T1);
        assertThat(variant.getDetailDueSince()).isNull();

        assertThat(variant.noteReportRow(row("12.0", 3, "Active"), T2)).as("same price, other scale").isFalse();
        assertThat(variant.getDetailDueSince()).isNull();
    }

    @Test
    void aChangeOfPriceQuantityOrStatusMakesItDueAndAWaitingListingKeepsItsPlace() {
        variant.noteReportRow(row("12.00", 3, "Active"), T1);
        variant.applyDetail(detail("DEFAULT", 0), T1);

        assertThat(variant.noteReportRow(row("12.00", 2, "Active"), T2)).isTrue();
        assertThat(variant.getDetailDueSince()).isEqualTo(T2);
        assertThat(variant.noteReportRow(row("12.00", 2, "Inactive"), T2.plusSeconds(60))).isTrue();
        assertThat(variant.getDetailDueSince()).as("still waiting since the first change").isEqualTo(T2);
        assertThat(variant.noteReportRow(row("13.00", 2, "Inactive"), T2.plusSeconds(120))).isTrue();
    }

    @Test
    void aRefreshStoresTheDetailAndClearsAnEarlierError() {
        variant.noteReportRow(row("12.00", 3, "Active"), T1);
        variant.detailFailed("503 ServiceUnavailable", true);

        variant.applyDetail(detail("AMAZON_NA", 2), T2);

        assertThat(variant.getFulfillmentChannel()).isEqualTo("AMAZON_NA");
        assertThat(variant.getPrice()).isEqualByComparingTo("12.50");
        assertThat(variant.getInventoryQuantity()).isEqualTo(4);
        assertThat(variant.getListing().issueCount()).isEqualTo(2);
        assertThat(variant.getListing().issueSeverity()).isEqualTo("ERROR");
        assertThat(variant.getDetailRefreshedAt()).isEqualTo(T2);
        assertThat(variant.getDetailError()).isNull();
    }

    @Test
    void aRetryableFailureKeepsTheListingDueAndAnUnknownSkuDoesNot() {
        variant.noteReportRow(row("12.00", 3, "Active"), T1);

        variant.detailFailed("429 QuotaExceeded after retries", true);
        assertThat(variant.getDetailDueSince()).isEqualTo(T1);
        assertThat(variant.getDetailError()).contains("QuotaExceeded");

        variant.detailFailed("Amazon has no listing for SKU T-000001", false);
        assertThat(variant.getDetailDueSince()).isNull();
        assertThat(variant.getDetailError()).contains("no listing");
    }

    @Test
    void aLaterReportStillAppliesItsQuantityAfterARefresh() {
        variant.update(new CatalogVariant("T-000001", "T-000001", "Kettle", new BigDecimal("12.00"), null, "USD", 3,
                null, "DEFAULT", "B0ABC00001", OPENED), T1);
        variant.applyDetail(detail("DEFAULT", 0), T2);

        variant.update(new CatalogVariant("T-000001", "T-000001", "Kettle", new BigDecimal("12.00"), null, "USD", 9,
                null, "DEFAULT", "B0ABC00001", OPENED), T2.plusSeconds(60));

        assertThat(variant.getInventoryQuantity()).isEqualTo(9);
    }
}
