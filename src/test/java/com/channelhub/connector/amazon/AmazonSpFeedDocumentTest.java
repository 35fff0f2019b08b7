package com.channelhub.connector.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.amazon.client.ListingsFeedDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Price feeds are checked against Amazon's own JSON_LISTINGS_FEED schema, kept beside the repository. */
class AmazonSpFeedDocumentTest {

    private static final Path SCHEMA = Path.of("..", "shared", "amazon", "listings-feed-schema-v2.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    private static PriceChange change(String sku, String price) {
        return new PriceChange("item-" + sku, sku, null, null, new BigDecimal(price), null, "USD");
    }

    @Test
    void priceFeedOfPatchMessagesIsValidAgainstAmazonsSchema() throws Exception {
        ListingsFeedDocument document = new ListingsFeedDocument("A2DEMOSELLER01", "en_US", List.of("offers"));
        for (int i = 1; i <= 3; i++) {
            document.addPatch("SKU-" + i, PriceFeedPusher.pricePatch("ATVPDKIKX0DER", "USD", change("SKU-" + i, i + ".99")));
        }
        JsonNode feed = JSON.readTree(document.toBytes());
        Set<ValidationMessage> errors = schema.validate(feed);
        assertThat(errors).isEmpty();

        JsonNode message = feed.get("messages").get(1);
        assertThat(message.get("messageId").asInt()).isEqualTo(2);
        assertThat(message.get("operationType").asText()).isEqualTo("PATCH");
        assertThat(message.get("productType").asText()).isEqualTo("PRODUCT");
        JsonNode patch = message.get("patches").get(0);
        assertThat(patch.get("op").asText()).isEqualTo("replace");
        assertThat(patch.get("path").asText()).isEqualTo("/attributes/purchasable_offer");
        JsonNode offer = patch.get("value").get(0);
        assertThat(offer.get("marketplace_id").asText()).isEqualTo("ATVPDKIKX0DER");
        assertThat(offer.get("currency").asText()).isEqualTo("USD");
        assertThat(offer.at("/our_price/0/schedule/0/value_with_tax").decimalValue()).isEqualByComparingTo("2.99");
        assertThat(feed.at("/header/version").asText()).isEqualTo("2.0");
        assertThat(feed.at("/header/sellerId").asText()).isEqualTo("A2DEMOSELLER01");
        assertThat(feed.at("/header/report/includedData/0").asText()).isEqualTo("offers");
    }

    @Test
    void inventoryFeedMergesTheSellerFulfilledQuantityAndIsValidAgainstAmazonsSchema() throws Exception {
        ListingsFeedDocument document = new ListingsFeedDocument("A2DEMOSELLER01", "en_US",
                List.of("fulfillmentAvailability"));
        for (int i = 0; i < 3; i++) {
            document.addPatch("SKU-" + i, SellerQuantities.patch("PRODUCT", i * 10));
        }
        JsonNode feed = JSON.readTree(document.toBytes());
        assertThat(schema.validate(feed)).isEmpty();

        JsonNode patch = feed.at("/messages/2/patches/0");
        assertThat(patch.get("op").asText()).isEqualTo("merge");
        assertThat(patch.get("path").asText()).isEqualTo("/attributes/fulfillment_availability");
        assertThat(patch.at("/value/0/fulfillment_channel_code").asText()).isEqualTo("DEFAULT");
        assertThat(patch.at("/value/0/quantity").asInt()).isEqualTo(20);
        assertThat(feed.at("/header/report/includedData/0").asText()).isEqualTo("fulfillmentAvailability");
    }

    @Test
    void schemaCatchesADocumentTheConnectorMustNeverSend() throws Exception {
        JsonNode broken = JSON.readTree("{\"header\":{\"sellerId\":\"A\",\"version\":\"1.0\"},\"messages\":[]}");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void aFeedHoldsAtMostTwentyFiveThousandMessages() {
        ListingsFeedDocument document = new ListingsFeedDocument("A2DEMOSELLER01", "en_US");
        PriceChange change = change("SKU", "1.00");
        for (int i = 0; i < 25_000; i++) {
            document.addPatch("SKU-" + i, PriceFeedPusher.pricePatch("ATVPDKIKX0DER", "USD", change));
        }
        assertThat(document.size()).isEqualTo(25_000);
        assertThatThrownBy(() -> document.addPatch("ONE-TOO-MANY",
                PriceFeedPusher.pricePatch("ATVPDKIKX0DER", "USD", change))).isInstanceOf(IllegalStateException.class);
    }
}
