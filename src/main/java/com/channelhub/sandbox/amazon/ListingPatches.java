package com.channelhub.sandbox.amazon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks and applies JSON Patch operations on listing attributes, as patchListingsItem and JSON_LISTINGS_FEED PATCH
 * messages take them: ops add, replace, merge, delete on top-level attributes only ({@code /attributes/<name>}).
 * A malformed request is a 400 InvalidInput; a malformed attribute value makes the submission INVALID with an issue.
 */
final class ListingPatches {

    private static final Set<String> OPS = Set.of("add", "replace", "merge", "delete");
    private static final Pattern PATH = Pattern.compile("^/attributes/([a-z0-9_]+)$");
    static final String PURCHASABLE_OFFER = "purchasable_offer";
    static final String FULFILLMENT_AVAILABILITY = "fulfillment_availability";

    private ListingPatches() {
    }

    /**
     * The issues that make these patches INVALID for the seller (empty when they are fine).
     *
     * @throws SpApiException 400 InvalidInput when the patch document itself is malformed
     */
    static List<ListingIssue> validate(JsonNode patches, SandboxSeller seller) {
        if (patches == null || !patches.isArray() || patches.isEmpty()) {
            throw SpApiException.invalidInput("The request must have at least one patch in 'patches'.");
        }
        List<ListingIssue> issues = new ArrayList<>();
        for (int i = 0; i < patches.size(); i++) {
            JsonNode patch = patches.get(i);
            String op = patch.path("op").asText("");
            if (!OPS.contains(op)) {
                throw SpApiException.invalidInput("Invalid op provided in patch at index of " + i + ".");
            }
            String attribute = attribute(patch.path("path").asText(""));
            if (attribute == null) {
                throw SpApiException.invalidInput(String.format(SpApiFacts.INVALID_PATH, i));
            }
            JsonNode value = patch.get("value");
            if (op.equals("delete")) {
                continue;
            }
            if (value == null || value.isNull() || value.isEmpty() && (value.isArray() || value.isObject())) {
                throw SpApiException.invalidInput(String.format(SpApiFacts.INVALID_EMPTY_VALUE, i));
            }
            if (!valueValid(attribute, op, value, seller)) {
                issues.add(ListingIssue.invalidValue(attribute));
            }
        }
        return issues;
    }

    /** The attribute name a patch path addresses, or null when the path is not a top-level attribute. */
    static String attribute(String path) {
        Matcher matcher = PATH.matcher(path);
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** Attribute values are arrays of objects (the listings schema); two are checked in depth. */
    private static boolean valueValid(String attribute, String op, JsonNode value, SandboxSeller seller) {
        if (!value.isArray()) {
            return false;
        }
        for (JsonNode element : value) {
            if (!element.isObject()) {
                return false;
            }
            boolean valid = switch (attribute) {
                case PURCHASABLE_OFFER -> offerValid(element, op, seller);
                case FULFILLMENT_AVAILABILITY -> availabilityValid(element);
                default -> true;
            };
            if (!valid) {
                return false;
            }
        }
        return true;
    }

    /** {@code [{marketplace_id, currency, our_price: [{schedule: [{value_with_tax: > 0}]}]}]}. */
    private static boolean offerValid(JsonNode offer, String op, SandboxSeller seller) {
        if (offer.has("marketplace_id") && !seller.marketplaceId().equals(offer.path("marketplace_id").asText())) {
            return false;
        }
        if (!seller.currency().equals(offer.path("currency").asText())) {
            return false;
        }
        JsonNode ourPrice = offer.get("our_price");
        if (ourPrice == null) {
            return op.equals("merge");
        }
        if (!ourPrice.isArray() || ourPrice.isEmpty()) {
            return false;
        }
        for (JsonNode price : ourPrice) {
            JsonNode schedule = price.path("schedule");
            if (!schedule.isArray() || schedule.isEmpty()) {
                return false;
            }
            for (JsonNode entry : schedule) {
                JsonNode amount = entry.path("value_with_tax");
                if (!amount.isNumber() || amount.decimalValue().signum() <= 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * {@code [{fulfillment_channel_code, quantity >= 0}]}. The selector must be non-empty (docs: merge-a-listing);
     * Amazon's own channels (AMAZON_NA…) hold Amazon's stock, which the seller cannot set.
     */
    private static boolean availabilityValid(JsonNode availability) {
        String channel = availability.path("fulfillment_channel_code").asText("");
        if (channel.isBlank() || channel.startsWith("AMAZON_") && availability.has("quantity")) {
            return false;
        }
        JsonNode quantity = availability.get("quantity");
        return quantity == null || quantity.canConvertToInt() && quantity.isIntegralNumber() && quantity.asInt() >= 0;
    }

    /** The attributes after the (validated) patches, applied on a copy. */
    static ObjectNode apply(ObjectNode current, JsonNode patches) {
        ObjectNode attributes = current.deepCopy();
        for (JsonNode patch : patches) {
            String attribute = attribute(patch.path("path").asText());
            JsonNode value = patch.get("value");
            switch (patch.path("op").asText()) {
                case "delete" -> attributes.remove(attribute);
                case "merge" -> attributes.set(attribute, merge(attributes.path(attribute), (ArrayNode) value,
                        attribute.equals(FULFILLMENT_AVAILABILITY) ? "fulfillment_channel_code" : "marketplace_id"));
                default -> attributes.set(attribute, value.deepCopy());
            }
        }
        return attributes;
    }

    /**
     * Merge: each new element updates the existing element with the same selector value (its other fields, such as
     * restock_date, stay), or is added; elements without the selector replace the whole attribute.
     */
    private static ArrayNode merge(JsonNode existing, ArrayNode update, String selector) {
        ArrayNode merged = existing.isArray() ? ((ArrayNode) existing).deepCopy() : update.arrayNode();
        for (JsonNode element : update) {
            if (!element.has(selector)) {
                return update.deepCopy();
            }
            ObjectNode target = null;
            for (JsonNode candidate : merged) {
                if (candidate.path(selector).equals(element.get(selector))) {
                    target = (ObjectNode) candidate;
                }
            }
            if (target == null) {
                merged.add(element.deepCopy());
            } else {
                target.setAll((ObjectNode) element.deepCopy());
            }
        }
        return merged;
    }
}
