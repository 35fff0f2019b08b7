package com.channelhub.connector.shopify;

import static com.channelhub.connector.shopify.ShopifyPlatformFacts.MAX_VARIANTS_PER_PRICE_UPDATE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.shopify.client.ShopifyApiException;
import com.channelhub.connector.shopify.client.ShopifyClient;
import com.channelhub.connector.shopify.client.ShopifyUnavailableException;
import com.channelhub.connector.shopify.client.UpdatedVariant;
import com.channelhub.connector.shopify.client.UserError;
import com.channelhub.connector.shopify.client.VariantPriceInput;
import com.channelhub.connector.shopify.client.VariantPriceUpdate;

/**
 * Pushes a list of price changes for one shop: {@code productVariantsBulkUpdate} once per product and per 250
 * variants, with {@code allowPartialUpdates} so one bad variant does not sink its siblings. Every change gets exactly
 * one result, in input order: a change that cannot be sent is rejected with the reason, never dropped. An
 * authorization failure is thrown (the whole shop needs attention); an outage fails only the affected calls.
 */
final class ShopifyPricePush {

    static final String MISSING_VARIANT_ID = "MISSING_VARIANT_ID";
    static final String MISSING_PRODUCT_ID = "MISSING_PRODUCT_ID";
    static final String INVALID_PRICE = "INVALID_PRICE";
    static final String CURRENCY_MISMATCH = "CURRENCY_MISMATCH";
    static final String SUPERSEDED = "SUPERSEDED";

    private final ShopifyClient client;

    ShopifyPricePush(ShopifyClient client) {
        this.client = client;
    }

    List<PriceResult> push(String shop, List<PriceChange> changes) {
        PriceResult[] results = new PriceResult[changes.size()];
        String shopCurrency = needsCurrency(changes) ? client.shop(shop).currencyCode() : null;
        Map<String, Map<String, Integer>> byProduct = new LinkedHashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            PriceChange change = changes.get(i);
            PriceResult refusal = checkBeforeSending(change, shopCurrency);
            if (refusal != null) {
                results[i] = refusal;
                continue;
            }
            Map<String, Integer> variants = byProduct.computeIfAbsent(change.productExternalId(),
                    p -> new LinkedHashMap<>());
            Integer earlier = variants.put(change.variantExternalId(), i);
            if (earlier != null) {
                results[earlier] = result(changes.get(earlier), PriceOutcome.REJECTED, null, SUPERSEDED,
                        "A later change for the same variant in this batch replaced this one");
            }
        }
        byProduct.forEach((productId, variants) -> pushProduct(shop, productId, new ArrayList<>(variants.values()),
                changes, results));
        return Arrays.asList(results);
    }

    private void pushProduct(String shop, String productId, List<Integer> indexes, List<PriceChange> changes,
            PriceResult[] results) {
        for (int from = 0; from < indexes.size(); from += MAX_VARIANTS_PER_PRICE_UPDATE) {
            List<Integer> chunk = indexes.subList(from, Math.min(indexes.size(), from + MAX_VARIANTS_PER_PRICE_UPDATE));
            List<VariantPriceInput> inputs = chunk.stream().map(changes::get)
                    .map(c -> new VariantPriceInput(c.variantExternalId(), c.price(), c.compareAtPrice())).toList();
            try {
                VariantPriceUpdate update = client.updateVariantPrices(shop, productId, inputs);
                mapAnswer(update, chunk, changes, results);
            } catch (ShopifyUnavailableException e) {
                chunk.forEach(i -> results[i] = result(changes.get(i), PriceOutcome.FAILED, null, null,
                        e.getMessage()));
            } catch (ShopifyApiException e) {
                chunk.forEach(i -> results[i] = result(changes.get(i), PriceOutcome.REJECTED, null, e.getCode(),
                        e.getMessage()));
            }
        }
    }

    /** Errors point at their input by {@code field: ["variants", "<index>", …]}; others concern the whole call. */
    private static void mapAnswer(VariantPriceUpdate update, List<Integer> chunk, List<PriceChange> changes,
            PriceResult[] results) {
        Map<String, UpdatedVariant> updated = new HashMap<>();
        update.productVariants().forEach(v -> updated.put(v.id(), v));
        Map<Integer, UserError> errorByPosition = new HashMap<>();
        UserError general = null;
        for (UserError error : update.userErrors()) {
            int position = error.indexIn("variants");
            if (position >= 0 && position < chunk.size()) {
                errorByPosition.putIfAbsent(position, error);
            } else if (general == null) {
                general = error;
            }
        }
        for (int position = 0; position < chunk.size(); position++) {
            int index = chunk.get(position);
            PriceChange change = changes.get(index);
            UserError error = errorByPosition.get(position);
            UpdatedVariant echoed = updated.get(change.variantExternalId());
            if (error != null) {
                results[index] = result(change, PriceOutcome.REJECTED, null, error.code(), error.message());
            } else if (echoed != null) {
                results[index] = result(change, PriceOutcome.APPLIED, echoed.price(), null, null);
            } else if (general != null) {
                results[index] = result(change, PriceOutcome.REJECTED, null, general.code(), general.message());
            } else {
                results[index] = result(change, PriceOutcome.FAILED, null, null,
                        "Shopify neither updated nor refused this variant; safe to retry");
            }
        }
    }

    private static PriceResult checkBeforeSending(PriceChange change, String shopCurrency) {
        if (isBlank(change.variantExternalId())) {
            return result(change, PriceOutcome.REJECTED, null, MISSING_VARIANT_ID, "No Shopify variant id is known "
                    + "for SKU " + change.sku() + ": pull the shop's catalog so the hub can map the SKU, then retry");
        }
        if (isBlank(change.productExternalId())) {
            return result(change, PriceOutcome.REJECTED, null, MISSING_PRODUCT_ID, "No Shopify product id is known "
                    + "for variant " + change.variantExternalId() + " (SKU " + change.sku() + "): pull the shop's "
                    + "catalog, then retry");
        }
        if (change.price() == null || change.price().compareTo(BigDecimal.ZERO) <= 0) {
            return result(change, PriceOutcome.REJECTED, null, INVALID_PRICE, "The price must be positive, got "
                    + change.price());
        }
        if (shopCurrency != null && change.currency() != null && !shopCurrency.equalsIgnoreCase(change.currency())) {
            return result(change, PriceOutcome.REJECTED, null, CURRENCY_MISMATCH, "The price is in "
                    + change.currency() + " but the shop sells in " + shopCurrency + ": convert it before pushing");
        }
        return null;
    }

    private static boolean needsCurrency(List<PriceChange> changes) {
        return changes.stream().anyMatch(c -> c.currency() != null && !isBlank(c.variantExternalId()));
    }

    private static PriceResult result(PriceChange change, PriceOutcome outcome, BigDecimal applied, String code,
            String message) {
        return new PriceResult(change.itemId(), change.sku(), change.variantExternalId(), outcome, applied, code,
                message);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
