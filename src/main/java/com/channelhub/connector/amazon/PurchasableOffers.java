package com.channelhub.connector.amazon;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds the {@code purchasable_offer} attribute value for a price change. Amazon's own pricing sample reads the
 * current value and changes only {@code our_price}, so discounted prices, minimum/maximum prices and offers for
 * other marketplaces or audiences survive the {@code replace}.
 */
final class PurchasableOffers {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private PurchasableOffers() {
    }

    /**
     * The new attribute value: {@code current} (the listing's purchasable_offer, possibly null) with {@code our_price}
     * of the marketplace's consumer offer set to {@code price}; an offer entry is added when there is none.
     */
    static ArrayNode withOurPrice(JsonNode current, String marketplaceId, String currency, BigDecimal price) {
        ArrayNode value = NODES.arrayNode();
        boolean replaced = false;
        if (current != null && current.isArray()) {
            for (JsonNode entry : current) {
                if (!replaced && entry.isObject() && isConsumerOfferFor(entry, marketplaceId)) {
                    ObjectNode copy = ((ObjectNode) entry).deepCopy();
                    copy.put("currency", currency);
                    copy.set("our_price", ourPrice(price));
                    value.add(copy);
                    replaced = true;
                } else {
                    value.add(entry.deepCopy());
                }
            }
        }
        if (!replaced) {
            value.add(offer(marketplaceId, currency, price));
        }
        return value;
    }

    /** A fresh offer entry, as in Amazon's price-change example (the feed path, which reads nothing first). */
    static ArrayNode fresh(String marketplaceId, String currency, BigDecimal price) {
        return NODES.arrayNode().add(offer(marketplaceId, currency, price));
    }

    private static ObjectNode offer(String marketplaceId, String currency, BigDecimal price) {
        ObjectNode offer = NODES.objectNode();
        offer.put("marketplace_id", marketplaceId);
        offer.put("currency", currency);
        offer.set("our_price", ourPrice(price));
        return offer;
    }

    private static ArrayNode ourPrice(BigDecimal price) {
        ArrayNode ourPrice = NODES.arrayNode();
        ourPrice.addObject().putArray("schedule").addObject().put("value_with_tax", price);
        return ourPrice;
    }

    private static boolean isConsumerOfferFor(JsonNode entry, String marketplaceId) {
        JsonNode marketplace = entry.get("marketplace_id");
        boolean sameMarketplace = marketplace == null || marketplace.asText().equals(marketplaceId);
        JsonNode audience = entry.get("audience");
        boolean consumer = audience == null || "ALL".equalsIgnoreCase(audience.asText());
        return sameMarketplace && consumer;
    }

    /** The price of the marketplace's consumer offer in a purchasable_offer value, or null. */
    static BigDecimal ourPrice(JsonNode current, String marketplaceId) {
        if (current == null || !current.isArray()) {
            return null;
        }
        for (JsonNode entry : current) {
            if (isConsumerOfferFor(entry, marketplaceId)) {
                JsonNode amount = entry.path("our_price").path(0).path("schedule").path(0).path("value_with_tax");
                return amount.isMissingNode() || amount.isNull() ? null : amount.decimalValue();
            }
        }
        return null;
    }
}
