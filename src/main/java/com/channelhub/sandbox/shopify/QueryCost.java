package com.channelhub.sandbox.shopify;

import java.util.List;
import java.util.Map;

import graphql.language.Argument;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Shopify's calculated query cost (shopify.dev/docs/apps/build/apis/graphql-admin/rate-limits, "cost calculation"):
 * scalars and enums 0, objects 1, connections 2 plus their page size times the cost of one node, mutations 10.
 * The requested cost is computed from the query before it runs; the actual cost walks the same query over the data
 * it returned, so short pages and null objects cost less. productVariantsBulkUpdate adds 0.2 per variant (platform
 * facts), rounded up.
 */
final class QueryCost {

    static final int MUTATION_COST = 10;

    private final GraphQLSchema schema;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Object> variables;

    private QueryCost(GraphQLSchema schema, Document document, Map<String, Object> variables) {
        this.schema = schema;
        this.fragments = document.getDefinitionsOfType(FragmentDefinition.class).stream()
                .collect(java.util.stream.Collectors.toMap(FragmentDefinition::getName, f -> f, (a, b) -> a));
        this.variables = variables == null ? Map.of() : variables;
    }

    static int requested(GraphQLSchema schema, Document document, OperationDefinition operation,
            Map<String, Object> variables) {
        QueryCost cost = new QueryCost(schema, document, variables);
        if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
            return cost.mutation(operation);
        }
        return cost.selection(operation.getSelectionSet(), schema.getQueryType(), null, false);
    }

    static int actual(GraphQLSchema schema, Document document, OperationDefinition operation,
            Map<String, Object> variables, Map<String, Object> data) {
        QueryCost cost = new QueryCost(schema, document, variables);
        if (operation.getOperation() == OperationDefinition.Operation.MUTATION) {
            return cost.mutation(operation);
        }
        return data == null ? 0 : cost.selection(operation.getSelectionSet(), schema.getQueryType(), data, true);
    }

    private int mutation(OperationDefinition operation) {
        int total = 0;
        for (Field field : operation.getSelectionSet().getSelectionsOfType(Field.class)) {
            if (field.getName().startsWith("__")) {
                continue;
            }
            total += MUTATION_COST;
            if (field.getName().equals("productVariantsBulkUpdate")) {
                Object variants = argument(field, "variants");
                int count = variants instanceof List<?> list ? list.size() : 0;
                total += (int) Math.ceil(count * 0.2);
            }
        }
        return total;
    }

    /** Cost of a selection on an object; in actual mode {@code data} is the object's answer. */
    private int selection(SelectionSet set, GraphQLObjectType type, Map<?, ?> data, boolean actual) {
        if (set == null) {
            return 0;
        }
        int total = 0;
        for (Selection<?> s : set.getSelections()) {
            if (s instanceof Field field) {
                total += field(field, type, data, actual);
            } else if (s instanceof InlineFragment inline) {
                total += selection(inline.getSelectionSet(), conditionType(inline.getTypeCondition() == null ? null
                        : inline.getTypeCondition().getName(), type), data, actual);
            } else if (s instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                FragmentDefinition fragment = fragments.get(spread.getName());
                total += selection(fragment.getSelectionSet(),
                        conditionType(fragment.getTypeCondition().getName(), type), data, actual);
            }
        }
        return total;
    }

    private int field(Field field, GraphQLObjectType parent, Map<?, ?> data, boolean actual) {
        GraphQLFieldDefinition definition = parent.getFieldDefinition(field.getName());
        if (definition == null) {
            return 0;
        }
        GraphQLType unwrapped = GraphQLTypeUtil.unwrapAll(definition.getType());
        if (!(unwrapped instanceof GraphQLObjectType objectType)) {
            return 0;
        }
        Object value = actual ? data.get(field.getResultKey()) : null;
        if (actual && value == null) {
            return 0;
        }
        if (objectType.getName().endsWith("Connection")) {
            return connection(field, objectType, (Map<?, ?>) value, actual);
        }
        if (!actual) {
            return 1 + selection(field.getSelectionSet(), objectType, null, false);
        }
        if (value instanceof List<?> list) {
            int total = 0;
            for (Object item : list) {
                total += item == null ? 0 : 1 + selection(field.getSelectionSet(), objectType, (Map<?, ?>) item, true);
            }
            return total;
        }
        return 1 + selection(field.getSelectionSet(), objectType, (Map<?, ?>) value, true);
    }

    private int connection(Field field, GraphQLObjectType connection,
            Map<?, ?> value, boolean actual) {
        int viaEdges = 0;
        int viaNodes = 0;
        for (Field part : field.getSelectionSet() == null ? List.<Field>of()
                : field.getSelectionSet().getSelectionsOfType(Field.class)) {
            if (part.getName().equals("nodes")) {
                GraphQLObjectType nodeType = objectType(connection, "nodes");
                viaNodes = Math.max(viaNodes, items(part.getSelectionSet(), nodeType,
                        actual ? (List<?>) value.get(part.getResultKey()) : null, actual));
            } else if (part.getName().equals("edges")) {
                GraphQLObjectType edgeType = objectType(connection, "edges");
                for (Field edgePart : part.getSelectionSet() == null ? List.<Field>of()
                        : part.getSelectionSet().getSelectionsOfType(Field.class)) {
                    if (!edgePart.getName().equals("node")) {
                        continue;
                    }
                    GraphQLObjectType nodeType = objectType(edgeType, "node");
                    List<?> nodes = null;
                    if (actual) {
                        nodes = ((List<?>) value.get(part.getResultKey())).stream()
                                .map(edge -> ((Map<?, ?>) edge).get(edgePart.getResultKey())).toList();
                    }
                    viaEdges = Math.max(viaEdges, items(edgePart.getSelectionSet(), nodeType, nodes, actual));
                }
            }
        }
        if (actual) {
            return 2 + Math.max(viaEdges, viaNodes);
        }
        return 2 + pageSize(field) * Math.max(viaEdges, viaNodes);
    }

    /** Requested: the cost of one node. Actual: the summed cost of the nodes returned. */
    private int items(SelectionSet set, GraphQLObjectType nodeType, List<?> nodes, boolean actual) {
        if (!actual) {
            return 1 + selection(set, nodeType, null, false);
        }
        int total = 0;
        for (Object node : nodes) {
            total += node == null ? 0 : 1 + selection(set, nodeType, (Map<?, ?>) node, true);
        }
        return total;
    }

    private int pageSize(Field field) {
        for (String name : new String[] {"first", "last"}) {
            Object value = argument(field, name);
            if (value instanceof Number n) {
                return Math.max(0, n.intValue());
            }
        }
        return 0;
    }

    private Object argument(Field field, String name) {
        for (Argument argument : field.getArguments()) {
            if (argument.getName().equals(name)) {
                return resolve(argument.getValue());
            }
        }
        return null;
    }

    private Object resolve(Value<?> value) {
        if (value instanceof IntValue i) {
            return i.getValue().intValue();
        }
        if (value instanceof VariableReference ref) {
            return variables.get(ref.getName());
        }
        if (value instanceof graphql.language.ArrayValue array) {
            return array.getValues();
        }
        return null;
    }

    private GraphQLObjectType objectType(GraphQLObjectType parent, String fieldName) {
        GraphQLFieldDefinition definition = parent.getFieldDefinition(fieldName);
        GraphQLType type = definition == null ? null : GraphQLTypeUtil.unwrapAll(definition.getType());
        return type instanceof GraphQLObjectType object ? object : parent;
    }

    private GraphQLObjectType conditionType(String name, GraphQLObjectType fallback) {
        if (name == null) {
            return fallback;
        }
        GraphQLType type = schema.getType(name);
        return type instanceof GraphQLObjectType object ? object : fallback;
    }
}
