package com.channelhub.connector.amazon.client;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A listings item as getListingsItem returns it (Listings Items API 2021-08-01, {@code Item}); only the parts the
 * hub uses are typed, {@code attributes} stays JSON because its shape depends on the product type.
 */
public record ListingsItem(String sku, List<Summary> summaries, JsonNode attributes, List<Issue> issues,
        List<Offer> offers, List<FulfillmentAvailability> fulfillmentAvailability) {

    public ListingsItem {
        summaries = summaries == null ? List.of() : summaries;
        issues = issues == null ? List.of() : issues;
        offers = offers == null ? List.of() : offers;
        fulfillmentAvailability = fulfillmentAvailability == null ? List.of() : fulfillmentAvailability;
    }

    /**
     * {@code ItemSummaryByMarketplace}. Dates are ISO-8601 strings as Amazon sends them; {@code status} holds
     * BUYABLE and/or DISCOVERABLE; {@code fnSku} is set for listings Amazon fulfils.
     */
    public record Summary(String marketplaceId, String asin, String productType, String conditionType,
            List<String> status, String fnSku, String itemName, String createdDate, String lastUpdatedDate,
            Image mainImage) {

        public Summary {
            status = status == null ? List.of() : status;
        }
    }

    /** {@code ItemImage}. */
    public record Image(String link, Integer height, Integer width) {
    }

    /** {@code Issue}: severity ERROR, WARNING or INFO. */
    public record Issue(String code, String message, String severity, List<String> attributeNames,
            List<String> categories) {
    }

    /** {@code ItemOfferByMarketplace}. */
    public record Offer(String marketplaceId, String offerType, Money price) {
    }

    /** {@code Money}; Amazon sends the amount as a decimal string. */
    public record Money(String currencyCode, BigDecimal amount) {
    }

    /** {@code ItemFulfillmentAvailability}. */
    public record FulfillmentAvailability(String fulfillmentChannelCode, Integer quantity) {
    }

    /** The summary for a marketplace, else the first one, else null. */
    public Summary summary(String marketplaceId) {
        return summaries.stream().filter(s -> marketplaceId != null && marketplaceId.equals(s.marketplaceId()))
                .findFirst().orElse(summaries.isEmpty() ? null : summaries.get(0));
    }
}
