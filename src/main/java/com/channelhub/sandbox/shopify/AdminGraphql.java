package com.channelhub.sandbox.shopify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.ParseAndValidate;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import graphql.validation.ValidationError;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs Admin API GraphQL requests against a store: validates, prices the query, charges the store's bucket, executes,
 * refunds the unused part and answers with {@code extensions.cost} as Shopify does.
 */
@Component
@ConditionalOnProperty(prefix = "hub.sandbox", name = "enabled", havingValue = "true")
class AdminGraphql {

    /** An answer: HTTP status and the JSON body as a map. */
    record Answer(int status, Map<String, Object> body, Double retryAfterSeconds) {
    }

    private final GraphQLSchema schema;
    private final GraphQL graphql;
    private final ShopifySandboxProperties properties;

    AdminGraphql(SandboxStores stores, CatalogChanges catalog, BulkOperations bulk, WebhookSender webhooks,
            ShopifySandboxProperties properties, Clock clock) {
        this.properties = properties;
        AdminQueries queries = new AdminQueries(stores);
        InventoryLevels levels = new InventoryLevels();
        AdminMutations mutations = new AdminMutations(catalog, bulk, new InventoryQuantities(webhooks, clock), clock);
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .scalar(Scalars.stringScalar("DateTime", "An ISO-8601 date and time"))
                .scalar(Scalars.stringScalar("Money", "A decimal amount as a string"))
                .scalar(Scalars.stringScalar("URL", "An absolute URL"))
                .scalar(Scalars.stringScalar("UnsignedInt64", "A 64-bit unsigned integer as a string"))
                .type(TypeRuntimeWiring.newTypeWiring("QueryRoot")
                        .dataFetcher("shop", queries::shop)
                        .dataFetcher("product", queries::product)
                        .dataFetcher("products", queries::products)
                        .dataFetcher("productVariant", queries::productVariant)
                        .dataFetcher("productVariants", queries::productVariants)
                        .dataFetcher("locations", queries::locations)
                        .dataFetcher("location", levels::location)
                        .dataFetcher("inventoryItem", levels::inventoryItem)
                        .dataFetcher("webhookSubscriptions", queries::webhookSubscriptions)
                        .dataFetcher("currentBulkOperation", queries::currentBulkOperation)
                        .dataFetcher("bulkOperation", queries::bulkOperation))
                .type(TypeRuntimeWiring.newTypeWiring("Mutation")
                        .dataFetcher("productVariantsBulkUpdate", mutations::productVariantsBulkUpdate)
                        .dataFetcher("webhookSubscriptionCreate", mutations::webhookSubscriptionCreate)
                        .dataFetcher("webhookSubscriptionDelete", mutations::webhookSubscriptionDelete)
                        .dataFetcher("bulkOperationRunQuery", mutations::bulkOperationRunQuery)
                        .dataFetcher("inventorySetQuantities", mutations::inventorySetQuantities))
                .type(TypeRuntimeWiring.newTypeWiring("InventoryItem").dataFetcher("inventoryLevel",
                        levels::inventoryLevel))
                .type(TypeRuntimeWiring.newTypeWiring("InventoryLevel").dataFetcher("quantities", levels::quantities))
                .type(TypeRuntimeWiring.newTypeWiring("Product").defaultDataFetcher(queries::productField))
                .type(TypeRuntimeWiring.newTypeWiring("ProductVariant").defaultDataFetcher(queries::variantField))
                .build();
        this.schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(sdl()), wiring);
        this.graphql = GraphQL.newGraphQL(schema).build();
    }

    Answer execute(RequestScope scope, String query, Map<String, Object> variables, String operationName) {
        SandboxStore store = scope.store();
        Map<String, Object> vars = variables == null ? Map.of() : variables;
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            return answer(200, List.of(e.toInvalidSyntaxError()), null, cost(store, 0, 0));
        }
        List<ValidationError> invalid = ParseAndValidate.validate(schema, document);
        if (!invalid.isEmpty()) {
            return answer(200, List.copyOf(invalid), null, cost(store, 0, 0));
        }
        OperationDefinition operation = operation(document, operationName);
        if (operation == null) {
            return new Answer(200, Map.of("errors", List.of(Map.of("message",
                    "No operation named '" + operationName + "' in the document."))), null);
        }
        int requested = QueryCost.requested(schema, document, operation, vars);
        if (requested > properties.maxQueryCost()) {
            return maxCostExceeded(store, requested);
        }
        long now = System.nanoTime();
        if (!store.bucket.tryTake(requested, now)) {
            store.throttled.incrementAndGet();
            return throttled(store, requested);
        }
        ExecutionResult result = graphql.execute(ExecutionInput.newExecutionInput().query(query)
                .operationName(operationName).variables(vars)
                .graphQLContext(Map.of(RequestScope.KEY, scope)).build());
        int actual = QueryCost.actual(schema, document, operation, vars, result.getData());
        if (actual < requested) {
            store.bucket.refund(requested - actual, System.nanoTime());
        }
        store.actualCost.addAndGet(actual);
        Map<String, Object> body = new LinkedHashMap<>(result.toSpecification());
        body.remove("extensions");
        body.put("extensions", Map.of("cost", cost(store, requested, actual)));
        return new Answer(200, body, null);
    }

    GraphQLSchema schema() {
        return schema;
    }

    /** Shopify's THROTTLED answer (platform facts: HTTP 200 by default, the status is a setting). */
    private Answer throttled(SandboxStore store, int requested) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", "Throttled");
        error.put("extensions", Map.of("code", "THROTTLED", "documentation", ShopifyFacts.RATE_LIMITS_DOC));
        Map<String, Object> cost = cost(store, requested, null);
        @SuppressWarnings("unchecked")
        Map<String, Object> status = (Map<String, Object>) cost.get("throttleStatus");
        double wait = Math.max(0, (requested - ((Number) status.get("currentlyAvailable")).doubleValue())
                / ((Number) status.get("restoreRate")).doubleValue());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", List.of(error));
        body.put("extensions", Map.of("cost", cost));
        return new Answer(properties.throttledStatus(), body, wait);
    }

    private Answer maxCostExceeded(SandboxStore store, int requested) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", "MAX_COST_EXCEEDED");
        extensions.put("cost", requested);
        extensions.put("maxCost", properties.maxQueryCost());
        extensions.put("documentation", ShopifyFacts.RATE_LIMITS_DOC);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", ShopifyFacts.maxCostMessage(requested, properties.maxQueryCost()));
        error.put("extensions", extensions);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", List.of(error));
        body.put("extensions", Map.of("cost", cost(store, requested, null)));
        return new Answer(200, body, null);
    }

    private Map<String, Object> cost(SandboxStore store, int requested, Integer actual) {
        CostBucket.Status status = store.bucket.status(System.nanoTime());
        Map<String, Object> throttle = new LinkedHashMap<>();
        throttle.put("maximumAvailable", status.maximumAvailable());
        throttle.put("currentlyAvailable", (int) status.currentlyAvailable());
        throttle.put("restoreRate", status.restoreRate());
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("requestedQueryCost", requested);
        cost.put("actualQueryCost", actual);
        cost.put("throttleStatus", throttle);
        return cost;
    }

    private static Answer answer(int status, List<? extends GraphQLError> errors, Object data, Map<String, Object> cost) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", errors.stream().map(GraphQLError::toSpecification).toList());
        if (data != null) {
            body.put("data", data);
        }
        body.put("extensions", Map.of("cost", cost));
        return new Answer(status, body, null);
    }

    private static OperationDefinition operation(Document document, String name) {
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (name == null || name.isEmpty()) {
            return operations.size() == 1 ? operations.get(0) : null;
        }
        return operations.stream().filter(op -> name.equals(op.getName())).findFirst().orElse(null);
    }

    private static String sdl() {
        try (InputStream in = AdminGraphql.class.getResourceAsStream("admin.graphqls")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
