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
 * (last key, last product id) can always be compared; the product id breaks ties, which makes the order total and
 * stable. SKU and price are the product's lowest over its variants (live ones, or a deleted product's last ones); a
 * variant without a price sorts as -1. These two orders walk variants, each product through its lowest variant
 * (see {@link ProductSearchSql}), so a product without any variant is not in them.
 */
public enum ProductSort {

    TITLE("title", "COALESCE(p.title, '')", "p.id", false),
    SKU("sku", "COALESCE(v.sku, '')", "v.product_id", true),
    PRICE("price", "COALESCE(v.price, -1)", "v.product_id", true),
    UPDATED_AT("updatedAt", "p.synced_at", "p.id", false);

    private final String parameter;
    private final String expression;
    private final String tiebreak;
    private final boolean byVariant;

    ProductSort(String parameter, String expression, String tiebreak, boolean byVariant) {
        this.parameter = parameter;
        this.expression = expression;
        this.tiebreak = tiebreak;
        this.byVariant = byVariant;
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

    /** The product id column the index on the sort key carries (a keyset comparison must name the index's). */
    String tiebreak() {
        return tiebreak;
    }

    /** Whether the order walks each product's lowest variant (SKU, price) rather than products. */
    boolean byVariant() {
        return byVariant;
    }

    /** The same expression over another alias of channel_variants. */
    String expressionOver(String alias) {
        return expression.replace("v.", alias + ".");
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
