package com.channelhub.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import com.channelhub.api.ApiProblem;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads a price batch item by item and names every problem with its index and field, so a caller with 100,000
 * items learns about all bad ones at once. Rules: SKU format, price and compare-at price positive with at most 2
 * decimals, a supported currency, each SKU once per batch, channel overrides naming a platform or an integration
 * of the project.
 */
public class PriceBatchValidator {

    /** Letters, digits and {@code . _ - /}: what both Shopify and Amazon SKUs in the hub's catalogs use. */
    static final Pattern SKU = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._/-]{0,99}$");
    static final BigDecimal MAX_PRICE = new BigDecimal("1000000000");
    private static final Set<String> ITEM_FIELDS = Set.of("sku", "price", "currency", "compareAtPrice", "channels");
    private static final Set<String> CHANNEL_FIELDS = Set.of("price", "compareAtPrice");

    /** An item as read: its values (null where unreadable) and its problems (empty when valid). */
    public record ParsedItem(int index, String sku, BigDecimal price, String currency, BigDecimal compareAtPrice,
            Integer quantity, Map<String, ChannelValue> channels, List<ApiProblem.FieldError> errors) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    private final int maxItems;
    private final Set<String> currencies;
    private final Set<String> platforms;

    /** @param platforms the platform codes a channel override may name (the connector registry's) */
    public PriceBatchValidator(int maxItems, Set<String> currencies, Set<String> platforms) {
        this.maxItems = maxItems;
        this.currencies = currencies;
        this.platforms = Set.copyOf(platforms);
    }

    /** The body's {@code partial} flag, or null when absent; anything but a boolean is an error. */
    public Boolean partialFlag(JsonNode body) {
        JsonNode partial = body.get("partial");
        if (partial == null || partial.isNull()) {
            return null;
        }
        if (!partial.isBoolean()) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("partial", "must be true or false")));
        }
        return partial.booleanValue();
    }

    public List<ParsedItem> read(JsonNode body, Set<UUID> integrationIds) {
        if (body == null || !body.isObject()) {
            throw ApiProblem.badRequest("The body must be a JSON object: " + example() + ".");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("items") && !name.equals("partial")) {
                throw ApiProblem.invalid(List.of(new ApiProblem.FieldError(name, "is not a known field")));
            }
        }
        JsonNode items = body.get("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("items", "must be a non-empty array")));
        }
        if (items.size() > maxItems) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("items",
                    "has " + items.size() + " entries; a batch takes at most " + maxItems + ": split it")));
        }
        List<ParsedItem> parsed = new ArrayList<>(items.size());
        Map<String, Integer> firstIndexOfSku = new HashMap<>(items.size() * 2);
        for (int index = 0; index < items.size(); index++) {
            ParsedItem item = item(index, items.get(index), integrationIds);
            if (item.sku() != null) {
                Integer first = firstIndexOfSku.putIfAbsent(item.sku(), index);
                if (first != null) {
                    item.errors().add(error(index, "sku", "repeats the SKU of item " + first + "; send each SKU once per batch"));
                }
            }
            parsed.add(item);
        }
        return parsed;
    }

    /** An example body, for messages. */
    protected String example() {
        return "{\"items\": [{\"sku\": …, \"price\": …, \"currency\": …}]}";
    }

    /** What an item holds, for messages. */
    protected String itemShape() {
        return "sku, price and currency";
    }

    /** What a channel override holds, for messages. */
    protected String channelShape() {
        return "price and optionally compareAtPrice";
    }

    protected Set<String> itemFields() {
        return ITEM_FIELDS;
    }

    protected Set<String> channelFields() {
        return CHANNEL_FIELDS;
    }

    private ParsedItem item(int index, JsonNode node, Set<UUID> integrationIds) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        if (node == null || !node.isObject()) {
            errors.add(error(index, null, "must be an object with " + itemShape()));
            return new ParsedItem(index, null, null, null, null, null, Map.of(), errors);
        }
        node.fieldNames().forEachRemaining(name -> {
            if (!itemFields().contains(name)) {
                errors.add(error(index, name, "is not a known field"));
            }
        });
        String sku = text(node.get("sku"));
        if (sku == null) {
            errors.add(error(index, "sku", "is required"));
        } else if (!SKU.matcher(sku).matches()) {
            errors.add(error(index, "sku", "must be 1 to 100 letters, digits or . _ - / starting with a letter or digit"));
        }
        Map<String, ChannelValue> channels = channels(index, node.get("channels"), integrationIds, errors);
        return values(index, sku, node, channels, errors);
    }

    /** The item's own values (price, currency and compare-at price here), problems added to {@code errors}. */
    protected ParsedItem values(int index, String sku, JsonNode node, Map<String, ChannelValue> channels,
            List<ApiProblem.FieldError> errors) {
        BigDecimal price = price(index, "price", node.get("price"), true, errors);
        String currency = text(node.get("currency"));
        if (currency == null) {
            errors.add(error(index, "currency", "is required"));
        } else if (!currencies.contains(currency)) {
            errors.add(error(index, "currency", "'" + currency + "' is not supported; use one of " + new java.util.TreeSet<>(currencies)));
        }
        BigDecimal compareAt = price(index, "compareAtPrice", node.get("compareAtPrice"), false, errors);
        return new ParsedItem(index, sku, price, currency, compareAt, null, channels, errors);
    }

    /** One channel's override (a price here), problems added to {@code errors}. */
    protected ChannelValue override(int index, String field, JsonNode override, List<ApiProblem.FieldError> errors) {
        BigDecimal price = price(index, field + ".price", override.get("price"), true, errors);
        BigDecimal compareAt = price(index, field + ".compareAtPrice", override.get("compareAtPrice"), false, errors);
        return new ChannelValue(price, compareAt, null);
    }

    private Map<String, ChannelValue> channels(int index, JsonNode node, Set<UUID> integrationIds,
            List<ApiProblem.FieldError> errors) {
        Map<String, ChannelValue> channels = new TreeMap<>();
        if (node == null || node.isNull()) {
            return channels;
        }
        if (!node.isObject()) {
            errors.add(error(index, "channels", "must be an object keyed by integration id or platform"));
            return channels;
        }
        node.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            String field = "channels." + key;
            String normalized = channelKey(key, integrationIds);
            if (normalized == null) {
                errors.add(error(index, field, "names neither a platform " + new java.util.TreeSet<>(platforms)
                        + " nor an integration of this project"));
                return;
            }
            JsonNode override = entry.getValue();
            if (override == null || !override.isObject()) {
                errors.add(error(index, field, "must be an object with " + channelShape()));
                return;
            }
            override.fieldNames().forEachRemaining(name -> {
                if (!channelFields().contains(name)) {
                    errors.add(error(index, field + "." + name, "is not a known field"));
                }
            });
            channels.put(normalized, override(index, field, override, errors));
        });
        return channels;
    }

    private String channelKey(String key, Set<UUID> integrationIds) {
        if (platforms.contains(key.toUpperCase(java.util.Locale.ROOT))) {
            return key.toUpperCase(java.util.Locale.ROOT);
        }
        try {
            UUID id = UUID.fromString(key);
            return integrationIds.contains(id) ? id.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static BigDecimal price(int index, String field, JsonNode node, boolean required,
            List<ApiProblem.FieldError> errors) {
        if (node == null || node.isNull()) {
            if (required) {
                errors.add(error(index, field, "is required"));
            }
            return null;
        }
        BigDecimal value;
        if (node.isNumber()) {
            value = node.decimalValue();
        } else if (node.isTextual()) {
            try {
                value = new BigDecimal(node.textValue().trim());
            } catch (NumberFormatException e) {
                errors.add(error(index, field, "must be a number such as 19.99"));
                return null;
            }
        } else {
            errors.add(error(index, field, "must be a number such as 19.99"));
            return null;
        }
        if (value.signum() <= 0) {
            errors.add(error(index, field, "must be greater than 0"));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2) {
            errors.add(error(index, field, "has more than 2 decimals"));
            return null;
        }
        if (value.compareTo(MAX_PRICE) >= 0) {
            errors.add(error(index, field, "must be below " + MAX_PRICE.toPlainString()));
            return null;
        }
        return value.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    static String text(JsonNode node) {
        return node == null || !node.isTextual() || node.textValue().isBlank() ? null : node.textValue();
    }

    static ApiProblem.FieldError error(int index, String field, String message) {
        return new ApiProblem.FieldError("items[" + index + "]" + (field == null ? "" : "." + field), message, index);
    }
}
