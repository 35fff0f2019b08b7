package com.channelhub.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.channelhub.api.ApiProblem;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The console's price form: one price per line, {@code SKU, price, currency[, compare-at price]} (comma, semicolon
 * or tab between them, as a spreadsheet pastes them), read into the body of the price API. The values go on as
 * text: the batch service checks them, and its problems are put back next to the line they came from.
 */
final class PriceLines {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;\\t]\\s*");
    private static final Pattern ITEM_FIELD = Pattern.compile("^items\\[(\\d+)]\\.?(.*)$");

    /** A line of the form with what is wrong with it (empty when the service took it). */
    record Line(int number, String text, List<String> problems) {
    }

    private final List<Line> lines = new ArrayList<>();
    /** For each item of the body, the index of its line in {@link #lines}. */
    private final List<Integer> itemLines = new ArrayList<>();
    private final ArrayNode items = JsonNodeFactory.instance.arrayNode();

    private PriceLines() {
    }

    /** Reads the textarea; blank lines and lines starting with {@code #} are skipped. */
    static PriceLines read(String text) {
        PriceLines read = new PriceLines();
        String[] rows = text == null ? new String[0] : text.split("\\R", -1);
        for (int n = 0; n < rows.length; n++) {
            String row = rows[n].strip();
            if (row.isEmpty() || row.startsWith("#")) {
                continue;
            }
            read.add(n + 1, row);
        }
        return read;
    }

    private void add(int number, String row) {
        Line line = new Line(number, row, new ArrayList<>());
        lines.add(line);
        String[] cells = SEPARATOR.split(row, -1);
        if (cells.length > 4) {
            line.problems().add("Write SKU, price, currency and optionally a compare-at price: " + cells.length
                    + " values is too many.");
            return;
        }
        // a short line still goes to the checks, which then name what is missing (price, currency)
        ObjectNode item = items.addObject();
        item.put("sku", cells[0]);
        putIfPresent(item, "price", cells, 1);
        putIfPresent(item, "currency", cells, 2);
        putIfPresent(item, "compareAtPrice", cells, 3);
        itemLines.add(lines.size() - 1);
    }

    private static void putIfPresent(ObjectNode item, String field, String[] cells, int column) {
        if (column < cells.length && !cells[column].isEmpty()) {
            item.put(field, "currency".equals(field) ? cells[column].toUpperCase(Locale.ROOT) : cells[column]);
        }
    }

    /** True when a line could not even be split into a price: nothing goes to the service then. */
    boolean hasFormatProblems() {
        return lines.stream().anyMatch(l -> !l.problems().isEmpty());
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The body of {@code POST …/prices}: {@code {"items": [...], "partial": …}}. */
    ObjectNode body(boolean partial) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set("items", items.deepCopy());
        if (partial) {
            body.put("partial", true);
        }
        return body;
    }

    /**
     * Puts each of the service's problems next to its line; returns those that belong to no line (about the batch as
     * a whole).
     */
    List<String> attach(List<ApiProblem.FieldError> errors) {
        List<String> general = new ArrayList<>();
        for (ApiProblem.FieldError error : errors) {
            Matcher field = ITEM_FIELD.matcher(error.field() == null ? "" : error.field());
            Integer index = error.index() != null ? error.index() : field.matches() ? Integer.valueOf(field.group(1)) : null;
            if (index == null || index < 0 || index >= itemLines.size()) {
                general.add(error.field() + " " + error.message());
                continue;
            }
            String name = field.matches() ? field.group(2) : "";
            lines.get(itemLines.get(index)).problems().add(label(name) + error.message() + ".");
        }
        return general;
    }

    /** Lines with their problems, in form order, keyed by line number. */
    Map<Integer, Line> lines() {
        Map<Integer, Line> byNumber = new LinkedHashMap<>();
        lines.forEach(l -> byNumber.put(l.number(), l));
        return byNumber;
    }

    List<Line> problemLines() {
        return lines.stream().filter(l -> !l.problems().isEmpty()).toList();
    }

    private static String label(String field) {
        return switch (field) {
            case "sku" -> "The SKU ";
            case "price" -> "The price ";
            case "currency" -> "The currency ";
            case "compareAtPrice" -> "The compare-at price ";
            case "" -> "";
            default -> field + " ";
        };
    }
}
