package com.channelhub.sandbox.shopify;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Relay connections as Shopify shapes them: {@code edges {cursor node}}, {@code nodes}, {@code pageInfo}. Cursors
 * are opaque to clients; like Shopify's they are base64 of {@code {"last_id":…,"last_value":"…"}}.
 */
final class Connections {

    private static final ObjectMapper JSON = SandboxJson.MAPPER;

    /** A position in a sorted list: the sort value, then the id to break ties. */
    record Cursor(long lastId, String lastValue) {
    }

    private Connections() {
    }

    static String encode(long id, String value) {
        String json = "{\"last_id\":" + id + ",\"last_value\":" + JSON.valueToTree(value) + "}";
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The decoded cursor; null for none; throws {@link IllegalArgumentException} for one that is not ours. */
    static Cursor decode(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(Base64.getDecoder().decode(cursor));
            return new Cursor(node.get("last_id").asLong(), node.get("last_value").asText());
        } catch (Exception e) {
            throw new IllegalArgumentException("Invalid cursor for current pagination sort.");
        }
    }

    /**
     * A page from items already in order and past the cursor: up to {@code first} of them (all in bulk mode when
     * first is 0), with hasNextPage looking one item further.
     */
    static <T> Map<String, Object> page(Iterator<T> ordered, int first, boolean hasPrevious,
            Function<T, String> cursorOf, Function<T, Object> nodeOf) {
        List<Object> edges = new ArrayList<>();
        List<Object> nodes = new ArrayList<>();
        String start = null;
        String end = null;
        boolean hasNext = false;
        while (ordered.hasNext()) {
            T item = ordered.next();
            if (first > 0 && nodes.size() == first) {
                hasNext = true;
                break;
            }
            Object node = nodeOf.apply(item);
            String cursor = cursorOf.apply(item);
            Map<String, Object> edge = new LinkedHashMap<>();
            edge.put("cursor", cursor);
            edge.put("node", node);
            edges.add(edge);
            nodes.add(node);
            if (start == null) {
                start = cursor;
            }
            end = cursor;
        }
        Map<String, Object> pageInfo = new LinkedHashMap<>();
        pageInfo.put("hasNextPage", hasNext);
        pageInfo.put("hasPreviousPage", hasPrevious);
        pageInfo.put("startCursor", start);
        pageInfo.put("endCursor", end);
        Map<String, Object> connection = new LinkedHashMap<>();
        connection.put("edges", edges);
        connection.put("nodes", nodes);
        connection.put("pageInfo", pageInfo);
        return connection;
    }
}
