package com.channelhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxAmazon;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Amazon's catalog searched through the hub, for a connected seller of the SP-API sandbox. */
@HubIntegrationTest
class AmazonCatalogSearchApiIT {

    private static final String OPERATION = "searchCatalogItems";

    @LocalServerPort
    int port;

    HubHttp http;
    SandboxAmazon sandbox;
    String slug;
    String key;
    String sellerId;
    String integrationId;

    @BeforeEach
    void setUp() {
        http = new HubHttp(port);
        slug = HubHttp.uniqueSlug("asin");
        key = http.createProject(slug);
        sandbox = new SandboxAmazon(http);
        sellerId = SandboxAmazon.newSellerId();
        // the sandbox's default: every 10th listing fulfilled by Amazon
        sandbox.createSeller(sellerId, 30, "C-", 10);
        JsonNode integration = sandbox.connect(slug, key, sellerId);
        assertThat(integration.get("status").asText()).as(integration.toString()).isEqualTo("CONNECTED");
        integrationId = integration.get("id").asText();
    }

    @AfterEach
    void clearFaults() {
        http.delete(SandboxAmazon.CONTROL + "/faults?sellerId=" + sellerId, null);
    }

    private HubHttp.Response search(String query) {
        return http.get("/api/projects/" + slug + "/integrations/" + integrationId + "/catalog-search?" + query, key);
    }

    private long throttled() {
        return sandbox.counters(sellerId).path("throttled").path(OPERATION).asLong(0);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void findsTheAsinOfTheSellersSkuAndThenByAsinAndUpc() {
        String asin = sandbox.listing(sellerId, "C-000007").get("asin").asText();

        HubHttp.Response bySku = search("identifiers=C-000007&identifiersType=SKU");

        assertThat(bySku.status()).as(bySku.body()).isEqualTo(200);
        JsonNode item = bySku.json().at("/items/0");
        assertThat(bySku.json().get("numberOfResults").asInt()).isEqualTo(1);
        assertThat(bySku.json().get("marketplaceId").asText()).isEqualTo("ATVPDKIKX0DER");
        assertThat(item.get("asin").asText()).isEqualTo(asin);
        assertThat(item.at("/summaries/0/itemName").asText()).endsWith(" 7");
        assertThat(item.at("/images/0/images/0/variant").asText()).isEqualTo("MAIN");
        assertThat(item.at("/productTypes/0/productType").asText()).isEqualTo("PRODUCT");
        assertThat(item.at("/salesRanks/0/displayGroupRanks/0/rank").asInt()).isPositive();
        assertThat(item.hasNonNull("attributes")).isFalse();

        String upc = item.at("/identifiers/0/identifiers/0/identifier").asText();
        assertThat(search("identifiers=" + asin + "&identifiersType=ASIN").json().at("/items/0/asin").asText())
                .isEqualTo(asin);
        assertThat(search("identifiers=" + upc + "&identifiersType=UPC&includedData=attributes").json()
                .at("/items/0/attributes/item_name/0/value").asText()).endsWith(" 7");
    }

    @Test
    void keywordSearchPagesWithAmazonsTokens() {
        String name = search("identifiers=C-000003&identifiersType=SKU").json().at("/items/0/summaries/0/brand")
                .asText();

        JsonNode first = search("keywords=" + encode(name) + "&pageSize=2").json();

        assertThat(first.get("numberOfResults").asInt()).isGreaterThan(2);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.get("items").findValuesAsText("brand")).allMatch(name::equals);
        assertThat(first.hasNonNull("previousPageToken")).isFalse();
        JsonNode second = search("keywords=" + encode(name) + "&pageSize=2&pageToken="
                + encode(first.get("nextPageToken").asText())).json();
        assertThat(second.at("/items/0/asin").asText()).isNotEqualTo(first.at("/items/0/asin").asText());
        JsonNode back = search("keywords=" + encode(name) + "&pageSize=2&pageToken="
                + encode(second.get("previousPageToken").asText())).json();
        assertThat(back.get("items").findValuesAsText("asin")).isEqualTo(first.get("items").findValuesAsText("asin"));
    }

    @Test
    void requestsBeyondTheRateArePacedAndAllAnswered() {
        for (int i = 1; i <= 6; i++) {
            HubHttp.Response answer = search("identifiers=C-00000" + i + "&identifiersType=SKU");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }
        // six calls back to back, burst 2: unpaced, each of the four beyond the burst would meet an empty bucket.
        // Paced by the component's copy of the bucket, at most a request whose arrival the network bunched with
        // the one before may still meet one (the two clocks are not the same), and is retried.
        assertThat(throttled()).isLessThan(4);
    }

    @Test
    void aThrottledCallIsRetriedAndSustainedThrottlingAnswers429WithRetryAfter() {
        http.post(SandboxAmazon.CONTROL + "/faults", null, "{\"operation\":\"" + OPERATION + "\",\"kind\":\"THROTTLE\",\"count\":2,"
                + "\"sellerId\":\"" + sellerId + "\"}");
        HubHttp.Response retried = search("identifiers=C-000001&identifiersType=SKU");
        assertThat(retried.status()).as(retried.body()).isEqualTo(200);
        assertThat(throttled()).isEqualTo(2);

        http.post(SandboxAmazon.CONTROL + "/faults", null, "{\"operation\":\"" + OPERATION + "\",\"kind\":\"THROTTLE\",\"count\":50,"
                + "\"sellerId\":\"" + sellerId + "\"}");
        HubHttp.Response throttledAnswer = search("identifiers=C-000001&identifiersType=SKU");
        assertThat(throttledAnswer.status()).isEqualTo(429);
        assertThat(throttledAnswer.header("Retry-After")).isEqualTo("2");
        assertThat(throttledAnswer.contentType()).startsWith("application/problem+json");
        assertThat(throttledAnswer.json().get("detail").asText()).contains("QuotaExceeded");
    }

    @Test
    void badQueriesAre400ListingEachProblem() {
        HubHttp.Response both = search("keywords=lamp&identifiers=B000000001&identifiersType=ASIN&pageSize=21"
                + "&includedData=summaries,everything&marketplaceId=A1F83G8C2ARO7P");
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("keywords",
                "pageSize", "includedData", "marketplaceId");

        assertThat(search("identifiers=B000000001").json().get("errors").findValuesAsText("field"))
                .containsExactly("identifiersType");
        assertThat(search("keywords=lamp&identifiersType=ASIN").json().get("errors").findValuesAsText("field"))
                .containsExactly("identifiersType");
        assertThat(search("").json().get("errors").findValuesAsText("field")).containsExactly("keywords");
        assertThat(search("keywords=" + "a,".repeat(21)).json().get("errors").findValuesAsText("field"))
                .containsExactly("keywords");
    }

    @Test
    void otherPlatformsAndUnconnectedSellersAreRefusedWithTheReason() {
        String shop = http.post("/api/projects/" + slug + "/integrations", key,
                "{\"platform\":\"SHOPIFY\",\"externalAccount\":\"" + slug + ".myshopify.com\"}").json().get("id").asText();
        HubHttp.Response onShopify = http.get("/api/projects/" + slug + "/integrations/" + shop
                + "/catalog-search?keywords=lamp", key);
        assertThat(onShopify.status()).isEqualTo(409);
        assertThat(onShopify.json().get("detail").asText()).contains("SHOPIFY");

        String pending = http.post("/api/projects/" + slug + "/integrations", key, "{\"platform\":\"AMAZON\","
                + "\"externalAccount\":\"APENDING" + Long.toString(System.nanoTime(), 36).toUpperCase()
                + "\",\"region\":\"NA\",\"marketplaceIds\":[\"ATVPDKIKX0DER\"]}").json().get("id").asText();
        HubHttp.Response unconnected = http.get("/api/projects/" + slug + "/integrations/" + pending
                + "/catalog-search?keywords=lamp", key);
        assertThat(unconnected.status()).isEqualTo(409);
        assertThat(unconnected.json().get("detail").asText()).contains("PENDING");

        String otherKey = http.createProject(HubHttp.uniqueSlug("nosy"));
        assertThat(http.get("/api/projects/" + slug + "/integrations/" + integrationId + "/catalog-search?keywords=x",
                otherKey).status()).isEqualTo(404);
    }
}
