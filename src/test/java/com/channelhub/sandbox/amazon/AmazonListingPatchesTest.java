package com.channelhub.sandbox.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class AmazonListingPatchesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SandboxSeller seller = new SandboxSeller(
            new AmazonSandboxProperties.Seller("AUNITSELLER1", "NA", "ATVPDKIKX0DER", "USD", 10, "U-", 5));

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void theOfficialPriceChangeExampleIsValid() throws Exception {
        JsonNode patches = json("[{'op':'replace','path':'/attributes/purchasable_offer','value':[{'marketplace_id':"
                + "'ATVPDKIKX0DER','currency':'USD','our_price':[{'schedule':[{'value_with_tax':15.00}]}]}]}]");
        assertThat(ListingPatches.validate(patches, seller)).isEmpty();
    }

    @Test
    void anOfferInAnotherCurrencyOrWithoutScheduleIsInvalidWith4000001() throws Exception {
        List<ListingIssue> euro = ListingPatches.validate(json("[{'op':'replace','path':'/attributes/purchasable_offer',"
                + "'value':[{'currency':'EUR','our_price':[{'schedule':[{'value_with_tax':1}]}]}]}]"), seller);
        List<ListingIssue> noSchedule = ListingPatches.validate(json("[{'op':'replace','path':"
                + "'/attributes/purchasable_offer','value':[{'currency':'USD','our_price':[{}]}]}]"), seller);

        assertThat(euro).extracting(ListingIssue::code).containsExactly("4000001");
        assertThat(noSchedule).extracting(ListingIssue::attributeNames).containsExactly(List.of("purchasable_offer"));
    }

    @Test
    void malformedPatchDocumentsAreInvalidInput() {
        assertThatThrownBy(() -> ListingPatches.validate(json("[{'op':'move','path':'/attributes/x','value':[{}]}]"),
                seller)).isInstanceOf(SpApiException.class).hasMessageContaining("index of 0");
        assertThatThrownBy(() -> ListingPatches.validate(json("[{'op':'replace','path':'/attributes/item_name'}]"),
                seller)).hasMessage("Invalid empty value provided in patch at index of 0.");
        assertThatThrownBy(() -> ListingPatches.validate(json("[]"), seller)).isInstanceOf(SpApiException.class);
    }

    @Test
    void mergeUpdatesTheElementWithTheSameSelectorAndKeepsItsOtherFields() throws Exception {
        ObjectNode attributes = (ObjectNode) json("{'fulfillment_availability':[{'fulfillment_channel_code':'DEFAULT',"
                + "'quantity':3,'restock_date':'2026-12-01'}],'item_name':[{'value':'x'}]}");
        ObjectNode merged = ListingPatches.apply(attributes, json("[{'op':'merge','path':'/attributes/"
                + "fulfillment_availability','value':[{'fulfillment_channel_code':'DEFAULT','quantity':12}]},"
                + "{'op':'delete','path':'/attributes/item_name'}]"));

        assertThat(merged.at("/fulfillment_availability/0/quantity").asInt()).isEqualTo(12);
        assertThat(merged.at("/fulfillment_availability/0/restock_date").asText()).isEqualTo("2026-12-01");
        assertThat(merged.has("item_name")).isFalse();
        assertThat(attributes.at("/fulfillment_availability/0/quantity").asInt()).isEqualTo(3);
    }
}
