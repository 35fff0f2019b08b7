package com.channelhub.sandbox.amazon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.springframework.stereotype.Component;

/**
 * Processes one JSON_LISTINGS_FEED document: checks it against Amazon's published feed schema (v2, shipped
 * unmodified in {@code sandbox/amazon/listings-feed-schema-v2.json}), checks each message as patchListingsItem would,
 * applies the accepted ones, and writes the processing report in Amazon's JSON shape (processing report schema v2).
 * A document that breaks the schema outside its messages (header, more than 25,000 messages) fails the whole feed.
 */
@Component
@ConditionalOnAmazonSandbox
class ListingsFeedProcessor {

    private static final Pattern MESSAGE_LOCATION = Pattern.compile("^\\$\\.messages\\[(\\d+)]");

    private final JsonSchema schema;
    private final ObjectMapper objectMapper;
    private final ListingsService listings;

    /** The processing report and whether the feed ends FATAL. */
    record Outcome(boolean fatal, ObjectNode report) {
    }

    ListingsFeedProcessor(ObjectMapper objectMapper, ListingsService listings) {
        this.objectMapper = objectMapper;
        this.listings = listings;
        try (InputStream in = getClass().getResourceAsStream("/sandbox/amazon/listings-feed-schema-v2.json")) {
            this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Outcome process(SandboxSeller seller, String feedId, byte[] content, boolean applyChanges) {
        Report report = new Report(seller.sellerId(), feedId);
        JsonNode feed;
        try {
            feed = objectMapper.readTree(content);
        } catch (IOException e) {
            return report.fatal("The feed document is not valid JSON.");
        }
        if (feed == null || !feed.isObject()) {
            return report.fatal("The feed document must be a JSON object with 'header' and 'messages'.");
        }
        Map<Integer, String> messageErrors = new TreeMap<>();
        for (ValidationMessage error : schema.validate(feed)) {
            Matcher matcher = MESSAGE_LOCATION.matcher(error.getInstanceLocation().toString());
            if (!matcher.find()) {
                return report.fatal("The feed document does not follow the JSON_LISTINGS_FEED schema: "
                        + error.getMessage());
            }
            messageErrors.putIfAbsent(Integer.parseInt(matcher.group(1)), error.getMessage());
        }
        if (!seller.sellerId().equals(feed.path("header").path("sellerId").asText())) {
            return report.fatal("The header's sellerId is not the seller that submitted the feed.");
        }
        report.header.set("report", feed.path("header").get("report"));
        Set<Long> messageIds = new HashSet<>();
        List<String> accepted = new ArrayList<>();
        JsonNode messages = feed.path("messages");
        for (int i = 0; i < messages.size(); i++) {
            JsonNode message = messages.get(i);
            long messageId = message.path("messageId").asLong();
            String sku = message.path("sku").asText();
            report.processed++;
            List<ListingIssue> issues = messageErrors.containsKey(i)
                    ? List.of(ListingIssue.error(SpApiFacts.SCHEMA_VIOLATION_CODE, messageErrors.get(i), null, null))
                    : !messageIds.add(messageId)
                            ? List.of(ListingIssue.error(SpApiFacts.DUPLICATE_MESSAGE_CODE,
                                    "messageId " + messageId + " is used by another message of this feed.", null, null))
                            : check(seller, message);
            if (issues.isEmpty()) {
                report.accepted++;
                accepted.add(sku);
                if (applyChanges) {
                    apply(seller, message);
                }
            } else {
                report.invalid(messageId, sku, issues);
            }
        }
        report.items(feed.path("header").path("report").path("includedData"), accepted, seller);
        return new Outcome(false, report.json());
    }

    /** A feed whose input document never arrived. */
    Outcome notUploaded(SandboxSeller seller, String feedId) {
        return new Report(seller.sellerId(), feedId).fatal("The input feed document was never uploaded.");
    }

    private static List<ListingIssue> check(SandboxSeller seller, JsonNode message) {
        String operation = message.path("operationType").asText();
        if (operation.equals("PATCH")) {
            try {
                return ListingPatches.validate(message.get("patches"), seller);
            } catch (SpApiException e) {
                return List.of(ListingIssue.error(SpApiFacts.SCHEMA_VIOLATION_CODE, e.getMessage(), null, null));
            }
        }
        if ((operation.equals("UPDATE") || operation.equals("PARTIAL_UPDATE"))
                && seller.listing(message.path("sku").asText()).isEmpty()) {
            return List.of(ListingIssue.error(SpApiFacts.SANDBOX_UNSUPPORTED_CODE, "The sandbox does not create "
                    + "listings: SKU '" + message.path("sku").asText() + "' does not exist.", null, null));
        }
        return List.of();
    }

    /** A PATCH on a SKU the seller does not have is accepted and changes nothing, as Amazon's feeds do. */
    private void apply(SandboxSeller seller, JsonNode message) {
        String sku = message.path("sku").asText();
        String productType = message.path("productType").asText(null);
        switch (message.path("operationType").asText()) {
            case "PATCH" -> listings.apply(seller, sku, productType, message.get("patches"));
            case "PARTIAL_UPDATE" -> {
                ArrayNode patches = JsonNodeFactory.instance.arrayNode();
                message.path("attributes").fields().forEachRemaining(attribute -> patches.addObject()
                        .put("op", "replace").put("path", "/attributes/" + attribute.getKey())
                        .set("value", attribute.getValue()));
                listings.apply(seller, sku, productType, patches);
            }
            case "UPDATE" -> listings.replace(seller, sku, productType, (ObjectNode) message.get("attributes"));
            case "DELETE" -> seller.delete(sku);
            default -> { }
        }
    }

    /** The processing report being written. */
    private final class Report {
        final ObjectNode header = JsonNodeFactory.instance.objectNode();
        final ArrayNode issues = JsonNodeFactory.instance.arrayNode();
        ArrayNode items;
        int processed;
        int accepted;
        int invalidMessages;
        int errors;

        Report(String sellerId, String feedId) {
            header.put("sellerId", sellerId).put("version", "2.0").put("feedId", feedId);
        }

        /** An issue without messageId is about the whole feed. */
        Outcome fatal(String message) {
            issues.addObject().put("code", SpApiFacts.SCHEMA_VIOLATION_CODE).put("severity", "ERROR")
                    .put("message", message);
            errors++;
            return new Outcome(true, json());
        }

        void invalid(long messageId, String sku, List<ListingIssue> messageIssues) {
            invalidMessages++;
            for (ListingIssue issue : messageIssues) {
                ObjectNode node = issues.addObject();
                if (messageId >= 1) { // a message without a valid messageId cannot be named (schema: minimum 1)
                    node.put("messageId", messageId);
                }
                if (!sku.isEmpty()) {
                    node.put("sku", sku);
                }
                node.put("code", issue.code()).put("severity", issue.severity()).put("message", issue.message());
                if (!issue.attributeNames().isEmpty()) {
                    node.put("attributeName", issue.attributeNames().get(0));
                }
                errors++;
            }
        }

        /** With header.report.includedData, the report lists the accepted items as getListingsItem shows them. */
        void items(JsonNode includedData, List<String> skus, SandboxSeller seller) {
            if (!includedData.isArray() || includedData.isEmpty()) {
                return;
            }
            List<String> data = new ArrayList<>();
            includedData.forEach(value -> data.add(value.asText()));
            items = JsonNodeFactory.instance.arrayNode();
            skus.stream().distinct().forEach(sku -> seller.listing(sku)
                    .ifPresent(listing -> items.add(listings.render(seller, listing, data))));
        }

        ObjectNode json() {
            ObjectNode report = JsonNodeFactory.instance.objectNode();
            if (header.path("report").isNull()) {
                header.remove("report");
            }
            report.set("header", header);
            report.set("issues", issues);
            report.putObject("summary").put("errors", errors).put("warnings", 0).put("messagesProcessed", processed)
                    .put("messagesAccepted", accepted).put("messagesInvalid", invalidMessages);
            if (items != null) {
                report.set("items", items);
            }
            return report;
        }
    }
}
