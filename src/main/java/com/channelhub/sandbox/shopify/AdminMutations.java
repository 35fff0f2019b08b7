package com.channelhub.sandbox.shopify;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

/** The mutations of the simulated Admin API. */
final class AdminMutations {

    private final CatalogChanges catalog;
    private final BulkOperations bulk;
    private final InventoryQuantities inventory;
    private final Clock clock;
    private final AtomicLong subscriptionIds = new AtomicLong(1_400_000_000L);

    AdminMutations(CatalogChanges catalog, BulkOperations bulk, InventoryQuantities inventory, Clock clock) {
        this.catalog = catalog;
        this.bulk = bulk;
        this.inventory = inventory;
        this.clock = clock;
    }

    Object inventorySetQuantities(DataFetchingEnvironment env) {
        Object denied = AdminErrors.requireScope(env, "write_inventory");
        if (denied != null) {
            return denied;
        }
        RequestScope scope = AdminQueries.scope(env);
        Map<String, Object> input = env.getArgument("input");
        List<?> quantities = (List<?>) input.get("quantities");
        if (quantities.size() > ShopifyFacts.MAX_PAGE_SIZE) {
            return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env)
                    .message("The input array size of " + quantities.size() + " is greater than the maximum allowed of "
                            + ShopifyFacts.MAX_PAGE_SIZE + ".")
                    .extensions(Map.of("code", "MAX_INPUT_SIZE_EXCEEDED")).build()).build();
        }
        return inventory.set(scope.store(), scope.apiVersion(), input);
    }

    Object productVariantsBulkUpdate(DataFetchingEnvironment env) {
        Object denied = AdminErrors.requireScope(env, "write_products");
        if (denied != null) {
            return denied;
        }
        RequestScope scope = AdminQueries.scope(env);
        List<Map<String, Object>> inputs = env.getArgument("variants");
        if (inputs.size() > ShopifyFacts.MAX_PAGE_SIZE) {
            return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env)
                    .message("The input array size of " + inputs.size() + " is greater than the maximum allowed of "
                            + ShopifyFacts.MAX_PAGE_SIZE + ".")
                    .extensions(Map.of("code", "MAX_INPUT_SIZE_EXCEEDED")).build()).build();
        }
        List<CatalogChanges.VariantChange> changes = new ArrayList<>();
        for (Map<String, Object> in : inputs) {
            changes.add(new CatalogChanges.VariantChange(Gid.parse(in.get("id"), "ProductVariant"), null, null,
                    (String) in.get("price"), (String) in.get("compareAtPrice"), null));
        }
        CatalogChanges.BulkUpdate update = catalog.updateVariants(scope.store(),
                Gid.parse(env.getArgument("productId"), "Product"), changes,
                Boolean.TRUE.equals(env.getArgument("allowPartialUpdates")));
        Map<String, Object> payload = new LinkedHashMap<>();
        boolean applied = update.errors().isEmpty() || !update.updated().isEmpty();
        payload.put("product", update.product() == null ? null
                : new CatalogPages.ProductRef(scope.store(), update.product()));
        payload.put("productVariants", !applied ? null : update.updated().stream()
                .map(v -> new CatalogPages.VariantRef(scope.store(), update.product(), v)).toList());
        payload.put("userErrors", update.errors().stream().map(e -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("field", e.field());
            error.put("code", e.code());
            error.put("message", e.message());
            return error;
        }).toList());
        return payload;
    }

    Object webhookSubscriptionCreate(DataFetchingEnvironment env) {
        RequestScope scope = AdminQueries.scope(env);
        String topic = env.getArgument("topic");
        Map<String, Object> input = env.getArgument("webhookSubscription");
        String uri = (String) (input.get("uri") != null ? input.get("uri") : input.get("callbackUrl"));
        String field = input.get("uri") != null ? "uri" : "callbackUrl";
        String problem = uriProblem(uri);
        if (problem == null && "XML".equals(input.get("format"))) {
            problem = "The sandbox delivers JSON only: use format JSON.";
        }
        if (problem == null && scope.store().subscriptions.values().stream()
                .anyMatch(s -> s.topic().equals(topic) && s.uri().equals(uri))) {
            problem = "Address for this topic has already been taken";
        }
        if (problem != null) {
            return payload("webhookSubscription", null, List.of(userError(List.of("webhookSubscription", field), problem)));
        }
        long id = subscriptionIds.incrementAndGet();
        SandboxStore.Subscription subscription = new SandboxStore.Subscription(id, topic, uri, "JSON",
                scope.apiVersion(), clock.millis(), new AtomicLong());
        scope.store().subscriptions.put(id, subscription);
        return payload("webhookSubscription", subscriptionView(subscription), List.of());
    }

    Object webhookSubscriptionDelete(DataFetchingEnvironment env) {
        RequestScope scope = AdminQueries.scope(env);
        Long id = Gid.parse(env.getArgument("id"), "WebhookSubscription");
        if (id == null || scope.store().subscriptions.remove(id) == null) {
            return payload("deletedWebhookSubscriptionId", null,
                    List.of(userError(List.of("id"), "Webhook subscription does not exist")));
        }
        return payload("deletedWebhookSubscriptionId", "gid://shopify/WebhookSubscription/" + id, List.of());
    }

    Object bulkOperationRunQuery(DataFetchingEnvironment env) {
        RequestScope scope = AdminQueries.scope(env);
        Object denied = AdminErrors.requireScope(env, "read_products");
        if (denied != null) {
            return denied;
        }
        try {
            BulkOperation op = bulk.start(scope.store(), scope.apiVersion(), env.getArgument("query"),
                    scope.baseUrl(), env.getGraphQLSchema());
            return payload("bulkOperation", op.view(), List.of());
        } catch (BulkOperations.Refused e) {
            Map<String, Object> error = userError(null, e.getMessage());
            error.put("code", e.code);
            return payload("bulkOperation", null, List.of(error));
        }
    }

    static Map<String, Object> subscriptionView(SandboxStore.Subscription s) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", "gid://shopify/WebhookSubscription/" + s.id());
        view.put("legacyResourceId", Long.toString(s.id()));
        view.put("topic", s.topic());
        view.put("uri", s.uri());
        view.put("callbackUrl", s.uri());
        view.put("format", s.format());
        view.put("createdAt", CatalogPages.dateTime(s.createdAt()));
        view.put("updatedAt", CatalogPages.dateTime(s.createdAt()));
        return view;
    }

    /**
     * Shopify takes only HTTPS addresses ("Address protocol http:// is not supported"); the sandbox also takes plain
     * HTTP on loopback and on single-label hosts (containers), where the hub runs in development and tests.
     */
    private static String uriProblem(String uri) {
        if (uri == null || uri.isBlank()) {
            return "Address can't be blank";
        }
        try {
            URI parsed = URI.create(uri);
            String host = parsed.getHost();
            if (!parsed.isAbsolute() || host == null) {
                return "Address is invalid";
            }
            if ("https".equals(parsed.getScheme())) {
                return null;
            }
            boolean local = host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]")
                    || !host.contains(".");
            return "http".equals(parsed.getScheme()) && local ? null
                    : "Address protocol " + parsed.getScheme() + ":// is not supported";
        } catch (IllegalArgumentException e) {
            return "Address is invalid";
        }
    }

    private static Map<String, Object> userError(List<String> field, String message) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static Map<String, Object> payload(String name, Object value, List<Map<String, Object>> errors) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put(name, value);
        payload.put("userErrors", errors);
        return payload;
    }
}
