package com.channelhub.connector.amazon;

import java.util.List;
import java.util.Optional;

import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.QuantityOutcome;
import com.channelhub.connector.QuantityResult;
import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;
import com.channelhub.connector.amazon.client.ListingsItem;
import com.channelhub.connector.amazon.client.ListingsPatch;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The seller-fulfilled quantity of a listing: the {@code merge} patch that sets it, how to tell an Amazon-fulfilled
 * (FBA) offer, whose stock the seller cannot set, and the codes the connector gives to changes it does not send.
 */
final class SellerQuantities {

    static final String INVALID_QUANTITY = "INVALID_QUANTITY";
    static final String AMAZON_FULFILLED = "AMAZON_FULFILLED";

    private SellerQuantities() {
    }

    /**
     * {@code merge} on {@code /attributes/fulfillment_availability} with the DEFAULT channel's quantity: restock
     * date and handling time stay as they are (developer-docs.amazon.com/sp-api/docs/merge-a-listing).
     */
    static ListingsPatch patch(String productType, int quantity) {
        ArrayNode value = JsonNodeFactory.instance.arrayNode();
        value.addObject().put("fulfillment_channel_code", AmazonSpPlatformFacts.SELLER_FULFILLED_CHANNEL)
                .put("quantity", quantity);
        return new ListingsPatch(productType, List.of(new ListingsPatch.Operation("merge",
                "/attributes/" + AmazonSpPlatformFacts.FULFILLMENT_AVAILABILITY, value)));
    }

    static boolean isAmazonChannel(String channel) {
        return channel != null && channel.startsWith(AmazonSpPlatformFacts.AMAZON_CHANNEL_PREFIX);
    }

    /** The Amazon channel of a listing fulfilled by Amazon only (no DEFAULT entry), if it is one. */
    static Optional<String> amazonChannel(ListingsItem item) {
        List<ListingsItem.FulfillmentAvailability> channels = item.fulfillmentAvailability();
        boolean sellerFulfilled = channels.stream()
                .anyMatch(c -> AmazonSpPlatformFacts.SELLER_FULFILLED_CHANNEL.equals(c.fulfillmentChannelCode()));
        return sellerFulfilled ? Optional.empty() : channels.stream().map(ListingsItem.FulfillmentAvailability::fulfillmentChannelCode)
                .filter(SellerQuantities::isAmazonChannel).findFirst();
    }

    /** The DEFAULT channel's quantity the listing shows, or null. */
    static Integer sellerQuantity(ListingsItem item) {
        return item.fulfillmentAvailability().stream()
                .filter(c -> AmazonSpPlatformFacts.SELLER_FULFILLED_CHANNEL.equals(c.fulfillmentChannelCode()))
                .map(ListingsItem.FulfillmentAvailability::quantity).findFirst().orElse(null);
    }

    /** The refusal of a change that is not to be sent, or empty when it can go. */
    static Optional<QuantityResult> refusal(QuantityChange change) {
        if (change.quantity() == null || change.quantity() < 0) {
            return Optional.of(result(change, QuantityOutcome.REJECTED, null, INVALID_QUANTITY,
                    "The quantity must be 0 or more, got " + change.quantity()));
        }
        if (isAmazonChannel(change.fulfillmentChannel())) {
            return Optional.of(unsupported(change, change.fulfillmentChannel()));
        }
        return Optional.empty();
    }

    static QuantityResult unsupported(QuantityChange change, String channel) {
        return result(change, QuantityOutcome.UNSUPPORTED, null, AMAZON_FULFILLED, "Amazon fulfills SKU "
                + change.sku() + " (" + channel + "): its stock is Amazon's and the seller cannot set it");
    }

    static QuantityResult result(QuantityChange change, QuantityOutcome outcome, Integer applied, String code,
            String message) {
        return QuantityResult.of(change, change.sku(), outcome, applied, code, message);
    }
}
