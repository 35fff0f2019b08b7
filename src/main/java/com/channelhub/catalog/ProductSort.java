package com.channelhub.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

/**
 * The orders a product search can have. Each sort key is an SQL expression that is never NULL, so a keyset cursor
 * (last key, last id) can always be compared; the product id breaks ties, which makes the order total and stable.
 * SKU and price are the product's lowest over its live variants: a product without any sorts first ('' or -1).
 */
public enum ProductSort {

    TITLE("title", "COALESCE(p.title, '')", false),
    SKU("sku", "COALESCE(agg.min_sku, '')", true),
    PRICE("price", "COALESCE(agg.min_price, -1)", true),
    UPDATED_AT("updatedAt", "p.synced_at", false);

    private final String parameter;
    private final String expression;
    private final boolean needsVariantAggregate;

    ProductSort(String parameter, String expression, boolean needsVariantAggregate) {
        this.parameter = parameter;
        this.expression = expression;
        this.needsVariantAggregate = needsVariantAggregate;
    }

    public static Optional<ProductSort> fromParameter(String value) {
        return Arrays.stream(values()).filter(sort -> sort.parameter.equalsIgnoreCase(value)).findFirst();
    }

    public static String choices() {
        return String.join(", ", Arrays.stream(values()).map(ProductSort::parameter).toList());
    }

    public String parameter() {
        return parameter;
    }

    String expression() {
        return expression;
    }

    boolean needsVariantAggregate() {
        return needsVariantAggregate;
    }

    /** The key as the cursor carries it (text). */
    String keyText(ResultSet row) throws SQLException {
        return switch (this) {
            case TITLE, SKU -> row.getString("sort_key");
            case PRICE -> row.getBigDecimal("sort_key").toPlainString();
            case UPDATED_AT -> row.getObject("sort_key", OffsetDateTime.class).toInstant().toString();
        };
    }

    /** The cursor's key as a bind value of the expression's type; empty when the text cannot be one. */
    public Optional<Object> keyValueOf(String text) {
        try {
            return Optional.of(switch (this) {
                case TITLE, SKU -> text;
                case PRICE -> new BigDecimal(text);
                case UPDATED_AT -> Instant.parse(text).atOffset(ZoneOffset.UTC);
            });
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
