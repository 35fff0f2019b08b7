package com.channelhub.connector.shopify.client;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.CatalogVariant;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a bulk export's JSONL one line at a time and hands out whole products. Shopify writes each product as a
 * line and its variants as later lines carrying {@code __parentId}; children follow their parent, but not
 * necessarily right after it (shopify.dev/docs/api/usage/bulk-operations/queries, "JSONL file format"). So up to
 * {@code window} products stay open collecting children; when one more starts, the oldest is handed out. Memory is
 * bounded by the window, not by the catalog.
 *
 * <p>A child that arrives after its parent was handed out (only when children trail their parent by more than the
 * window) is not dropped: it is handed out in a second product with the same id, title and status that carries
 * only the late variants, and counted in {@link #lateChildren()}. Consumers merge variants by id.
 */
public final class BulkProductReader implements Iterator<CatalogProduct>, Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(BulkProductReader.class);
    private static final String PARENT_ID = "__parentId";

    private final BufferedReader reader;
    private final ObjectMapper json;
    private final String currency;
    private final int window;
    private final Runnable onClose;
    private final LinkedHashMap<String, Open> open = new LinkedHashMap<>();
    private final Deque<CatalogProduct> ready = new ArrayDeque<>();
    /** Headers of products already handed out, for late children; bounded like the window. */
    private final Map<String, JsonNode> handedOut;
    private boolean endOfInput;
    private long lines;
    private long lateChildren;
    private boolean closed;

    public BulkProductReader(BufferedReader reader, ObjectMapper json, String currency, int window, Runnable onClose) {
        this.reader = reader;
        this.json = json;
        this.currency = currency;
        this.window = Math.max(1, window);
        this.onClose = onClose;
        int remembered = this.window * 4;
        this.handedOut = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, JsonNode> eldest) {
                return size() > remembered;
            }
        };
    }

    /** A reader with no products, for an export that matched nothing. */
    public static BulkProductReader empty() {
        return new BulkProductReader(new BufferedReader(new java.io.StringReader("")), new ObjectMapper(), null, 1,
                null);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !endOfInput) {
            readLine();
        }
        return !ready.isEmpty();
    }

    @Override
    public CatalogProduct next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more products in the bulk export");
        }
        return ready.poll();
    }

    /** Variants that arrived after their product had been handed out (see the class comment). */
    public long lateChildren() {
        return lateChildren;
    }

    /** Lines read so far. */
    public long lines() {
        return lines;
    }

    private void readLine() {
        String line;
        try {
            line = reader.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException("reading the bulk export failed after " + lines + " lines", e);
        }
        if (line == null) {
            endOfInput = true;
            open.values().forEach(this::handOut);
            open.clear();
            return;
        }
        if (line.isBlank()) {
            return;
        }
        lines++;
        JsonNode node;
        try {
            node = json.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException("line " + lines + " of the bulk export is not JSON", e);
        }
        String parentId = ShopifyJson.text(node.path(PARENT_ID));
        if (parentId == null) {
            startProduct(node);
        } else if (isVariant(node)) {
            addVariant(parentId, node);
        }
    }

    private void startProduct(JsonNode node) {
        if (open.size() >= window) {
            Map.Entry<String, Open> eldest = open.entrySet().iterator().next();
            open.remove(eldest.getKey());
            handOut(eldest.getValue());
        }
        open.put(ShopifyJson.text(node.path("id")), new Open(node));
    }

    private void addVariant(String parentId, JsonNode node) {
        Open parent = open.get(parentId);
        if (parent == null) {
            lateChildren++;
            if (lateChildren == 1) {
                LOG.warn("Bulk export: variant {} arrived after its product {} was handed out; it follows in a "
                        + "second product record (raise bulkAssemblyWindow to avoid this)", node.path("id").asText(),
                        parentId);
            }
            JsonNode header = handedOut.get(parentId);
            startProduct(header != null ? header : json.createObjectNode().put("id", parentId));
            parent = open.get(parentId);
        }
        parent.variants.add(ShopifyJson.variant(node, currency));
    }

    private static boolean isVariant(JsonNode node) {
        return node.path("id").asText("").contains("/ProductVariant/");
    }

    private void handOut(Open product) {
        handedOut.put(ShopifyJson.text(product.header.path("id")), product.header);
        ready.add(ShopifyJson.product(product.header, List.copyOf(product.variants)));
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            reader.close();
        } catch (IOException e) {
            LOG.debug("closing the bulk export reader failed", e);
        } finally {
            if (onClose != null) {
                onClose.run();
            }
        }
    }

    private static final class Open {
        final JsonNode header;
        final List<CatalogVariant> variants = new ArrayList<>();

        Open(JsonNode header) {
            this.header = header;
        }
    }
}
