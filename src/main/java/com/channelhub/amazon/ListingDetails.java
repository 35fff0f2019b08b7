package com.channelhub.amazon;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.channelhub.catalog.ListingDetail;
import com.channelhub.catalog.ListingSummary;
import com.channelhub.connector.amazon.client.ListingsItem;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads the catalog's {@link ListingDetail} out of a getListingsItem answer (Listings Items API 2021-08-01, field
 * names as in the official model): {@code summaries} (status, product type, condition, main image),
 * {@code offers} (the B2C price), {@code fulfillmentAvailability} (DEFAULT or Amazon's own channel for FBA),
 * {@code issues} (count and the most severe) and the {@code brand} attribute.
 */
final class ListingDetails {

    private static final Map<String, Integer> SEVERITY_RANK = Map.of("ERROR", 0, "WARNING", 1, "INFO", 2);

    private ListingDetails() {
    }

    static ListingDetail of(ListingsItem item, String marketplaceId) {
        ListingsItem.Summary summary = item.summary(marketplaceId);
        ListingsItem.Issue worst = item.issues().stream()
                .min(Comparator.comparingInt(issue -> SEVERITY_RANK.getOrDefault(issue.severity(), 3)))
                .orElse(null);
        ListingSummary listing = new ListingSummary(
                summary == null ? null : String.join(",", summary.status()),
                summary == null ? null : summary.productType(),
                summary == null ? null : summary.conditionType(),
                summary == null || summary.mainImage() == null ? null : summary.mainImage().link(),
                item.issues().size(),
                worst == null ? null : worst.severity(),
                worst == null ? null : shorten(worst.code() + ": " + worst.message()));
        ListingsItem.Money price = offerPrice(item, marketplaceId);
        ListingsItem.FulfillmentAvailability availability = fulfillment(item.fulfillmentAvailability());
        return new ListingDetail(listing, brand(item.attributes(), marketplaceId),
                price == null ? null : price.amount(), price == null ? null : price.currencyCode(),
                availability == null ? null : availability.fulfillmentChannelCode(),
                availability == null ? null : availability.quantity());
    }

    /** The consumer (B2C) offer in the marketplace; B2B prices are a separate offer. */
    private static ListingsItem.Money offerPrice(ListingsItem item, String marketplaceId) {
        return item.offers().stream()
                .filter(offer -> marketplaceId == null || marketplaceId.equals(offer.marketplaceId()))
                .filter(offer -> offer.offerType() == null || "B2C".equals(offer.offerType()))
                .map(ListingsItem.Offer::price)
                .filter(money -> money != null && money.amount() != null)
                .findFirst().orElse(null);
    }

    /**
     * Amazon's own channel (AMAZON_NA…) wins over DEFAULT when both are listed: its stock is Amazon's, and an
     * inventory push must treat the offer as FBA.
     */
    private static ListingsItem.FulfillmentAvailability fulfillment(List<ListingsItem.FulfillmentAvailability> all) {
        return all.stream().filter(a -> a.fulfillmentChannelCode() != null)
                .min(Comparator.comparing(a -> a.fulfillmentChannelCode().startsWith("AMAZON_") ? 0 : 1))
                .orElse(null);
    }

    /** {@code attributes.brand}: [{value, marketplace_id?, language_tag?}], the marketplace's value first. */
    private static String brand(JsonNode attributes, String marketplaceId) {
        if (attributes == null) {
            return null;
        }
        String fallback = null;
        for (JsonNode brand : attributes.path("brand")) {
            String value = brand.path("value").asText(null);
            if (value != null && marketplaceId != null && marketplaceId.equals(brand.path("marketplace_id").asText())) {
                return value;
            }
            fallback = fallback == null ? value : fallback;
        }
        return fallback;
    }

    private static String shorten(String text) {
        return text.length() > 1000 ? text.substring(0, 999) + "…" : text;
    }
}
