package com.channelhub.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What a marketplace says of a listing beyond its report row (Amazon getListingsItem: {@code summaries} and
 * {@code issues}), kept on the variant so the catalog shows a listing that is not buyable or has errors.
 *
 * @param listingStatus  the summary's statuses joined by commas: "BUYABLE,DISCOVERABLE", "DISCOVERABLE", or empty
 * @param productType    the marketplace's product type, e.g. LUGGAGE
 * @param conditionType  e.g. new_new
 * @param mainImageUrl   the main image's link
 * @param issueCount     how many issues the listing has (0 when none)
 * @param issueSeverity  the most severe of them: ERROR, WARNING or INFO; null when none
 * @param issueMessage   the message of the first issue of that severity
 */
@Embeddable
public record ListingSummary(
        @Column(name = "listing_status") String listingStatus,
        @Column(name = "product_type") String productType,
        @Column(name = "condition_type") String conditionType,
        @Column(name = "main_image_url") String mainImageUrl,
        @Column(name = "issue_count") Integer issueCount,
        @Column(name = "issue_severity") String issueSeverity,
        @Column(name = "issue_message") String issueMessage) {
}
