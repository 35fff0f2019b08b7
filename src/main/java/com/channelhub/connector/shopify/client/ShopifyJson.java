package com.channelhub.connector.shopify.client;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.CatalogVariant;
import com.fasterxml.jackson.databind.JsonNode;

/** Maps Shopify's GraphQL wire shapes onto the connector's records. */
final class ShopifyJson {

    private ShopifyJson() {
    }

    /** {@code extensions.cost}, or null when the answer has none (OAuth, some errors). */
    static QueryCost cost(JsonNode root) {
        JsonNode cost = root.path("extensions").path("cost");
        if (cost.isMissingNode() || cost.isNull()) {
            return null;
        }
        JsonNode throttle = cost.path("throttleStatus");
        ThrottleStatus status = throttle.isObject()
                ? new ThrottleStatus(throttle.path("maximumAvailable").asDouble(),
                        throttle.path("currentlyAvailable").asDouble(), throttle.path("restoreRate").asDouble())
                : null;
        return new QueryCost(intOrNull(cost.path("requestedQueryCost")), intOrNull(cost.path("actualQueryCost")),
                status);
    }

    /** The first {@code errors[].extensions.code}, or null. */
    static String firstErrorCode(JsonNode root) {
        for (JsonNode error : root.path("errors")) {
            String code = text(error.path("extensions").path("code"));
            if (code != null) {
                return code;
            }
        }
        return null;
    }

    /** All error messages joined, for a person to read. */
    static String errorMessages(JsonNode root) {
        List<String> messages = new ArrayList<>();
        JsonNode errors = root.path("errors");
        if (errors.isTextual()) {
            return errors.asText();
        }
        for (JsonNode error : errors) {
            messages.add(error.path("message").asText(error.toString()));
        }
        return String.join("; ", messages);
    }

    static boolean hasErrors(JsonNode root) {
        JsonNode errors = root.path("errors");
        return errors.isTextual() || (errors.isArray() && !errors.isEmpty());
    }

    /** The nodes of a connection, whether the query asked for {@code edges { node }} or {@code nodes}. */
    static List<JsonNode> nodes(JsonNode connection) {
        List<JsonNode> nodes = new ArrayList<>();
        if (connection.has("edges")) {
            connection.path("edges").forEach(edge -> nodes.add(edge.path("node")));
        } else {
            connection.path("nodes").forEach(nodes::add);
        }
        return nodes;
    }

    static boolean hasNextPage(JsonNode connection) {
        return connection.path("pageInfo").path("hasNextPage").asBoolean(false);
    }

    static String endCursor(JsonNode connection) {
        return text(connection.path("pageInfo").path("endCursor"));
    }

    static CatalogProduct product(JsonNode node, List<CatalogVariant> variants) {
        return new CatalogProduct(text(node.path("id")), text(node.path("title")), text(node.path("vendor")),
                text(node.path("status")), instant(node.path("updatedAt")), variants);
    }

    static CatalogVariant variant(JsonNode node, String currency) {
        JsonNode quantity = node.path("inventoryQuantity");
        return new CatalogVariant(text(node.path("id")), text(node.path("sku")), text(node.path("title")),
                decimal(node.path("price")), decimal(node.path("compareAtPrice")), currency,
                quantity.isNumber() ? quantity.asInt() : null, text(node.path("inventoryItem").path("id")), null,
                null, instant(node.path("updatedAt")));
    }

    static BulkOperation bulkOperation(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        return new BulkOperation(text(node.path("id")), text(node.path("status")), text(node.path("errorCode")),
                text(node.path("url")), text(node.path("partialDataUrl")), node.path("objectCount").asLong(0));
    }

    static List<UserError> userErrors(JsonNode errors) {
        List<UserError> result = new ArrayList<>();
        for (JsonNode error : errors) {
            List<String> field = null;
            if (error.path("field").isArray()) {
                field = new ArrayList<>();
                for (JsonNode part : error.path("field")) {
                    field.add(part.asText());
                }
            }
            result.add(new UserError(field, text(error.path("code")), error.path("message").asText()));
        }
        return result;
    }

    static UpdatedVariant updatedVariant(JsonNode node) {
        return new UpdatedVariant(text(node.path("id")), decimal(node.path("price")),
                decimal(node.path("compareAtPrice")));
    }

    static WebhookSubscription webhookSubscription(JsonNode node) {
        String uri = text(node.path("uri"));
        if (uri == null) {
            uri = text(node.path("endpoint").path("callbackUrl"));
        }
        if (uri == null) {
            uri = text(node.path("callbackUrl"));
        }
        return new WebhookSubscription(text(node.path("id")), text(node.path("topic")), uri);
    }

    static ShopInfo shop(JsonNode node) {
        return new ShopInfo(text(node.path("name")), text(node.path("myshopifyDomain")),
                text(node.path("currencyCode")), text(node.path("plan").path("displayName")));
    }

    static ShopLocation location(JsonNode node) {
        return new ShopLocation(text(node.path("id")), text(node.path("name")), node.path("isActive").asBoolean(true));
    }

    static ShopifyTokenGrant tokenGrant(JsonNode node, Instant now) {
        String scope = text(node.path("scope"));
        List<String> scopes = scope == null ? List.of()
                : Arrays.stream(scope.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        return new ShopifyTokenGrant(text(node.path("access_token")), scopes,
                expiry(now, node.path("expires_in")), text(node.path("refresh_token")),
                expiry(now, node.path("refresh_token_expires_in")));
    }

    private static Instant expiry(Instant now, JsonNode seconds) {
        return seconds.isNumber() || (seconds.isTextual() && !seconds.asText().isBlank())
                ? now.plusSeconds(seconds.asLong()) : null;
    }

    static String text(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
    }

    static BigDecimal decimal(JsonNode node) {
        String text = text(node);
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }

    static Instant instant(JsonNode node) {
        String text = text(node);
        return text == null || text.isBlank() ? null : OffsetDateTime.parse(text).toInstant();
    }

    private static Integer intOrNull(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }
}
