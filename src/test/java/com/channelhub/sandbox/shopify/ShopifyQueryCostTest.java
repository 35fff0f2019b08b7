package com.channelhub.sandbox.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShopifyQueryCostTest {

    static GraphQLSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = AdminGraphql.class.getResourceAsStream("admin.graphqls")) {
            RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring();
            for (String scalar : List.of("DateTime", "Money", "URL", "UnsignedInt64")) {
                wiring.scalar(Scalars.stringScalar(scalar, scalar));
            }
            schema = new SchemaGenerator().makeExecutableSchema(
                    new SchemaParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)), wiring.build());
        }
    }

    @Test
    void scalarsAreFreeAndEachObjectCostsOne() {
        assertThat(requested("{ shop { id name plan { displayName } primaryDomain { host } } }")).isEqualTo(3);
        assertThat(requested("{ shop { name } }")).isEqualTo(1);
    }

    @Test
    void aConnectionCostsTwoPlusItsPageSizeTimesOneNode() {
        assertThat(requested("{ products(first: 10) { edges { cursor node { id title } } pageInfo { hasNextPage } } }"))
                .isEqualTo(12);
        assertThat(requested("{ products(first: 10) { nodes { id } } }")).isEqualTo(12);
        assertThat(requested("{ products(first: 50) { nodes { id variants(first: 5) { nodes { id inventoryItem { id } } } } } }"))
                .isEqualTo(2 + 50 * (1 + 2 + 5 * 2));
    }

    @Test
    void pageSizesComeFromVariablesAndNodesFromFragments() {
        String query = """
                query($n: Int) { products(first: $n) { nodes { ...P } } }
                fragment P on Product { id variants(first: 3) { nodes { id } } }""";
        assertThat(requested(query, Map.of("n", 2))).isEqualTo(2 + 2 * (1 + 2 + 3));
    }

    @Test
    void mutationsCostTenAndTheBulkPriceUpdateAddsAFifthPerVariant() {
        assertThat(requested("mutation { webhookSubscriptionDelete(id: \"gid://shopify/WebhookSubscription/1\") "
                + "{ userErrors { message } } }")).isEqualTo(10);
        String update = "mutation($v: [ProductVariantsBulkInput!]!) { productVariantsBulkUpdate(productId: "
                + "\"gid://shopify/Product/1\", variants: $v) { userErrors { message } } }";
        assertThat(requested(update, Map.of("v", Collections.nCopies(5, Map.of("id", "x"))))).isEqualTo(11);
        assertThat(requested(update, Map.of("v", Collections.nCopies(250, Map.of("id", "x"))))).isEqualTo(60);
    }

    @Test
    void theActualCostCountsWhatCameBack() throws IOException {
        String query = "{ products(first: 50) { nodes { id variants(first: 5) { nodes { id } } } } shop { name } }";
        Map<String, Object> data = new ObjectMapper().readValue("""
                {"products": {"nodes": [
                  {"id": "a", "variants": {"nodes": [{"id": "a1"}]}},
                  {"id": "b", "variants": {"nodes": [{"id": "b1"}, {"id": "b2"}]}}]},
                 "shop": null}""", new TypeReference<>() {
        });
        Document document = Parser.parse(query);
        OperationDefinition operation = document.getDefinitionsOfType(OperationDefinition.class).get(0);

        assertThat(QueryCost.actual(schema, document, operation, Map.of(), data))
                .isEqualTo(2 + (1 + 2 + 1) + (1 + 2 + 2));
        assertThat(QueryCost.requested(schema, document, operation, Map.of())).isEqualTo(2 + 50 * (1 + 2 + 5) + 1);
    }

    private static int requested(String query) {
        return requested(query, Map.of());
    }

    private static int requested(String query, Map<String, Object> variables) {
        Document document = Parser.parse(query);
        return QueryCost.requested(schema, document, document.getDefinitionsOfType(OperationDefinition.class).get(0),
                variables);
    }
}
