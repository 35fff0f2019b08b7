package com.channelhub.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class PriceBatchValidationTest {

    private static final UUID INTEGRATION = UUID.fromString("6f1c1c8e-3a52-4d55-9a49-0d0c8f0e9b11");
    private final PriceBatchValidator validator = new PriceBatchValidator(5, Set.of("USD", "EUR"), Set.of("SHOPIFY", "AMAZON"));
    private final ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private List<PriceBatchValidator.ParsedItem> read(String body) throws Exception {
        return validator.read(json.readTree(body), Set.of(INTEGRATION));
    }

    @Test
    void everyBadItemIsNamedWithItsIndexAndField() throws Exception {
        List<PriceBatchValidator.ParsedItem> items = read("""
                {"items":[
                  {"sku":"OK-1","price":19.99,"currency":"USD"},
                  {"sku":"bad sku!","price":0,"currency":"USD"},
                  {"sku":"OK-2","price":9.999,"currency":"XYZ"},
                  {"sku":"OK-1","price":"5.00","currency":"EUR","compareAtPrice":-1}
                ]}""");

        assertThat(items.get(0).valid()).isTrue();
        assertThat(items.get(1).errors()).extracting(ApiProblem.FieldError::field)
                .containsExactly("items[1].sku", "items[1].price");
        assertThat(items.get(2).errors()).extracting(ApiProblem.FieldError::field)
                .containsExactly("items[2].price", "items[2].currency");
        assertThat(items.get(2).errors().get(0).message()).contains("2 decimals");
        assertThat(items.get(3).errors()).extracting(ApiProblem.FieldError::message)
                .anySatisfy(m -> assertThat(m).contains("greater than 0"))
                .anySatisfy(m -> assertThat(m).contains("repeats the SKU of item 0"));
        assertThat(items.get(3).errors()).allSatisfy(e -> assertThat(e.index()).isEqualTo(3));
    }

    @Test
    void channelOverridesNameOnlyThePlatformsTheValidatorWasGiven() throws Exception {
        List<PriceBatchValidator.ParsedItem> items = read("""
                {"items":[{"sku":"A","price":10,"currency":"USD","channels":{"EBAY":{"price":11}}}]}""");

        assertThat(items.get(0).errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("items[0].channels.EBAY");
            assertThat(error.message()).contains("[AMAZON, SHOPIFY]");
        });
    }

    @Test
    void channelOverridesNamePlatformsOrTheProjectsIntegrations() throws Exception {
        List<PriceBatchValidator.ParsedItem> items = read("""
                {"items":[
                  {"sku":"A","price":10,"currency":"USD","channels":{"amazon":{"price":11.5},"%s":{"price":12}}},
                  {"sku":"B","price":10,"currency":"USD","channels":{"%s":{"price":12}}},
                  {"sku":"C","price":10,"currency":"USD","channels":{"SHOPIFY":{"price":1.001}}}
                ]}""".formatted(INTEGRATION, UUID.randomUUID()));

        assertThat(items.get(0).valid()).isTrue();
        assertThat(items.get(0).channels()).containsOnlyKeys("AMAZON", INTEGRATION.toString());
        assertThat(items.get(0).channels().get("AMAZON").price()).isEqualByComparingTo("11.50");
        assertThat(items.get(1).errors().get(0).message()).contains("integration of this project");
        assertThat(items.get(2).errors().get(0).field()).isEqualTo("items[2].channels.SHOPIFY.price");
    }

    @Test
    void batchesOverTheItemLimitOrWithoutItemsAreRefusedWhole() {
        assertThatThrownBy(() -> read("{\"items\":[" + "{\"sku\":\"A\",\"price\":1,\"currency\":\"USD\"},".repeat(5)
                + "{\"sku\":\"B\",\"price\":1,\"currency\":\"USD\"}]}"))
                .isInstanceOf(ApiProblem.class)
                .satisfies(e -> assertThat(((ApiProblem) e).errors().get(0).message()).contains("at most 5"));
        assertThatThrownBy(() -> read("{\"items\":[]}")).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> read("{\"items\":[{\"sku\":\"A\",\"price\":1,\"currency\":\"USD\"}],\"extra\":1}"))
                .isInstanceOf(ApiProblem.class);
    }
}
