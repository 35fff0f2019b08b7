package com.channelhub.pricing;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.channelhub.api.ApiProblem;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads an inventory batch as {@link PriceBatchValidator} reads prices, with a quantity in place of the price: an
 * integer from 0 to 1,000,000,000 (Shopify's limit for a quantity; Amazon takes any non-negative integer), per
 * item and per channel override.
 */
public class InventoryBatchValidator extends PriceBatchValidator {

    /** Shopify refuses quantities above this (INVALID_QUANTITY_TOO_HIGH); the hub refuses them up front. */
    static final int MAX_QUANTITY = 1_000_000_000;
    private static final Set<String> ITEM_FIELDS = Set.of("sku", "quantity", "channels");
    private static final Set<String> CHANNEL_FIELDS = Set.of("quantity");

    /** @param platforms the platform codes a channel override may name (the connector registry's) */
    public InventoryBatchValidator(int maxItems, Set<String> platforms) {
        super(maxItems, Set.of(), platforms);
    }

    @Override
    protected String example() {
        return "{\"items\": [{\"sku\": …, \"quantity\": …}]}";
    }

    @Override
    protected String itemShape() {
        return "sku and quantity";
    }

    @Override
    protected String channelShape() {
        return "quantity";
    }

    @Override
    protected Set<String> itemFields() {
        return ITEM_FIELDS;
    }

    @Override
    protected Set<String> channelFields() {
        return CHANNEL_FIELDS;
    }

    @Override
    protected ParsedItem values(int index, String sku, JsonNode node, Map<String, ChannelValue> channels,
            List<ApiProblem.FieldError> errors) {
        Integer quantity = quantity(index, "quantity", node.get("quantity"), errors);
        return new ParsedItem(index, sku, null, null, null, quantity, channels, errors);
    }

    @Override
    protected ChannelValue override(int index, String field, JsonNode override, List<ApiProblem.FieldError> errors) {
        return new ChannelValue(null, null, quantity(index, field + ".quantity", override.get("quantity"), errors));
    }

    /** A JSON integer (1.0 and "5" are refused: a quantity is counted, not measured). */
    private static Integer quantity(int index, String field, JsonNode node, List<ApiProblem.FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(error(index, field, "is required"));
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            errors.add(error(index, field, "must be a whole number such as 12"));
            return null;
        }
        long value = node.longValue();
        if (value < 0) {
            errors.add(error(index, field, "must be 0 or more"));
            return null;
        }
        if (value > MAX_QUANTITY) {
            errors.add(error(index, field, "must be at most " + MAX_QUANTITY));
            return null;
        }
        return (int) value;
    }
}
