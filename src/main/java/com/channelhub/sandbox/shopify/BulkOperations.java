package com.channelhub.sandbox.shopify;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Bulk query operations (shopify.dev "perform bulk operations with the GraphQL Admin API"): the query runs in the
 * background without page sizes, CREATED → RUNNING → COMPLETED (or FAILED), and its result is a JSONL file with one
 * object per line, each nested connection's nodes on their own lines with {@code __parentId}. Children follow their
 * parent but, as Shopify warns, not necessarily right after it: here they come after the next parent.
 */
@Component
@ConditionalOnProperty(prefix = "hub.sandbox", name = "enabled", havingValue = "true")
class BulkOperations implements DisposableBean {

    /** A bulk query that cannot start: answered as a BulkOperationUserError. */
    static final class Refused extends RuntimeException {
        final String code;

        Refused(String code, String message) {
            super(message);
            this.code = code;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(BulkOperations.class);
    private static final ObjectMapper JSON = SandboxJson.MAPPER;

    private final ShopifySandboxProperties.Bulk settings;
    private final WebhookSender webhooks;
    private final Clock clock;
    private final AtomicLong ids = new AtomicLong(5_000_000_000L);
    private final ExecutorService runner = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "shopify-sandbox-bulk");
        thread.setDaemon(true);
        return thread;
    });

    BulkOperations(ShopifySandboxProperties properties, WebhookSender webhooks, Clock clock) {
        this.settings = properties.bulk();
        this.webhooks = webhooks;
        this.clock = clock;
    }

    BulkOperation start(SandboxStore store, String apiVersion, String query, String baseUrl, GraphQLSchema schema) {
        checkQuery(query);
        synchronized (store) {
            List<BulkOperation> running = store.bulkOperations.stream().filter(BulkOperation::active).toList();
            if (running.size() >= ShopifyFacts.concurrentBulkQueries(apiVersion)) {
                throw new Refused("OPERATION_IN_PROGRESS", "A bulk query operation for this app and shop is already "
                        + "in progress: " + running.get(0).gid() + ".");
            }
            long id = ids.incrementAndGet();
            BulkOperation op = new BulkOperation(id, query, apiVersion, clock.instant(),
                    baseUrl + "/sandbox/shopify/" + store.domain + "/bulk/" + id + ".jsonl");
            store.bulkOperations.add(op);
            boolean fail = store.faults.takeBulkFailure();
            runner.execute(() -> run(store, op, schema, fail));
            return op;
        }
    }

    BulkOperation find(SandboxStore store, long id) {
        return store.bulkOperations.stream().filter(op -> op.id == id).findFirst().orElse(null);
    }

    private static void checkQuery(String query) {
        Document document;
        try {
            document = Parser.parse(query);
        } catch (InvalidSyntaxException e) {
            throw new Refused("INVALID", "Invalid bulk query: " + e.getMessage());
        }
        List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
        if (operations.size() != 1 || operations.get(0).getOperation() != OperationDefinition.Operation.QUERY) {
            throw new Refused("INVALID", "Invalid bulk query: it must be one query operation.");
        }
        List<Field> roots = operations.get(0).getSelectionSet().getSelectionsOfType(Field.class);
        if (roots.size() != 1 || !roots.get(0).getName().equals("products")) {
            throw new Refused("INVALID", "Bulk queries must contain at least one connection; the sandbox runs "
                    + "bulk queries whose single top-level field is 'products'.");
        }
    }

    private void run(SandboxStore store, BulkOperation op, GraphQLSchema schema, boolean fail) {
        try {
            TimeUnit.MILLISECONDS.sleep(settings.startDelay().toMillis());
            op.status = "RUNNING";
            Path file = Files.createTempFile("shopify-sandbox-bulk-" + op.id + "-", ".jsonl");
            file.toFile().deleteOnExit();
            op.file = file;
            GraphQL graphql = GraphQL.newGraphQL(schema).build();
            long failAfter = fail ? Math.max(1, store.products.size() / 2) : Long.MAX_VALUE;
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                List<Map<String, Object>> pendingChildren = new ArrayList<>();
                long after = 0;
                while (true) {
                    RequestScope scope = RequestScope.bulk(store, op.apiVersion, after, settings.chunkSize());
                    ExecutionResult result = graphql.execute(ExecutionInput.newExecutionInput().query(op.query)
                            .graphQLContext(Map.of(RequestScope.KEY, scope)).build());
                    if (!result.getErrors().isEmpty()) {
                        throw new IllegalStateException("bulk step failed: " + result.getErrors());
                    }
                    Map<String, Object> data = result.getData();
                    Map<?, ?> connection = (Map<?, ?>) data.values().iterator().next();
                    List<Map<String, Object>> roots = nodes(connection);
                    for (Map<String, Object> root : roots) {
                        if (op.rootObjectCount >= failAfter) {
                            throw new BulkFault();
                        }
                        List<Map<String, Object>> children = new ArrayList<>();
                        write(out, op, flatten(root, null, children));
                        op.rootObjectCount++;
                        for (Map<String, Object> child : pendingChildren) {
                            write(out, op, child);
                        }
                        pendingChildren = children;
                    }
                    if (scope.bulkLastId().get() < 0 || roots.isEmpty()) {
                        break;
                    }
                    after = scope.bulkLastId().get();
                    if (!settings.chunkDelay().isZero()) {
                        TimeUnit.MILLISECONDS.sleep(settings.chunkDelay().toMillis());
                    }
                }
                for (Map<String, Object> child : pendingChildren) {
                    write(out, op, child);
                }
            }
            finish(store, op, "COMPLETED", null);
        } catch (BulkFault e) {
            finish(store, op, "FAILED", "INTERNAL_SERVER_ERROR");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.warn("Shopify sandbox bulk operation {} failed", op.id, e);
            finish(store, op, "FAILED", "INTERNAL_SERVER_ERROR");
        }
    }

    private void finish(SandboxStore store, BulkOperation op, String status, String errorCode) {
        try {
            op.fileSize = op.file == null ? null : Files.size(op.file);
        } catch (IOException e) {
            op.fileSize = null;
        }
        op.errorCode = errorCode;
        op.completedAt = clock.instant();
        op.status = status;
        webhooks.emit(store, "bulk_operations/finish", WebhookPayloads.bulkOperationFinished(op));
    }

    /**
     * The node's own fields as one line; the nodes of its connections go to {@code children} (with their own
     * children after them), each with {@code __parentId}.
     */
    private static Map<String, Object> flatten(Map<String, Object> node, Object parentId,
            List<Map<String, Object>> children) {
        Map<String, Object> line = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : node.entrySet()) {
            if (e.getValue() instanceof Map<?, ?> m && (m.containsKey("edges") || m.containsKey("nodes"))) {
                for (Map<String, Object> child : nodes(m)) {
                    List<Map<String, Object>> grandChildren = new ArrayList<>();
                    children.add(flatten(child, node.get("id"), grandChildren));
                    children.addAll(grandChildren);
                }
            } else {
                line.put(e.getKey(), e.getValue());
            }
        }
        if (parentId != null) {
            line.put("__parentId", parentId);
        }
        return line;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> nodes(Map<?, ?> connection) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        if (connection.get("edges") instanceof List<?> edges) {
            for (Object edge : edges) {
                Object node = ((Map<?, ?>) edge).get("node");
                if (node != null) {
                    nodes.add((Map<String, Object>) node);
                }
            }
        } else if (connection.get("nodes") instanceof List<?> list) {
            list.forEach(n -> nodes.add((Map<String, Object>) n));
        }
        return nodes;
    }

    private static void write(BufferedWriter out, BulkOperation op, Map<String, Object> line) throws IOException {
        out.write(JSON.writeValueAsString(line));
        out.write('\n');
        op.objectCount++;
    }

    private static final class BulkFault extends RuntimeException {
    }

    @Override
    public void destroy() {
        runner.shutdownNow();
    }
}
