package com.channelhub.sandbox.amazon;

import static com.channelhub.sandbox.amazon.AmazonSandboxClient.US;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

@AmazonSandboxIT
class AmazonCatalogIT extends AmazonSellerTestBase {

    private static final String SEARCH = "/catalog/2022-04-01/items?marketplaceIds=" + US;

    @Override
    int skuCount() {
        return 60;
    }

    /** Catalog Items allows 2 requests per second with a burst of 2: a polite client waits out a 429. */
    private HubHttp.Response catalog(String path, String accessToken) {
        HubHttp.Response[] answer = new HubHttp.Response[1];
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500)).pollDelay(Duration.ZERO)
                .until(() -> (answer[0] = amazon.get(path, accessToken)).status() != 429);
        return answer[0];
    }

    @Test
    void searchByIdentifiersFindsTheItemByAsinUpcEanAndSku() {
        JsonNode truth = amazon.control("/sellers/" + sellerId + "/listings/T-000042");
        String asin = truth.get("asin").asText();

        JsonNode byAsin = catalog(SEARCH + "&identifiersType=ASIN&identifiers=" + asin
                + "&includedData=summaries,identifiers", token).json();
        assertThat(byAsin.get("numberOfResults").asInt()).isEqualTo(1);
        assertThat(byAsin.at("/items/0/asin").asText()).isEqualTo(asin);
        assertThat(byAsin.at("/items/0/summaries/0/itemName").asText()).endsWith(" 42");
        String upc = byAsin.at("/items/0/identifiers/0/identifiers/0/identifier").asText();
        assertThat(byAsin.at("/items/0/identifiers/0/identifiers/0/identifierType").asText()).isEqualTo("UPC");

        assertThat(catalog(SEARCH + "&identifiersType=UPC&identifiers=" + upc, token).json()
                .at("/items/0/asin").asText()).isEqualTo(asin);
        JsonNode bySku = catalog(SEARCH + "&identifiersType=SKU&sellerId=" + sellerId
                + "&identifiers=T-000042,T-000043", token).json();
        assertThat(bySku.get("numberOfResults").asInt()).isEqualTo(2);
        assertThat(bySku.at("/items/0/asin").asText()).isEqualTo(asin);
    }

    @Test
    void searchByKeywordsPagesTwentyAtMostWithTokens() {
        String name = catalog(SEARCH + "&identifiersType=SKU&sellerId=" + sellerId + "&identifiers=T-000001", token)
                .json().at("/items/0/summaries/0/brand").asText();

        JsonNode first = catalog(SEARCH + "&keywords=" + name + "&pageSize=2", token).json();
        // the seller's 60 listings spread over six brands, so one brand has more than a page of two
        assertThat(first.get("numberOfResults").asInt()).isGreaterThan(2);
        assertThat(first.get("items")).hasSize(2);
        assertThat(first.at("/refinements/brands/0/brandName").asText()).isEqualTo(name);
        assertThat(first.get("items").findValuesAsText("brand")).allMatch(name::equals);
        String next = first.at("/pagination/nextToken").asText();
        JsonNode second = catalog(SEARCH + "&keywords=" + name + "&pageSize=2&pageToken=" + next, token).json();
        assertThat(second.at("/items/0/asin").asText()).isNotEqualTo(first.at("/items/0/asin").asText());
        assertThat(second.at("/pagination/previousToken").asText()).isNotBlank();
    }

    @Test
    void keywordsWithIdentifiersOrAPageOverTwentyAre400() {
        HubHttp.Response both = catalog(SEARCH + "&keywords=lamp&identifiers=B000000001&identifiersType=ASIN", token);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().at("/errors/0/code").asText()).isEqualTo("InvalidInput");
        assertThat(catalog(SEARCH + "&keywords=lamp&pageSize=21", token).status()).isEqualTo(400);
    }

    @Test
    void getCatalogItemAnswersTheItemOr404() {
        String asin = amazon.control("/sellers/" + sellerId + "/listings/T-000005").get("asin").asText();
        HubHttp.Response item = catalog("/catalog/2022-04-01/items/" + asin + "?marketplaceIds=" + US, token);
        assertThat(item.status()).isEqualTo(200);
        assertThat(item.json().at("/summaries/0/marketplaceId").asText()).isEqualTo(US);

        HubHttp.Response missing = catalog("/catalog/2022-04-01/items/B0ZZZZZZZZ?marketplaceIds=" + US, token);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().at("/errors/0/code").asText()).isEqualTo("NOT_FOUND");
    }
}
