package com.channelhub.connector.amazon.client;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A JSON_LISTINGS_FEED document (listings-feed-schema-v2) of PATCH messages, built message by message and written
 * as UTF-8 JSON. Message ids are 1, 2, 3… in the order of {@link #addPatch}, unique within the feed.
 */
public final class ListingsFeedDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String sellerId;
    private final String issueLocale;
    private final List<String> reportIncludedData;
    private final List<ObjectNode> messages = new ArrayList<>();

    public ListingsFeedDocument(String sellerId, String issueLocale) {
        this(sellerId, issueLocale, List.of());
    }

    /**
     * @param reportIncludedData data sets (e.g. {@code offers}) the processing report should show for each accepted
     *                           listing, as getListingsItem would; empty for none
     */
    public ListingsFeedDocument(String sellerId, String issueLocale, List<String> reportIncludedData) {
        if (sellerId == null || sellerId.isBlank()) {
            throw new IllegalArgumentException("a JSON_LISTINGS_FEED needs the seller id in its header");
        }
        this.sellerId = sellerId;
        this.issueLocale = issueLocale;
        this.reportIncludedData = reportIncludedData == null ? List.of() : List.copyOf(reportIncludedData);
    }

    /**
     * Adds a PATCH message.
     *
     * @return its messageId
     */
    public int addPatch(String sku, ListingsPatch patch) {
        if (messages.size() >= AmazonSpPlatformFacts.FEED_MAX_MESSAGES) {
            throw new IllegalStateException("a JSON_LISTINGS_FEED holds at most "
                    + AmazonSpPlatformFacts.FEED_MAX_MESSAGES + " messages");
        }
        int messageId = messages.size() + 1;
        ObjectNode message = JSON.createObjectNode();
        message.put("messageId", messageId);
        message.put("sku", sku);
        message.put("operationType", "PATCH");
        message.put("productType", patch.productType());
        ArrayNode patches = message.putArray("patches");
        for (ListingsPatch.Operation op : patch.patches()) {
            ObjectNode node = patches.addObject().put("op", op.op()).put("path", op.path());
            if (op.value() != null) {
                node.set("value", op.value());
            }
        }
        messages.add(message);
        return messageId;
    }

    public int size() {
        return messages.size();
    }

    /** The document as JSON bytes (UTF-8). */
    public byte[] toBytes() {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode header = root.putObject("header");
        header.put("sellerId", sellerId);
        header.put("version", AmazonSpPlatformFacts.FEED_VERSION);
        if (issueLocale != null && !issueLocale.isBlank()) {
            header.put("issueLocale", issueLocale);
        }
        if (!reportIncludedData.isEmpty()) {
            ObjectNode report = header.putObject("report");
            reportIncludedData.forEach(report.putArray("includedData")::add);
            report.put("apiVersion", AmazonSpPlatformFacts.LISTINGS_API_VERSION);
        }
        root.putArray("messages").addAll(messages);
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
