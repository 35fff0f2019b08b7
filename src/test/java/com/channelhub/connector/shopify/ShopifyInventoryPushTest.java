package com.channelhub.connector.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.QuantityOutcome;
import com.channelhub.connector.QuantityResult;
import com.channelhub.connector.shopify.client.InventoryQuantityInput;
import com.channelhub.connector.shopify.client.InventorySetResult;
import com.channelhub.connector.shopify.client.ShopifyUnavailableException;
import com.channelhub.connector.shopify.client.UserError;

class ShopifyInventoryPushTest {

    private static final String SHOP = "test-shop.myshopify.com";
    private static final String PRIMARY = "gid://shopify/Location/1";

    /**
     * A shop that behaves as Shopify documents inventorySetQuantities: compare-and-set on changeFromQuantity, one
     * error refuses the whole call. Items named "-bad" are refused as unknown.
     */
    private static class CompareAndSetShopify extends StubShopifyClient {
        final Map<String, Integer> held = new HashMap<>();
        final List<List<InventoryQuantityInput>> calls = new ArrayList<>();
        final List<String> reads = new ArrayList<>();

        @Override
        public InventorySetResult setInventoryQuantities(String shop, List<InventoryQuantityInput> quantities,
                String referenceDocumentUri) {
            calls.add(quantities);
            List<UserError> errors = new ArrayList<>();
            for (int i = 0; i < quantities.size(); i++) {
                InventoryQuantityInput q = quantities.get(i);
                if (q.inventoryItemId().endsWith("-bad")) {
                    errors.add(new UserError(List.of("input", "quantities", String.valueOf(i), "inventoryItemId"),
                            "INVALID_INVENTORY_ITEM", "The specified inventory item could not be found."));
                } else if (q.changeFromQuantity() != null
                        && !q.changeFromQuantity().equals(held.get(q.inventoryItemId()))) {
                    errors.add(new UserError(List.of("input", "quantities", String.valueOf(i), "changeFromQuantity"),
                            "CHANGE_FROM_QUANTITY_STALE", "The changeFromQuantity value does not match persisted value."));
                }
            }
            if (!errors.isEmpty()) {
                return new InventorySetResult(Map.of(), errors);
            }
            Map<String, Integer> after = new LinkedHashMap<>();
            quantities.forEach(q -> {
                held.put(q.inventoryItemId(), q.quantity());
                after.put(q.inventoryItemId(), q.quantity());
            });
            return new InventorySetResult(after, List.of());
        }

        @Override
        public Integer availableQuantity(String shop, String inventoryItemId, String locationId) {
            reads.add(inventoryItemId);
            return held.get(inventoryItemId);
        }
    }

    @Test
    void quantitiesAreSetAtThePrimaryLocationWithTheKnownQuantityAsCompareAndSet() {
        CompareAndSetShopify shopify = new CompareAndSetShopify();
        shopify.held.put("I1", 4);

        List<QuantityResult> results = new ShopifyInventoryPush(shopify).push(SHOP, null, "gid://hub/Batch/1",
                List.of(change("a", "I1", 10, 4), change("b", "I2", 0, null)));

        assertThat(results).extracting(QuantityResult::outcome).containsOnly(QuantityOutcome.APPLIED);
        assertThat(results).extracting(QuantityResult::appliedQuantity).containsExactly(10, 0);
        assertThat(shopify.calls).hasSize(1);
        assertThat(shopify.calls.get(0)).containsExactly(new InventoryQuantityInput("I1", PRIMARY, 10, 4),
                new InventoryQuantityInput("I2", PRIMARY, 0, null));
    }

    @Test
    void aStaleQuantityIsReReadAndSentOnceMoreWithTheFreshValue() {
        CompareAndSetShopify shopify = new CompareAndSetShopify();
        shopify.held.put("I1", 7);

        List<QuantityResult> results = new ShopifyInventoryPush(shopify).push(SHOP, "gid://shopify/Location/9", null,
                List.of(change("a", "I1", 10, 4)));

        assertThat(shopify.reads).containsExactly("I1");
        assertThat(shopify.calls).hasSize(2);
        assertThat(shopify.calls.get(1).get(0).changeFromQuantity()).isEqualTo(7);
        assertThat(shopify.calls.get(1).get(0).locationId()).isEqualTo("gid://shopify/Location/9");
        assertThat(results.get(0).outcome()).isEqualTo(QuantityOutcome.APPLIED);
        assertThat(results.get(0).message()).contains("Shopify held 7", "the hub knew 4");
        assertThat(shopify.held).containsEntry("I1", 10);
    }

    @Test
    void aQuantityStaleAgainAfterTheReReadIsRejectedNotOverwritten() {
        CompareAndSetShopify shopify = new CompareAndSetShopify() {
            @Override
            public Integer availableQuantity(String shop, String inventoryItemId, String locationId) {
                Integer read = super.availableQuantity(shop, inventoryItemId, locationId);
                held.put(inventoryItemId, read + 1); // a sale lands between the read and the retry
                return read;
            }
        };
        shopify.held.put("I1", 7);

        List<QuantityResult> results = new ShopifyInventoryPush(shopify).push(SHOP, null, null,
                List.of(change("a", "I1", 10, 4)));

        assertThat(results.get(0).outcome()).isEqualTo(QuantityOutcome.REJECTED);
        assertThat(results.get(0).code()).isEqualTo("CHANGE_FROM_QUANTITY_STALE");
        assertThat(shopify.calls).hasSize(2);
        assertThat(shopify.held).containsEntry("I1", 8);
    }

    @Test
    void aRefusedQuantityIsReportedAndTheRestOfTheCallIsSentAgainWithoutIt() {
        CompareAndSetShopify shopify = new CompareAndSetShopify();

        List<QuantityResult> results = new ShopifyInventoryPush(shopify).push(SHOP, null, null,
                List.of(change("a", "I1", 3, null), change("b", "I2-bad", 5, null), change("c", "I3", 9, null)));

        assertThat(results).extracting(QuantityResult::outcome).containsExactly(QuantityOutcome.APPLIED,
                QuantityOutcome.REJECTED, QuantityOutcome.APPLIED);
        assertThat(results.get(1).code()).isEqualTo("INVALID_INVENTORY_ITEM");
        assertThat(results.get(1).message()).isEqualTo("The specified inventory item could not be found.");
        assertThat(shopify.calls).hasSize(2);
        assertThat(shopify.calls.get(1)).extracting(InventoryQuantityInput::inventoryItemId)
                .containsExactly("I1", "I3");
    }

    @Test
    void changesThatCannotBeSentAreRejectedWithTheReasonAndNeverSent() {
        CompareAndSetShopify shopify = new CompareAndSetShopify();

        List<QuantityResult> results = new ShopifyInventoryPush(shopify).push(SHOP, null, null,
                List.of(change("a", null, 3, null), change("b", "I2", -1, null), change("c", "I3", 1, null),
                        change("d", "I3", 2, null)));

        assertThat(results).extracting(QuantityResult::code).containsExactly(
                ShopifyInventoryPush.MISSING_INVENTORY_ITEM_ID, ShopifyInventoryPush.INVALID_QUANTITY,
                ShopifyInventoryPush.SUPERSEDED, null);
        assertThat(shopify.calls).hasSize(1);
        assertThat(shopify.calls.get(0)).extracting(InventoryQuantityInput::quantity).containsExactly(2);
    }

    @Test
    void anOutageFailsTheCallsQuantitiesSoTheyCanBeSentAgain() {
        CompareAndSetShopify shopify = new CompareAndSetShopify() {
            @Override
            public InventorySetResult setInventoryQuantities(String shop, List<InventoryQuantityInput> quantities,
                    String referenceDocumentUri) {
                throw new ShopifyUnavailableException(shop, "Shopify answered 503 three times", null);
            }
        };

        List<QuantityResult> results = new ShopifyInventoryPush(shopify).push(SHOP, null, null,
                List.of(change("a", "I1", 3, null)));

        assertThat(results.get(0).outcome()).isEqualTo(QuantityOutcome.FAILED);
        assertThat(results.get(0).message()).contains("503");
    }

    private static QuantityChange change(String id, String item, int quantity, Integer known) {
        return new QuantityChange(id, "SKU-" + id, item, quantity, known, null);
    }
}
