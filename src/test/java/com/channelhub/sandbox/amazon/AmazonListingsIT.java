package com.channelhub.sandbox.amazon;

import static com.channelhub.sandbox.amazon.AmazonSandboxClient.US;
import static com.channelhub.sandbox.amazon.AmazonSandboxClient.priceChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

@AmazonSandboxIT
class AmazonListingsIT extends AmazonSellerTestBase {

    @Override
    int skuCount() {
        return 30;
    }

    private String item(String sku) {
        return "/listings/2021-08-01/items/" + sellerId + "/" + sku + "?marketplaceIds=" + US;
    }

    private JsonNode truth(String sku) {
        return amazon.control("/sellers/" + sellerId + "/listings/" + sku);
    }

    @Test
    void getListingsItemShowsSummariesOffersAndFulfillmentAvailability() {
        HubHttp.Response response = amazon.get(item("T-000001")
                + "&includedData=summaries,attributes,issues,offers,fulfillmentAvailability", token);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("x-amzn-RateLimit-Limit")).isEqualTo("5.0");
        JsonNode item = response.json();
        assertThat(item.get("sku").asText()).isEqualTo("T-000001");
        assertThat(item.at("/summaries/0/marketplaceId").asText()).isEqualTo(US);
        assertThat(item.at("/summaries/0/asin").asText()).hasSize(10).startsWith("B0");
        assertThat(item.at("/offers/0/price/currencyCode").asText()).isEqualTo("USD");
        assertThat(new java.math.BigDecimal(item.at("/offers/0/price/amount").asText()))
                .isEqualByComparingTo(truth("T-000001").get("price").decimalValue());
        assertThat(item.at("/fulfillmentAvailability/0/fulfillmentChannelCode").asText()).isEqualTo("DEFAULT");
        assertThat(item.at("/attributes/purchasable_offer/0/our_price/0/schedule/0/value_with_tax").isNumber()).isTrue();
        assertThat(item.get("issues")).isEmpty();

        JsonNode fba = amazon.get(item("T-000010") + "&includedData=fulfillmentAvailability", token).json();
        assertThat(fba.at("/fulfillmentAvailability/0/fulfillmentChannelCode").asText()).isEqualTo("AMAZON_NA");
    }

    @Test
    void getListingsItemReturnsOnlyTheIncludedDataAndShowsFbaListingsAsAmazons() {
        JsonNode plain = amazon.get(item("T-000001"), token).json();
        assertThat(plain.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("sku", "summaries");
        assertThat(plain.at("/summaries/0/status").toString()).isEqualTo("[\"BUYABLE\",\"DISCOVERABLE\"]");
        assertThat(plain.at("/summaries/0/conditionType").asText()).isEqualTo("new_new");
        assertThat(plain.at("/summaries/0/mainImage/link").asText()).startsWith("https://").endsWith(".jpg");
        assertThat(plain.at("/summaries/0/mainImage/height").asInt()).isPositive();
        assertThat(plain.at("/summaries/0").has("fnSku")).isFalse();

        JsonNode fba = amazon.get(item("T-000010") + "&includedData=summaries,offers,fulfillmentAvailability", token)
                .json();
        assertThat(fba.properties()).extracting(java.util.Map.Entry::getKey)
                .containsExactly("sku", "summaries", "offers", "fulfillmentAvailability");
        assertThat(fba.at("/summaries/0/fnSku").asText()).startsWith("X00").hasSize(10);
        assertThat(fba.at("/offers/0/offerType").asText()).isEqualTo("B2C");
        assertThat(fba.at("/fulfillmentAvailability/0/fulfillmentChannelCode").asText()).isEqualTo("AMAZON_NA");
        assertThat(truth("T-000010").get("fulfillmentChannel").asText()).isEqualTo("AMAZON_NA");
    }

    @Test
    void aListingTheSellerDeletedIsGoneFromGetListingsItem() {
        assertThat(amazon.http.delete(AmazonSandboxClient.CONTROL + "/sellers/" + sellerId + "/listings/T-000004", null)
                .status()).isEqualTo(204);

        assertThat(amazon.get(item("T-000004"), token).status()).isEqualTo(404);
        assertThat(amazon.http.delete(AmazonSandboxClient.CONTROL + "/sellers/" + sellerId + "/listings/T-000004", null)
                .status()).isEqualTo(404);
    }

    @Test
    void anUnknownSkuIs404InAmazonsErrorShape() {
        HubHttp.Response response = amazon.get(item("NO-SUCH-SKU"), token);

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().at("/errors/0/code").asText()).isEqualTo("NOT_FOUND");
        assertThat(response.json().at("/errors/0/message").asText()).contains("NO-SUCH-SKU");
        assertThat(response.header("x-amzn-RateLimit-Limit")).isEqualTo("5.0");
    }

    @Test
    void anAcceptedPriceChangeIsAppliedOnlyLater() {
        HubHttp.Response response = amazon.patch(item("T-000002"), token, priceChange("15.00"));

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("ACCEPTED");
        assertThat(response.json().get("submissionId").asText()).isNotBlank();
        assertThat(response.json().get("issues")).isEmpty();
        assertThat(truth("T-000002").get("price").decimalValue()).isNotEqualByComparingTo("15.00");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(truth("T-000002").get("price").decimalValue()).isEqualByComparingTo("15.00"));
    }

    @Test
    void aMalformedPurchasableOfferIsInvalidWithIssue4000001AndNothingChanges() {
        String before = truth("T-000003").get("price").asText();
        String offerAsObject = "{\"productType\":\"PRODUCT\",\"patches\":[{\"op\":\"replace\",\"path\":"
                + "\"/attributes/purchasable_offer\",\"value\":{\"marketplace_id\":\"" + US + "\",\"currency\":\"USD\","
                + "\"our_price\":{\"schedule\":{\"value_with_tax\":9.99}}}}]}";

        HubHttp.Response response = amazon.patch(item("T-000003"), token, offerAsObject);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("status").asText()).isEqualTo("INVALID");
        JsonNode issue = response.json().at("/issues/0");
        assertThat(issue.get("code").asText()).isEqualTo("4000001");
        assertThat(issue.get("severity").asText()).isEqualTo("ERROR");
        assertThat(issue.get("message").asText()).isEqualTo("The provided value for 'purchasable_offer' is invalid.");
        assertThat(issue.at("/attributeNames/0").asText()).isEqualTo("purchasable_offer");
        assertThat(truth("T-000003").get("price").asText()).isEqualTo(before);

        JsonNode negative = amazon.patch(item("T-000003"), token, priceChange("-1")).json();
        assertThat(negative.get("status").asText()).isEqualTo("INVALID");
        assertThat(negative.at("/issues/0/code").asText()).isEqualTo("4000001");
    }

    @Test
    void aPathBelowTheTopLevelAttributeIs400InvalidInput() {
        HubHttp.Response response = amazon.patch(item("T-000004"), token, "{\"productType\":\"PRODUCT\",\"patches\":"
                + "[{\"op\":\"replace\",\"path\":\"/attributes/purchasable_offer/0\",\"value\":{}}]}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/code").asText()).isEqualTo("InvalidInput");
        assertThat(response.json().at("/errors/0/message").asText())
                .isEqualTo("Invalid path provided in patch at index of 0.");
        assertThat(response.header("x-amzn-RateLimit-Limit")).isEqualTo("5.0");
    }

    @Test
    void validationPreviewAnswersValidAndAppliesNothing() {
        String before = truth("T-000005").get("price").asText();
        HubHttp.Response response = amazon.patch(item("T-000005") + "&mode=VALIDATION_PREVIEW", token,
                priceChange("77.00"));

        assertThat(response.json().get("status").asText()).isEqualTo("VALID");
        // a real change patched afterwards lands; the preview before it never did
        amazon.patch(item("T-000006"), token, priceChange("66.00"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(truth("T-000006").get("price").decimalValue()).isEqualByComparingTo("66.00"));
        assertThat(truth("T-000005").get("price").asText()).isEqualTo(before);
    }

    @Test
    void mergingFulfillmentAvailabilityChangesQuantityAndKeepsTheOtherFields() {
        amazon.patch(item("T-000007"), token, "{\"productType\":\"PRODUCT\",\"patches\":[{\"op\":\"replace\",\"path\":"
                + "\"/attributes/fulfillment_availability\",\"value\":[{\"fulfillment_channel_code\":\"DEFAULT\","
                + "\"quantity\":3,\"lead_time_to_ship_max_days\":4}]}]}");
        HubHttp.Response merge = amazon.patch(item("T-000007"), token, "{\"productType\":\"PRODUCT\",\"patches\":"
                + "[{\"op\":\"merge\",\"path\":\"/attributes/fulfillment_availability\",\"value\":"
                + "[{\"fulfillment_channel_code\":\"DEFAULT\",\"quantity\":12}]}]}");
        assertThat(merge.json().get("status").asText()).isEqualTo("ACCEPTED");

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(truth("T-000007").get("quantity").asInt()).isEqualTo(12));
        JsonNode attributes = amazon.get(item("T-000007") + "&includedData=attributes", token).json();
        assertThat(attributes.at("/attributes/fulfillment_availability/0/lead_time_to_ship_max_days").asInt()).isEqualTo(4);

        JsonNode noSelector = amazon.patch(item("T-000007"), token, "{\"productType\":\"PRODUCT\",\"patches\":[{\"op\":"
                + "\"merge\",\"path\":\"/attributes/fulfillment_availability\",\"value\":[{\"quantity\":1}]}]}").json();
        assertThat(noSelector.get("status").asText()).isEqualTo("INVALID");
    }

    @Test
    void theSellerCannotSetAmazonsFbaStock() {
        JsonNode response = amazon.patch(item("T-000010"), token, "{\"productType\":\"PRODUCT\",\"patches\":[{\"op\":"
                + "\"merge\",\"path\":\"/attributes/fulfillment_availability\",\"value\":"
                + "[{\"fulfillment_channel_code\":\"AMAZON_NA\",\"quantity\":50}]}]}").json();
        assertThat(response.get("status").asText()).isEqualTo("INVALID");
        assertThat(response.at("/issues/0/attributeNames/0").asText()).isEqualTo("fulfillment_availability");
    }

    @Test
    void searchListingsItemsPagesBySkuAndFindsWhatChangedSince() {
        String search = "/listings/2021-08-01/items/" + sellerId + "?marketplaceIds=" + US;
        JsonNode first = amazon.get(search + "&sortBy=sku&sortOrder=ASC&pageSize=20", token).json();
        assertThat(first.get("numberOfResults").asInt()).isEqualTo(30);
        assertThat(first.get("items")).hasSize(20);
        assertThat(first.at("/items/0/sku").asText()).isEqualTo("T-000001");
        JsonNode second = amazon.get(search + "&sortBy=sku&sortOrder=ASC&pageSize=20&pageToken="
                + first.at("/pagination/nextToken").asText(), token).json();
        assertThat(second.get("items")).hasSize(10);
        assertThat(second.at("/items/0/sku").asText()).isEqualTo("T-000021");
        assertThat(second.has("pagination") && second.get("pagination").has("nextToken")).isFalse();

        String since = java.time.Instant.now().minusSeconds(1).toString();
        amazon.patch(item("T-000008"), token, priceChange("8.80"));
        // searchListingsItems allows 5 requests per second: poll below that
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(300)).untilAsserted(() -> {
            JsonNode changed = amazon.get(search + "&lastUpdatedAfter=" + since + "&includedData=offers", token).json();
            assertThat(changed.path("numberOfResults").asInt()).isEqualTo(1);
            assertThat(changed.at("/items/0/sku").asText()).isEqualTo("T-000008");
            assertThat(changed.at("/items/0/offers/0/price/amount").asText()).isEqualTo("8.80");
        });
    }
}
