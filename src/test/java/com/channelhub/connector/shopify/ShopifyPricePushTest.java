package com.channelhub.connector.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.shopify.client.ShopifyAuthorizationException;
import com.channelhub.connector.shopify.client.ShopifyUnavailableException;
import com.channelhub.connector.shopify.client.UpdatedVariant;
import com.channelhub.connector.shopify.client.UserError;
import com.channelhub.connector.shopify.client.VariantPriceInput;
import com.channelhub.connector.shopify.client.VariantPriceUpdate;

class ShopifyPricePushTest {

    private static final String SHOP = "test-shop.myshopify.com";

    /** Applies every variant, except those priced 0.01 which it refuses by their position. */
    private static class RecordingShopify extends StubShopifyClient {
        final List<String> calls = new ArrayList<>();
        final List<Integer> sizes = new ArrayList<>();

        @Override
        public VariantPriceUpdate updateVariantPrices(String shop, String productId, List<VariantPriceInput> variants) {
            calls.add(productId);
            sizes.add(variants.size());
            List<UpdatedVariant> updated = new ArrayList<>();
            List<UserError> errors = new ArrayList<>();
            for (int i = 0; i < variants.size(); i++) {
                VariantPriceInput v = variants.get(i);
                if (v.price().compareTo(new BigDecimal("0.01")) == 0) {
                    errors.add(new UserError(List.of("variants", String.valueOf(i), "price"), "INVALID_INPUT",
                            "Price is below the minimum"));
                } else {
                    updated.add(new UpdatedVariant(v.variantId(), v.price(), v.compareAtPrice()));
                }
            }
            return new VariantPriceUpdate(updated, errors);
        }
    }

    @Test
    void changesAreGroupedByProductAndEachGetsItsOwnResultInInputOrder() {
        RecordingShopify shopify = new RecordingShopify();

        List<PriceResult> results = new ShopifyPricePush(shopify).push(SHOP, List.of(
                change("a", "P1", "V1", "19.99"), change("b", "P2", "V2", "5.00"), change("c", "P1", "V3", "0.01")));

        assertThat(shopify.calls).containsExactly("P1", "P2");
        assertThat(results).extracting(PriceResult::itemId).containsExactly("a", "b", "c");
        assertThat(results.get(0).outcome()).isEqualTo(PriceOutcome.APPLIED);
        assertThat(results.get(0).appliedPrice()).isEqualByComparingTo("19.99");
        assertThat(results.get(1).outcome()).isEqualTo(PriceOutcome.APPLIED);
        assertThat(results.get(2).outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(results.get(2).code()).isEqualTo("INVALID_INPUT");
        assertThat(results.get(2).message()).isEqualTo("Price is below the minimum");
    }

    @Test
    void aChangeWithoutAVariantIdIsRejectedWithAReasonNotDropped() {
        RecordingShopify shopify = new RecordingShopify();

        List<PriceResult> results = new ShopifyPricePush(shopify).push(SHOP, List.of(
                change("a", "P1", null, "10.00"), change("b", "P1", "V1", "10.00")));

        assertThat(results).hasSize(2);
        assertThat(results.get(0).outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(results.get(0).code()).isEqualTo(ShopifyPricePush.MISSING_VARIANT_ID);
        assertThat(results.get(0).message()).contains("SKU-a");
        assertThat(results.get(1).outcome()).isEqualTo(PriceOutcome.APPLIED);
    }

    @Test
    void moreThan250VariantsOfOneProductGoInSeveralCalls() {
        RecordingShopify shopify = new RecordingShopify();
        List<PriceChange> changes = IntStream.range(0, 600)
                .mapToObj(i -> change("i" + i, "P1", "V" + i, "1.00")).toList();

        List<PriceResult> results = new ShopifyPricePush(shopify).push(SHOP, changes);

        assertThat(shopify.sizes).containsExactly(250, 250, 100);
        assertThat(results).allMatch(r -> r.outcome() == PriceOutcome.APPLIED);
        // the refusal of the 2nd call's first variant is mapped by its position within that call
        List<PriceChange> withBad = new ArrayList<>(changes);
        withBad.set(250, change("bad", "P1", "V250", "0.01"));
        List<PriceResult> second = new ShopifyPricePush(new RecordingShopify()).push(SHOP, withBad);
        assertThat(second.get(250).outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(second.stream().filter(r -> r.outcome() == PriceOutcome.REJECTED)).hasSize(1);
    }

    @Test
    void aPriceInAnotherCurrencyThanTheShopsIsRejected() {
        PriceChange usd = new PriceChange("a", "SKU-a", "V1", "P1", new BigDecimal("10"), null, "USD");

        List<PriceResult> results = new ShopifyPricePush(new RecordingShopify()).push(SHOP, List.of(usd));

        assertThat(results.get(0).code()).isEqualTo(ShopifyPricePush.CURRENCY_MISMATCH);
        assertThat(results.get(0).message()).contains("EUR");
    }

    @Test
    void anOutageFailsOnlyTheAffectedProductsChanges() {
        RecordingShopify shopify = new RecordingShopify() {
            @Override
            public VariantPriceUpdate updateVariantPrices(String shop, String productId,
                    List<VariantPriceInput> variants) {
                if (productId.equals("P2")) {
                    throw new ShopifyUnavailableException(shop, "HTTP 503 after 5 retries", null);
                }
                return super.updateVariantPrices(shop, productId, variants);
            }
        };

        List<PriceResult> results = new ShopifyPricePush(shopify).push(SHOP, List.of(
                change("a", "P1", "V1", "10.00"), change("b", "P2", "V2", "10.00")));

        assertThat(results).extracting(PriceResult::outcome).containsExactly(PriceOutcome.APPLIED, PriceOutcome.FAILED);
    }

    @Test
    void aRevokedTokenStopsThePushInsteadOfRejectingEveryPrice() {
        StubShopifyClient shopify = new StubShopifyClient() {
            @Override
            public VariantPriceUpdate updateVariantPrices(String shop, String productId,
                    List<VariantPriceInput> variants) {
                throw new ShopifyAuthorizationException(shop, 401, "revoked");
            }
        };

        assertThatThrownBy(() -> new ShopifyPricePush(shopify).push(SHOP, List.of(change("a", "P1", "V1", "1.00"))))
                .isInstanceOf(ShopifyAuthorizationException.class);
    }

    @Test
    void aProductLevelErrorRejectsTheVariantsShopifyDidNotUpdate() {
        StubShopifyClient shopify = new StubShopifyClient() {
            @Override
            public VariantPriceUpdate updateVariantPrices(String shop, String productId,
                    List<VariantPriceInput> variants) {
                return new VariantPriceUpdate(List.of(), List.of(new UserError(List.of("productId"),
                        "PRODUCT_DOES_NOT_EXIST", "Product does not exist")));
            }
        };

        List<PriceResult> results = new ShopifyPricePush(shopify).push(SHOP, List.of(change("a", "P9", "V1", "1.00")));

        assertThat(results.get(0).outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(results.get(0).code()).isEqualTo("PRODUCT_DOES_NOT_EXIST");
    }

    private static PriceChange change(String item, String product, String variant, String price) {
        return new PriceChange(item, "SKU-" + item, variant, product, new BigDecimal(price), null, null);
    }
}
