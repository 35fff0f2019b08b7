package com.channelhub.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.channelhub.api.ApiProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The console's batch form: one SKU per line with its values in the columns its kind names ({@link Format}), comma,
 * semicolon or tab between them (as a spreadsheet pastes them), read into the body of the batch API. The values are
 * not checked here: the batch service checks them, and its problems are put back next to the line they came from.
 */
final class BatchLines {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;\\t]\\s*");
    private static final Pattern ITEM_FIELD = Pattern.compile("^items\\[(\\d+)]\\.?(.*)$");
    /** The service names a repeated SKU's first item by its index; the form's reader knows it by its line. */
    private static final Pattern OF_ITEM = Pattern.compile("\\bof item (\\d+)\\b");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("^-?\\d{1,18}$");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /**
     * One value of a line: the API field it fills, how a sentence names it, and how its text becomes the field's
     * JSON.
     */
    record Column(String field, String label, Function<String, JsonNode> json) {

        /** Passed on as typed: the service reads prices from text as well as from numbers. */
        static Column text(String field, String label) {
            return new Column(field, label, JSON::textNode);
        }

        static Column upperCase(String field, String label) {
            return new Column(field, label, text -> JSON.textNode(text.toUpperCase(Locale.ROOT)));
        }

        /**
         * A whole number becomes a JSON number (the inventory API refuses {@code "5"}); anything else stays text, so
         * the service's own message about it comes back.
         */
        static Column wholeNumber(String field, String label) {
            return new Column(field, label, text -> WHOLE_NUMBER.matcher(text).matches()
                    ? JSON.numberNode(Long.parseLong(text)) : JSON.textNode(text));
        }
    }

    /**
     * The columns of one kind's lines, the SKU first.
     *
     * @param required the columns a line needs, listed: "SKU, price, currency"
     * @param shape    every column as a sentence says them: "SKU, price, currency and optionally a compare-at price"
     * @param examples example lines, the first one with only the required columns
     */
    record Format(String required, String shape, List<Column> columns, List<String> examples) {
    }

    /** A line of the form with what is wrong with it (empty when the service took it). */
    record Line(int number, String text, List<String> problems) {
    }

    private final Format format;
    private final List<Line> lines = new ArrayList<>();
    /** For each item of the body, the index of its line in {@link #lines}. */
    private final List<Integer> itemLines = new ArrayList<>();
    private final ArrayNode items = JSON.arrayNode();

    private BatchLines(Format format) {
        this.format = format;
    }

    /** Reads the textarea; blank lines and lines starting with {@code #} are skipped. */
    static BatchLines read(Format format, String text) {
        BatchLines read = new BatchLines(format);
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
        List<Column> columns = format.columns();
        if (cells.length > columns.size()) {
            line.problems().add("Write " + format.shape() + ": " + cells.length + " values is too many.");
            return;
        }
        // a short line still goes to the checks, which then name what is missing (price, currency)
        ObjectNode item = items.addObject();
        for (int column = 0; column < cells.length; column++) {
            if (!cells[column].isEmpty()) {
                item.set(columns.get(column).field(), columns.get(column).json().apply(cells[column]));
            }
        }
        itemLines.add(lines.size() - 1);
    }

    /** True when a line could not even be split into its columns: nothing goes to the service then. */
    boolean hasFormatProblems() {
        return lines.stream().anyMatch(l -> !l.problems().isEmpty());
    }

    boolean isEmpty() {
        return lines.isEmpty();
    }

    /** The body of the batch API's POST: {@code {"items": [...], "partial": …}}. */
    ObjectNode body(boolean partial) {
        ObjectNode body = JSON.objectNode();
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
            lines.get(itemLines.get(index)).problems().add(label(name) + byLine(error.message()) + ".");
        }
        return general;
    }

    /** "repeats the SKU of item 0" → "repeats the SKU of line 2": the form shows lines, not item indexes. */
    private String byLine(String message) {
        return OF_ITEM.matcher(message).replaceAll(match -> {
            int item = Integer.parseInt(match.group(1));
            return item < itemLines.size() ? "of line " + lines.get(itemLines.get(item)).number() : match.group();
        });
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

    private String label(String field) {
        if (field.isEmpty()) {
            return "";
        }
        return format.columns().stream().filter(c -> c.field().equals(field)).findFirst()
                .map(c -> c.label() + " ").orElse(field + " ");
    }
}
