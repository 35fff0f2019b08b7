package com.channelhub.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The products page's query: the search form's fields, named as the catalog API's parameters so one set of rules
 * ({@code ProductSearchParams}) checks both, and the way back through the pages.
 *
 * <p>The API pages forward only (a keyset cursor), so the page carries the cursors of the pages before it in
 * {@code trail} (dot-separated; a cursor is base64url, which has no dot): "Previous" opens the last of them. The
 * trail keeps the latest {@value #MAX_TRAIL} so links stay far below the servlet container's 8 KB header limit; from
 * further on, "Previous" ends at the first page.
 */
final class ProductSearchForm {

    static final String DEFAULT_SIZE = "20";
    static final List<Integer> SIZES = List.of(10, 20, 50, 100);
    static final int MAX_TRAIL = 30;

    /** The form's fields, in the order the links carry them. */
    static final List<String> FILTERS = List.of("q", "sku", "platform", "integrationId", "status", "minPrice",
            "maxPrice", "updatedSince");
    private static final List<String> ORDERING = List.of("sort", "order", "size");
    private static final Pattern CURSOR = Pattern.compile("[A-Za-z0-9_-]+");

    private final Map<String, String> values;
    private final List<String> trail;

    private ProductSearchForm(Map<String, String> values, List<String> trail) {
        this.values = values;
        this.trail = trail;
    }

    static ProductSearchForm of(HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : FILTERS) {
            values.put(name, joined(request.getParameterValues(name)));
        }
        for (String name : ORDERING) {
            values.put(name, joined(request.getParameterValues(name)));
        }
        if (values.get("size") == null) {
            values.put("size", DEFAULT_SIZE);
        }
        values.put("cursor", joined(request.getParameterValues("cursor")));
        return new ProductSearchForm(values, trail(request.getParameter("trail")));
    }

    /** Several values of a field (the status boxes) are the API's comma-separated list. */
    private static String joined(String[] values) {
        if (values == null) {
            return null;
        }
        String joined = Arrays.stream(values).map(String::trim).filter(v -> !v.isEmpty())
                .collect(Collectors.joining(","));
        return joined.isEmpty() ? null : joined;
    }

    /** A tampered trail loses its odd parts rather than its page: they would only make the links invalid. */
    private static List<String> trail(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        List<String> cursors = Arrays.stream(value.split("\\.")).filter(c -> CURSOR.matcher(c).matches()).toList();
        return cursors.subList(Math.max(0, cursors.size() - MAX_TRAIL), cursors.size());
    }

    /** A field's value as typed, or null; what the API's parameter rules read. */
    String get(String name) {
        return values.get(name);
    }

    /** The fields as typed, for the form to show again. */
    Map<String, String> values() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** Whether any filter narrows the search (then an empty page means "no match", not "no products"). */
    boolean filtered() {
        return FILTERS.stream().anyMatch(name -> values.get(name) != null);
    }

    Set<String> statuses() {
        String status = values.get("status");
        return status == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(status.toLowerCase(Locale.ROOT).split(",")));
    }

    /** 1 for the first page; past the trail's reach, as far as it remembers. */
    int pageNumber() {
        return values.get("cursor") == null ? 1 : trail.size() + 2;
    }

    /** The page after this one. */
    String next(String path, String nextCursor) {
        List<String> longer = new ArrayList<>(trail);
        if (values.get("cursor") != null) {
            longer.add(values.get("cursor"));
        }
        return link(path, nextCursor, longer.subList(Math.max(0, longer.size() - MAX_TRAIL), longer.size()));
    }

    /** The page before this one, or null on the first page. */
    String previous(String path) {
        if (values.get("cursor") == null) {
            return null;
        }
        if (trail.isEmpty()) {
            return link(path, null, List.of());
        }
        return link(path, trail.get(trail.size() - 1), trail.subList(0, trail.size() - 1));
    }

    /** The same filters and order from the first page. */
    String first(String path) {
        return link(path, null, List.of());
    }

    private String link(String path, String cursor, List<String> trailTo) {
        Map<String, String> query = new LinkedHashMap<>();
        FILTERS.forEach(name -> query.put(name, values.get(name)));
        ORDERING.forEach(name -> query.put(name, values.get(name)));
        query.put("cursor", cursor);
        query.put("trail", trailTo.isEmpty() ? null : String.join(".", trailTo));
        String encoded = query.entrySet().stream().filter(e -> e.getValue() != null)
                // form encoding, as the browser sends the form: a '+' in a search stays a '+'
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return encoded.isEmpty() ? path : path + "?" + encoded;
    }
}
