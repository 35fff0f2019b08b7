package com.channelhub.connector.shopify;

import static com.channelhub.connector.shopify.ShopifyPlatformFacts.MAX_QUANTITIES_PER_INVENTORY_SET;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.QuantityOutcome;
import com.channelhub.connector.QuantityResult;
import com.channelhub.connector.shopify.client.InventoryQuantityInput;
import com.channelhub.connector.shopify.client.InventorySetResult;
import com.channelhub.connector.shopify.client.ShopLocation;
import com.channelhub.connector.shopify.client.ShopifyApiException;
import com.channelhub.connector.shopify.client.ShopifyClient;
import com.channelhub.connector.shopify.client.ShopifyUnavailableException;
import com.channelhub.connector.shopify.client.UserError;

/**
 * Sets available quantities for one shop at one location: {@code inventorySetQuantities} per 250, with
 * compare-and-set from the quantity the hub last heard of (null when it knows none). Shopify applies a call all or
 * nothing, so after refused quantities the rest of the call is sent again without them; a quantity refused as stale
 * is re-read and sent once more with the fresh value, then reported. Every change gets exactly one result, in input
 * order. An authorization failure is thrown; an outage fails only the affected calls.
 */
final class ShopifyInventoryPush {

    static final String MISSING_INVENTORY_ITEM_ID = "MISSING_INVENTORY_ITEM_ID";
    static final String INVALID_QUANTITY = "INVALID_QUANTITY";
    static final String NO_LOCATION = "NO_LOCATION";
    static final String SUPERSEDED = "SUPERSEDED";

    private final ShopifyClient client;

    ShopifyInventoryPush(ShopifyClient client) {
        this.client = client;
    }

    /**
     * @param locationId           the location GID, or null for the shop's primary location
     * @param referenceDocumentUri why the quantities changed, kept by Shopify with the adjustment (may be null)
     */
    List<QuantityResult> push(String shop, String locationId, String referenceDocumentUri,
            List<QuantityChange> changes) {
        QuantityResult[] results = new QuantityResult[changes.size()];
        Map<String, Integer> byItem = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            QuantityChange change = changes.get(i);
            QuantityResult refusal = checkBeforeSending(change);
            if (refusal != null) {
                results[i] = refusal;
                continue;
            }
            Integer earlier = byItem.put(change.inventoryItemId(), i);
            if (earlier != null) {
                results[earlier] = result(changes.get(earlier), QuantityOutcome.REJECTED, null, SUPERSEDED,
                        "A later change for the same inventory item in this list replaced this one");
            }
        }
        List<Integer> sendable = new ArrayList<>(byItem.values());
        String location = sendable.isEmpty() ? null : location(shop, locationId);
        if (location == null) {
            sendable.forEach(i -> results[i] = result(changes.get(i), QuantityOutcome.REJECTED, null, NO_LOCATION,
                    "Shopify names no primary location for " + shop + ": set the integration's location"));
            return Arrays.asList(results);
        }
        for (int from = 0; from < sendable.size(); from += MAX_QUANTITIES_PER_INVENTORY_SET) {
            List<Integer> chunk = sendable.subList(from, Math.min(sendable.size(),
                    from + MAX_QUANTITIES_PER_INVENTORY_SET));
            new Call(shop, location, referenceDocumentUri, changes, results).send(chunk);
        }
        return Arrays.asList(results);
    }

    private String location(String shop, String configured) {
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        ShopLocation primary = client.primaryLocation(shop);
        return primary == null ? null : primary.id();
    }

    /** One chunk's calls: sent again without what Shopify refused, stale quantities re-read once. */
    private final class Call {
        private final String shop;
        private final String location;
        private final String reference;
        private final List<QuantityChange> changes;
        private final QuantityResult[] results;
        private final Map<Integer, Integer> expected = new HashMap<>();
        private final Map<Integer, Integer> reread = new HashMap<>();

        Call(String shop, String location, String reference, List<QuantityChange> changes, QuantityResult[] results) {
            this.shop = shop;
            this.location = location;
            this.reference = reference;
            this.changes = changes;
            this.results = results;
        }

        void send(List<Integer> chunk) {
            chunk.forEach(i -> expected.put(i, changes.get(i).knownQuantity()));
            List<Integer> pending = chunk;
            while (!pending.isEmpty()) {
                InventorySetResult answer;
                try {
                    answer = client.setInventoryQuantities(shop, inputs(pending), reference);
                } catch (ShopifyUnavailableException e) {
                    pending.forEach(i -> results[i] = result(changes.get(i), QuantityOutcome.FAILED, null, null,
                            e.getMessage()));
                    return;
                } catch (ShopifyApiException e) {
                    pending.forEach(i -> results[i] = result(changes.get(i), QuantityOutcome.REJECTED, null,
                            e.getCode(), e.getMessage()));
                    return;
                }
                pending = answer.userErrors().isEmpty() ? applied(pending, answer) : refused(pending, answer);
            }
        }

        private List<InventoryQuantityInput> inputs(List<Integer> pending) {
            return pending.stream().map(i -> new InventoryQuantityInput(changes.get(i).inventoryItemId(), location,
                    changes.get(i).quantity(), expected.get(i))).toList();
        }

        private List<Integer> applied(List<Integer> pending, InventorySetResult answer) {
            for (int i : pending) {
                QuantityChange change = changes.get(i);
                Integer after = answer.quantityAfterChange().getOrDefault(change.inventoryItemId(),
                        change.quantity());
                String note = reread.containsKey(i) ? "applied after re-reading a stale quantity: Shopify held "
                        + reread.get(i) + ", the hub knew " + change.knownQuantity() : null;
                results[i] = result(change, QuantityOutcome.APPLIED, after, null, note);
            }
            return List.of();
        }

        /** The quantities to send again: those Shopify did not refuse (not applied: all or nothing), stale once. */
        private List<Integer> refused(List<Integer> pending, InventorySetResult answer) {
            Map<Integer, UserError> byPosition = new HashMap<>();
            UserError general = null;
            for (UserError error : answer.userErrors()) {
                int position = error.indexIn("quantities");
                if (position >= 0 && position < pending.size()) {
                    byPosition.putIfAbsent(position, error);
                } else if (general == null) {
                    general = error;
                }
            }
            List<Integer> again = new ArrayList<>();
            for (int position = 0; position < pending.size(); position++) {
                int i = pending.get(position);
                UserError error = byPosition.getOrDefault(position, general);
                if (error == null) {
                    again.add(i);
                } else if (isStale(error) && !reread.containsKey(i)) {
                    Integer fresh = client.availableQuantity(shop, changes.get(i).inventoryItemId(), location);
                    reread.put(i, fresh);
                    expected.put(i, fresh);
                    again.add(i);
                } else {
                    String suffix = reread.containsKey(i) ? " (changed again after the hub re-read it)" : "";
                    results[i] = result(changes.get(i), QuantityOutcome.REJECTED, null, error.code(),
                            error.message() + suffix);
                }
            }
            return again;
        }
    }

    private static boolean isStale(UserError error) {
        return ShopifyPlatformFacts.CHANGE_FROM_QUANTITY_STALE.equals(error.code())
                || ShopifyPlatformFacts.COMPARE_QUANTITY_STALE.equals(error.code());
    }

    private static QuantityResult checkBeforeSending(QuantityChange change) {
        if (change.inventoryItemId() == null || change.inventoryItemId().isBlank()) {
            return result(change, QuantityOutcome.REJECTED, null, MISSING_INVENTORY_ITEM_ID, "No Shopify inventory "
                    + "item is known for SKU " + change.sku() + ": pull the shop's catalog so the hub can map it, "
                    + "then retry");
        }
        if (change.quantity() == null || change.quantity() < 0) {
            return result(change, QuantityOutcome.REJECTED, null, INVALID_QUANTITY, "The quantity must be 0 or "
                    + "more, got " + change.quantity());
        }
        return null;
    }

    private static QuantityResult result(QuantityChange change, QuantityOutcome outcome, Integer applied, String code,
            String message) {
        return QuantityResult.of(change, change.inventoryItemId(), outcome, applied, code, message);
    }
}
