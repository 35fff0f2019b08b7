package com.channelhub.sandbox.amazon;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One seller's listing (one SKU in the seller's marketplace): its fixed catalog facts and its attributes, which
 * patches and feeds change. All access goes through the listing's lock.
 */
final class Listing {

    private final String sku;
    private final CatalogFacts facts;
    private final String amazonChannel;
    private final Instant createdAt;
    private String productType;
    private ObjectNode attributes;
    private int fbaQuantity;
    private final List<ListingIssue> issues = new ArrayList<>();
    private Instant updatedAt;
    /** Patches and feed messages applied to the listing: how often a price or attribute change reached it. */
    private int updates;

    /**
     * What the catalog says of the product behind the listing.
     *
     * @param asin     the ASIN
     * @param itemName the title
     * @param brand    the brand
     * @param upc      the 12-digit UPC (EAN and GTIN derive from it)
     */
    record CatalogFacts(String asin, String itemName, String brand, String upc) {
    }

    Listing(String sku, CatalogFacts facts, String productType, ObjectNode attributes, String amazonChannel,
            int fbaQuantity, Instant createdAt) {
        this.sku = sku;
        this.facts = facts;
        this.productType = productType;
        this.attributes = attributes;
        this.amazonChannel = amazonChannel;
        this.fbaQuantity = fbaQuantity;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    String sku() {
        return sku;
    }

    CatalogFacts facts() {
        return facts;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** AMAZON_NA (…_EU, …_FE) when Amazon fulfils it, else null. */
    String amazonChannel() {
        return amazonChannel;
    }

    synchronized String productType() {
        return productType;
    }

    synchronized Instant updatedAt() {
        return updatedAt;
    }

    synchronized int updates() {
        return updates;
    }

    synchronized ObjectNode attributesCopy() {
        return attributes.deepCopy();
    }

    synchronized List<ListingIssue> issues() {
        return List.copyOf(issues);
    }

    synchronized void addIssue(ListingIssue issue, Instant at) {
        issues.add(issue);
        updatedAt = at;
    }

    /** Replaces the attributes (a patch or feed message applied on a copy). */
    synchronized void update(String newProductType, ObjectNode newAttributes, Instant at) {
        if (newProductType != null && !newProductType.isBlank()) {
            productType = newProductType;
        }
        attributes = newAttributes;
        updatedAt = at;
        updates++;
    }

    /** The current price in the marketplace: purchasable_offer's our_price schedule, or null. */
    synchronized BigDecimal price(String marketplaceId) {
        for (JsonNode offer : attributes.path("purchasable_offer")) {
            if (!offer.has("marketplace_id") || marketplaceId.equals(offer.path("marketplace_id").asText())) {
                JsonNode value = offer.path("our_price").path(0).path("schedule").path(0).path("value_with_tax");
                if (value.isNumber() || value.isTextual()) {
                    BigDecimal price = new BigDecimal(value.asText());
                    return price.setScale(Math.max(2, price.scale())); // money shows cents: 8.8 is "8.80"
                }
            }
        }
        return null;
    }

    /** The seller-fulfilled quantity (fulfillment_availability DEFAULT), or Amazon's for FBA listings. */
    synchronized Integer quantity() {
        if (amazonChannel != null) {
            return fbaQuantity;
        }
        for (JsonNode availability : attributes.path("fulfillment_availability")) {
            if ("DEFAULT".equals(availability.path("fulfillment_channel_code").asText())
                    && availability.has("quantity")) {
                return availability.path("quantity").asInt();
            }
        }
        return null;
    }

    String fulfillmentChannel() {
        return amazonChannel != null ? amazonChannel : "DEFAULT";
    }

    /** The attributes a generated listing starts with. */
    static ObjectNode initialAttributes(String marketplaceId, String currency, String itemName, String brand,
            BigDecimal price, Integer quantity, String amazonChannel) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode attributes = json.objectNode();
        attributes.putArray("item_name").addObject().put("value", itemName).put("marketplace_id", marketplaceId);
        attributes.putArray("brand").addObject().put("value", brand).put("marketplace_id", marketplaceId);
        attributes.putArray("condition_type").addObject().put("value", "new_new").put("marketplace_id", marketplaceId);
        ObjectNode offer = attributes.putArray("purchasable_offer").addObject();
        offer.put("marketplace_id", marketplaceId).put("currency", currency);
        offer.putArray("our_price").addObject().putArray("schedule").addObject().put("value_with_tax", price);
        ArrayNode availability = attributes.putArray("fulfillment_availability");
        ObjectNode channel = availability.addObject();
        if (amazonChannel != null) {
            channel.put("fulfillment_channel_code", amazonChannel);
        } else {
            channel.put("fulfillment_channel_code", "DEFAULT").put("quantity", quantity);
        }
        return attributes;
    }
}
