package com.channelhub.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The price batch API's contract: validation, partial acceptance, idempotency, limits and project isolation. */
@HubIntegrationTest
class PriceBatchApiIT {

    @LocalServerPort
    int port;

    HubHttp http;
    String slug;
    String key;

    @BeforeEach
    void setUp() {
        http = new HubHttp(port);
        slug = HubHttp.uniqueSlug("batches");
        key = http.createProject(slug);
    }

    static HubHttp.Response submit(HubHttp http, String slug, String key, String idempotencyKey, String query,
            String body) {
        HttpRequest.Builder request = http.builder("/api/projects/" + slug + "/prices" + (query == null ? "" : "?" + query), key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build());
    }

    private static final String MIXED = """
            {"items":[
              {"sku":"GOOD-1","price":19.99,"currency":"USD"},
              {"sku":"bad sku","price":0,"currency":"USD"},
              {"sku":"GOOD-2","price":9.999,"currency":"USD"},
              {"sku":"GOOD-3","price":5,"currency":"XXX"},
              {"sku":"GOOD-1","price":4,"currency":"USD"}
            ]}""";

    @Test
    void invalidItemsAreEachListedAndNothingIsAccepted() {
        HubHttp.Response response = submit(http, slug, key, "k-" + UUID.randomUUID(), null, MIXED);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors).hasSize(5);
        assertThat(errors.findValuesAsText("field")).containsExactly("items[1].sku", "items[1].price",
                "items[2].price", "items[3].currency", "items[4].sku");
        assertThat(errors.get(0).get("index").asInt()).isEqualTo(1);
        assertThat(errors.get(2).get("message").asText()).contains("2 decimals");
        assertThat(errors.get(4).get("message").asText()).contains("item 0");
        assertThat(http.get("/api/projects/" + slug + "/price-batches", key).json().get("totalItems").asInt()).isZero();
    }

    @Test
    void theOpenApiDescribesTheBatchAndItsIdempotencyKey() {
        JsonNode openApi = http.get("/api/openapi.json", null).json();

        JsonNode post = openApi.at("/paths/~1projects~1{slug}~1prices/post");
        assertThat(post.isMissingNode()).as(openApi.get("paths").toString()).isFalse();
        assertThat(post.get("parameters").findValuesAsText("name")).contains("Idempotency-Key", "partial");
        assertThat(openApi.at("/components/schemas").toString()).contains("compareAtPrice", "channels");
        assertThat(openApi.at("/paths/~1projects~1{slug}~1price-batches~1{id}~1items/get").isMissingNode()).isFalse();
    }

    @Test
    void missingIdempotencyKeyIsRefused() {
        HubHttp.Response response = submit(http, slug, key, null, null,
                "{\"items\":[{\"sku\":\"A\",\"price\":1,\"currency\":\"USD\"}]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").get(0).get("field").asText()).isEqualTo("Idempotency-Key");
    }

    @Test
    void partialAcceptanceStoresInvalidItemsAndReportsThem() {
        HubHttp.Response response = submit(http, slug, key, "k-" + UUID.randomUUID(), "partial=true", MIXED);

        assertThat(response.status()).as(response.body()).isEqualTo(202);
        JsonNode batch = response.json();
        assertThat(batch.at("/items/total").asInt()).isEqualTo(5);
        assertThat(batch.at("/items/INVALID").asInt()).isEqualTo(4);
        // the project sells nothing yet: the valid item is stored as UNMATCHED and the batch is done at once
        assertThat(batch.at("/items/UNMATCHED").asInt()).isEqualTo(1);
        assertThat(batch.get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(batch.get("errors").findValuesAsText("field")).contains("items[1].sku", "items[4].sku");
        assertThat(response.header("Location")).endsWith("/price-batches/" + batch.get("id").asText());

        JsonNode invalid = http.get("/api/projects/" + slug + "/price-batches/" + batch.get("id").asText()
                + "/items?status=INVALID", key).json();
        assertThat(invalid.get("totalItems").asInt()).isEqualTo(4);
        assertThat(invalid.at("/items/0/index").asInt()).isEqualTo(1);
        assertThat(invalid.at("/items/0/errors/0/message").asText()).isNotBlank();
        JsonNode unmatched = http.get("/api/projects/" + slug + "/price-batches/" + batch.get("id").asText()
                + "/items?status=UNMATCHED", key).json();
        assertThat(unmatched.at("/items/0/sku").asText()).isEqualTo("GOOD-1");
    }

    @Test
    void sameKeyAndBodyAnswersTheSameBatchAndAnotherBodyConflicts() {
        String idempotencyKey = "k-" + UUID.randomUUID();
        String body = "{\"items\":[{\"sku\":\"A-1\",\"price\":1.5,\"currency\":\"USD\"}]}";
        HubHttp.Response first = submit(http, slug, key, idempotencyKey, null, body);
        HubHttp.Response replay = submit(http, slug, key, idempotencyKey, null,
                "{ \"items\" : [ {\"currency\":\"USD\", \"price\":1.5, \"sku\":\"A-1\"} ] }");
        HubHttp.Response other = submit(http, slug, key, idempotencyKey, null,
                "{\"items\":[{\"sku\":\"A-1\",\"price\":2.5,\"currency\":\"USD\"}]}");

        assertThat(first.status()).isEqualTo(202);
        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().get("detail").asText()).contains(idempotencyKey);
        assertThat(http.get("/api/projects/" + slug + "/price-batches", key).json().get("totalItems").asInt()).isEqualTo(1);
    }

    @Test
    void theSameKeySentConcurrentlyCreatesOneBatch() throws Exception {
        String idempotencyKey = "k-" + UUID.randomUUID();
        String body = "{\"items\":[{\"sku\":\"C-1\",\"price\":3,\"currency\":\"USD\"},"
                + "{\"sku\":\"C-2\",\"price\":4,\"currency\":\"USD\"}]}";
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<HubHttp.Response>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit(() -> submit(http, slug, key, idempotencyKey, null, body)));
            }
            List<HubHttp.Response> responses = new java.util.ArrayList<>();
            for (var answer : answers) {
                responses.add(answer.get());
            }

            assertThat(responses).extracting(HubHttp.Response::status).containsOnly(200, 202).containsOnlyOnce(202);
            assertThat(responses).extracting(r -> r.json().get("id").asText()).containsOnly(responses.get(0).json()
                    .get("id").asText());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchOfOneHundredThousandItemsFitsItsOwnBodyLimitOnly() {
        StringBuilder body = new StringBuilder("{\"items\":[");
        for (int i = 0; i < 100_000; i++) {
            body.append(i == 0 ? "" : ",").append("{\"sku\":\"BULK-").append(i).append("\",\"price\":")
                    .append(1 + i % 500).append(".99,\"currency\":\"USD\"}");
        }
        body.append("]}");
        assertThat(body.length()).isGreaterThan(1_048_576);

        HubHttp.Response accepted = submit(http, slug, key, "bulk-" + UUID.randomUUID(), null, body.toString());
        HubHttp.Response elsewhere = http.post("/api/projects/" + slug + "/integrations", key, body.toString());

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.json().at("/items/total").asInt()).isEqualTo(100_000);
        assertThat(accepted.json().at("/items/UNMATCHED").asInt()).isEqualTo(100_000);
        assertThat(elsewhere.status()).isEqualTo(413);
        JsonNode page = http.get("/api/projects/" + slug + "/price-batches/" + accepted.json().get("id").asText()
                + "/items?page=499&size=200", key).json();
        assertThat(page.at("/items/199/index").asInt()).isEqualTo(99_999);
    }

    @Test
    void anotherProjectsKeySeesNoBatch() {
        HubHttp.Response created = submit(http, slug, key, "k-" + UUID.randomUUID(), null,
                "{\"items\":[{\"sku\":\"A-1\",\"price\":1.5,\"currency\":\"USD\"}]}");
        String otherKey = http.createProject(HubHttp.uniqueSlug("other"));
        String id = created.json().get("id").asText();

        assertThat(http.get("/api/projects/" + slug + "/price-batches/" + id, otherKey).status()).isEqualTo(404);
        assertThat(http.get("/api/projects/" + slug + "/price-batches/" + id + "/items", otherKey).status()).isEqualTo(404);
        assertThat(http.get("/api/projects/" + slug + "/price-batches/" + id, key).status()).isEqualTo(200);
        assertThat(http.get("/api/projects/" + slug + "/price-batches/" + UUID.randomUUID(), key).status()).isEqualTo(404);
    }
}
