package com.channelhub.connector.shopify.client;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.channelhub.connector.shopify.ShopifyPlatformFacts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The inventory calls' documents, variables and answers: {@code inventorySetQuantities} in the form the pinned
 * version wants, the shop's primary location ({@code location} without an id, shopify.dev "location" query), and
 * one item's available quantity at a location.
 */
final class InventoryGraphql {

    private static final String SET_QUANTITIES = """
            mutation SetQuantities($input: InventorySetQuantitiesInput!) {
              inventorySetQuantities(input: $input) {
                inventoryAdjustmentGroup { changes(quantityNames: ["available"]) { quantityAfterChange item { id } } }
                userErrors { field code message }
              }
            }""";

    static final String PRIMARY_LOCATION = "query { location { id name isActive } }";

    static final String AVAILABLE = """
            query Available($item: ID!, $location: ID!) {
              inventoryItem(id: $item) {
                inventoryLevel(locationId: $location) { quantities(names: ["available"]) { name quantity } }
              }
            }""";

    /** Mutations cost 10 whatever they return (shopify.dev rate limits, cost calculation). */
    static int setCost() {
        return ShopifyPlatformFacts.MUTATION_COST;
    }

    private final ObjectMapper json;
    private final String apiVersion;

    InventoryGraphql(ObjectMapper json, String apiVersion) {
        this.json = json;
        this.apiVersion = apiVersion;
    }

    String setDocument() {
        return SET_QUANTITIES;
    }

    /**
     * From 2026-01 each quantity carries {@code changeFromQuantity} (null opts out). Before, {@code compareQuantity}
     * works for the whole call only: one quantity without a known value opts the call out with
     * {@code ignoreCompareQuantity}.
     */
    ObjectNode setVariables(List<InventoryQuantityInput> quantities, String referenceDocumentUri) {
        boolean changeFrom = ShopifyPlatformFacts.isVersionAtLeast(apiVersion,
                ShopifyPlatformFacts.CHANGE_FROM_QUANTITY_SINCE);
        boolean ignoreCompare = !changeFrom && quantities.stream().anyMatch(q -> q.changeFromQuantity() == null);
        ObjectNode input = json.createObjectNode().put("name", ShopifyPlatformFacts.AVAILABLE)
                .put("reason", ShopifyPlatformFacts.INVENTORY_REASON);
        if (referenceDocumentUri != null) {
            input.put("referenceDocumentUri", referenceDocumentUri);
        }
        if (ignoreCompare) {
            input.put("ignoreCompareQuantity", true);
        }
        ArrayNode array = input.putArray("quantities");
        for (InventoryQuantityInput q : quantities) {
            ObjectNode node = array.addObject().put("inventoryItemId", q.inventoryItemId())
                    .put("locationId", q.locationId()).put("quantity", q.quantity());
            if (changeFrom) {
                node.put("changeFromQuantity", q.changeFromQuantity());
            } else if (!ignoreCompare) {
                node.put("compareQuantity", q.changeFromQuantity());
            }
        }
        ObjectNode variables = json.createObjectNode();
        variables.set("input", input);
        return variables;
    }

    static InventorySetResult setResult(JsonNode payload) {
        Map<String, Integer> after = new LinkedHashMap<>();
        for (JsonNode change : payload.path("inventoryAdjustmentGroup").path("changes")) {
            JsonNode quantity = change.path("quantityAfterChange");
            after.put(ShopifyJson.text(change.path("item").path("id")), quantity.isInt() ? quantity.asInt() : null);
        }
        return new InventorySetResult(after, ShopifyJson.userErrors(payload.path("userErrors")));
    }

    /** The item's available quantity at the location, or null when it is not stocked there. */
    static Integer available(JsonNode data) {
        for (JsonNode quantity : data.path("inventoryItem").path("inventoryLevel").path("quantities")) {
            if (ShopifyPlatformFacts.AVAILABLE.equals(quantity.path("name").asText())
                    && quantity.path("quantity").isInt()) {
                return quantity.path("quantity").asInt();
            }
        }
        return null;
    }
}
