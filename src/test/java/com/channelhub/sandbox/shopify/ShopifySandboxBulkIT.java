package com.channelhub.sandbox.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@ShopifySandboxTest
class ShopifySandboxBulkIT {

    static final String RUN = """
            mutation($query: String!) {
              bulkOperationRunQuery(query: $query) {
                bulkOperation { id status }
                userErrors { field message code }
              }
            }""";
    static final String EXPORT = "{ products { edges { node { id title updatedAt variants { edges { node { id sku price } } } } } } }";
    static final String CURRENT = "{ currentBulkOperation { id status errorCode objectCount rootObjectCount url partialDataUrl } }";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    SandboxShopifyClient shopify;

    @BeforeEach
    void setUp() {
        shopify = new SandboxShopifyClient(port);
    }

    @Test
    void aBulkExportWritesJsonlWithChildrenAfterTheirParentAndAnnouncesTheFinish() throws Exception {
        String shop = shopify.createStore("bulk", 100, 2, "standard");
        String token = shopify.token(shop);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            shopify.query(shop, token, ShopifySandboxWebhooksIT.SUBSCRIBE,
                    Map.of("topic", "BULK_OPERATIONS_FINISH", "uri", receiver.uri("/bulk")));
            JsonNode started = shopify.query(shop, token, RUN, Map.of("query", EXPORT))
                    .at("/data/bulkOperationRunQuery");
            assertThat(started.get("userErrors")).isEmpty();
            assertThat(started.at("/bulkOperation/status").asText()).isEqualTo("CREATED");
            String id = started.at("/bulkOperation/id").asText();

            JsonNode done = awaitFinished(shop, token);
            assertThat(done.get("id").asText()).isEqualTo(id);
            assertThat(done.get("status").asText()).isEqualTo("COMPLETED");
            assertThat(done.get("objectCount").asText()).isEqualTo("300");
            assertThat(done.get("rootObjectCount").asText()).isEqualTo("100");
            assertThat(done.get("partialDataUrl").isNull()).isTrue();

            List<JsonNode> lines = download(done.get("url").asText());
            assertThat(lines).hasSize(300);
            Set<String> parentsSeen = new HashSet<>();
            int childrenNotRightAfterParent = 0;
            String previousProduct = null;
            for (JsonNode line : lines) {
                if (line.has("__parentId")) {
                    assertThat(line.get("id").asText()).startsWith("gid://shopify/ProductVariant/");
                    assertThat(parentsSeen).contains(line.get("__parentId").asText());
                    if (!line.get("__parentId").asText().equals(previousProduct)) {
                        childrenNotRightAfterParent++;
                    }
                } else {
                    assertThat(line.get("id").asText()).startsWith("gid://shopify/Product/");
                    assertThat(line.has("variants")).isFalse();
                    parentsSeen.add(line.get("id").asText());
                    previousProduct = line.get("id").asText();
                }
            }
            assertThat(parentsSeen).hasSize(100);
            assertThat(childrenNotRightAfterParent).isPositive();

            await().atMost(Duration.ofSeconds(10)).until(() -> !receiver.received().isEmpty());
            JsonNode finish = JSON.readTree(receiver.received().get(0).body());
            assertThat(receiver.received().get(0).header("X-Shopify-Topic")).isEqualTo("bulk_operations/finish");
            assertThat(finish.get("admin_graphql_api_id").asText()).isEqualTo(id);
            assertThat(finish.get("status").asText()).isEqualTo("completed");
        }
    }

    @Test
    void anInjectedBulkFailureEndsFailedWithPartialData() throws Exception {
        String shop = shopify.createStore("bulk", 100, 1, "standard");
        String token = shopify.token(shop);
        shopify.control(shop, "/faults", "{\"type\":\"bulk_failure\"}");

        shopify.query(shop, token, RUN, Map.of("query", EXPORT));
        JsonNode done = awaitFinished(shop, token);

        assertThat(done.get("status").asText()).isEqualTo("FAILED");
        assertThat(done.get("errorCode").asText()).isEqualTo("INTERNAL_SERVER_ERROR");
        assertThat(done.get("url").isNull()).isTrue();
        List<JsonNode> partial = download(done.get("partialDataUrl").asText());
        assertThat(partial).isNotEmpty().hasSizeLessThan(200);
    }

    @Test
    void aBulkQueryWithoutAConnectionIsRefusedWithAUserError() {
        String shop = shopify.createStore("bulk", 1, 1, "standard");
        JsonNode answer = shopify.query(shop, shopify.token(shop), RUN, Map.of("query", "{ shop { name } }"))
                .at("/data/bulkOperationRunQuery");
        assertThat(answer.get("bulkOperation").isNull()).isTrue();
        assertThat(answer.at("/userErrors/0/code").asText()).isEqualTo("INVALID");
    }

    private JsonNode awaitFinished(String shop, String token) {
        List<JsonNode> seen = new ArrayList<>();
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode op = shopify.query(shop, token, CURRENT, null).at("/data/currentBulkOperation");
            seen.add(op);
            return !op.get("status").asText().equals("CREATED") && !op.get("status").asText().equals("RUNNING");
        });
        return seen.get(seen.size() - 1);
    }

    private List<JsonNode> download(String url) throws Exception {
        assertThat(url).contains("/sandbox/shopify/").endsWith(".jsonl");
        HubHttp.Response file = shopify.http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).GET().build());
        assertThat(file.status()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : file.body().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return lines;
    }
}
