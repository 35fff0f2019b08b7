package com.channelhub.sandbox.shopify;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code query} argument of products and productVariants in Shopify's search syntax, reduced to what the hub
 * needs: terms joined by AND (implicit or written), {@code field:value} with {@code > >= < <=} on dates and ids,
 * quoted values, a trailing {@code *} as prefix match, and free text on the title. Like Shopify, unknown fields are
 * ignored rather than rejected (shopify.dev "search syntax").
 */
final class SearchQuery {

    private static final Pattern TERM = Pattern.compile("(-?)(\\w+):(>=|<=|>|<)?('[^']*'|\"[^\"]*\"|\\S+)|(\\S+)");

    private record Term(boolean negated, String field, String op, String value) {
    }

    private final List<Term> terms;

    private SearchQuery(List<Term> terms) {
        this.terms = terms;
    }

    static SearchQuery parse(String query) {
        List<Term> terms = new ArrayList<>();
        if (query != null) {
            Matcher m = TERM.matcher(query);
            while (m.find()) {
                if (m.group(5) != null) {
                    String word = unquote(m.group(5));
                    if (!word.equals("AND")) {
                        terms.add(new Term(false, "title", "", word));
                    }
                } else {
                    terms.add(new Term(!m.group(1).isEmpty(), m.group(2).toLowerCase(Locale.ROOT),
                            m.group(3) == null ? "" : m.group(3), unquote(m.group(4))));
                }
            }
        }
        return new SearchQuery(terms);
    }

    boolean isEmpty() {
        return terms.isEmpty();
    }

    boolean matches(SandboxProduct product) {
        for (Term t : terms) {
            Boolean match = switch (t.field()) {
                case "updated_at" -> compare(product.updatedAt, t);
                case "created_at" -> compare(product.createdAt, t);
                case "id" -> compareNumber(product.id, t);
                case "title" -> product.title().toLowerCase(Locale.ROOT).contains(t.value().toLowerCase(Locale.ROOT));
                case "vendor" -> text(product.vendor(), t);
                case "product_type" -> text(product.productType(), t);
                case "status" -> List.of(t.value().toUpperCase(Locale.ROOT).split(",")).contains(product.status);
                case "sku" -> anySku(product, t);
                default -> null;
            };
            if (match != null && match == t.negated()) {
                return false;
            }
        }
        return true;
    }

    boolean matches(SandboxProduct product, SandboxVariant variant) {
        for (Term t : terms) {
            Boolean match = switch (t.field()) {
                case "sku" -> text(product.sku(variant), t);
                case "product_id" -> compareNumber(product.id, t);
                case "id" -> compareNumber(variant.id, t);
                case "updated_at" -> compare(variant.updatedAt, t);
                case "title" -> product.variantTitle(variant).toLowerCase(Locale.ROOT)
                        .contains(t.value().toLowerCase(Locale.ROOT));
                default -> null;
            };
            if (match != null && match == t.negated()) {
                return false;
            }
        }
        return true;
    }

    private static boolean anySku(SandboxProduct product, Term t) {
        for (SandboxVariant v : product.variantsSnapshot()) {
            if (text(product.sku(v), t)) {
                return true;
            }
        }
        return false;
    }

    private static boolean text(String actual, Term t) {
        if (actual == null) {
            return false;
        }
        String value = t.value();
        if (value.endsWith("*")) {
            return actual.toLowerCase(Locale.ROOT).startsWith(value.substring(0, value.length() - 1).toLowerCase(Locale.ROOT));
        }
        return actual.equalsIgnoreCase(value);
    }

    private static Boolean compare(long epochMillis, Term t) {
        Long bound = instant(t.value());
        if (bound == null) {
            return null;
        }
        return compareLongs(epochMillis, bound, t.op());
    }

    private static Boolean compareNumber(long actual, Term t) {
        try {
            return compareLongs(actual, Long.parseLong(t.value().replaceAll("^gid://shopify/\\w+/", "")), t.op());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean compareLongs(long actual, long bound, String op) {
        return switch (op) {
            case ">" -> actual > bound;
            case ">=" -> actual >= bound;
            case "<" -> actual < bound;
            case "<=" -> actual <= bound;
            default -> actual == bound;
        };
    }

    private static Long instant(String value) {
        try {
            return OffsetDateTime.parse(value).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value + (value.length() == 19 ? "Z" : "")).toEpochMilli();
            } catch (DateTimeParseException e2) {
                try {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
                } catch (DateTimeParseException e3) {
                    return null;
                }
            }
        }
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
