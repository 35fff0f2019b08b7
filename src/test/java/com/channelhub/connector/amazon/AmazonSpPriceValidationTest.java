package com.channelhub.connector.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.channelhub.connector.PriceChange;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

class AmazonSpPriceValidationTest {

    private static PriceChange change(String price, String currency) {
        return new PriceChange("i", "SKU-1", null, null, price == null ? null : new BigDecimal(price), null, currency);
    }

    private static String problem(String price, String currency, String marketplaceCurrency) {
        return PriceValidator.problem(change(price, currency), "M", marketplaceCurrency).orElse(null);
    }

    @Test
    void aPositivePriceInTheMarketplaceCurrencyWithTwoDecimalsPasses() {
        assertThat(problem("19.99", "USD", "USD")).isNull();
        assertThat(problem("20", "usd", "USD")).isNull();
        assertThat(problem("19.900", "USD", "USD")).isNull();
    }

    @Test
    void zeroAndNegativePricesAreRefused() {
        assertThat(problem("0", "USD", "USD")).contains("not positive");
        assertThat(problem("-1.00", "USD", "USD")).contains("not positive");
        assertThat(problem(null, "USD", "USD")).contains("no price");
    }

    @Test
    void aPriceInAnotherCurrencyIsRefused() {
        assertThat(problem("19.99", "EUR", "USD")).contains("EUR").contains("sells in USD");
        assertThat(problem("19.99", null, "USD")).contains("sells in USD");
    }

    @Test
    void moreDecimalsThanTheCurrencyHasAreRefused() {
        assertThat(problem("19.999", "USD", "USD")).contains("more than 2 decimals");
        assertThat(problem("1999.5", "JPY", "JPY")).contains("more than 0 decimals");
        assertThat(problem("1999", "JPY", "JPY")).isNull();
    }

    @Test
    void replacingOurPriceKeepsDiscountsAndOtherOffers() throws Exception {
        JsonNode current = new ObjectMapper().readTree("[{\"marketplace_id\":\"ATVPDKIKX0DER\",\"currency\":\"USD\","
                + "\"our_price\":[{\"schedule\":[{\"value_with_tax\":30.0}]}],"
                + "\"discounted_price\":[{\"schedule\":[{\"value_with_tax\":25.0,\"start_at\":\"2026-01-01\"}]}]},"
                + "{\"marketplace_id\":\"ATVPDKIKX0DER\",\"audience\":\"B2B\",\"currency\":\"USD\","
                + "\"our_price\":[{\"schedule\":[{\"value_with_tax\":28.0}]}]}]");
        ArrayNode value = PurchasableOffers.withOurPrice(current, "ATVPDKIKX0DER", "USD", new BigDecimal("27.50"));
        assertThat(value).hasSize(2);
        assertThat(value.at("/0/our_price/0/schedule/0/value_with_tax").decimalValue()).isEqualByComparingTo("27.50");
        assertThat(value.at("/0/discounted_price/0/schedule/0/value_with_tax").decimalValue()).isEqualByComparingTo("25.0");
        assertThat(value.at("/1/our_price/0/schedule/0/value_with_tax").decimalValue()).isEqualByComparingTo("28.0");
        assertThat(PurchasableOffers.ourPrice(value, "ATVPDKIKX0DER")).isEqualByComparingTo("27.50");
    }

    @Test
    void aListingWithoutOfferGetsOne() {
        ArrayNode value = PurchasableOffers.withOurPrice(null, "A1PA6795UKMFR9", "EUR", new BigDecimal("9.99"));
        assertThat(value).hasSize(1);
        assertThat(value.at("/0/marketplace_id").asText()).isEqualTo("A1PA6795UKMFR9");
        assertThat(value.at("/0/currency").asText()).isEqualTo("EUR");
    }
}
