package com.channelhub.sandbox.shopify;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Every change to a sandbox catalog, from the Admin API or the control API, goes through here so that it emits the
 * webhooks Shopify would: products/create, products/update, products/delete and inventory_levels/update.
 */
@Component
@ConditionalOnProperty(prefix = "hub.sandbox", name = "enabled", havingValue = "true")
class CatalogChanges {

    /** A variant change: any null field is left alone. */
    record VariantChange(Long id, String sku, String title, String price, String compareAtPrice,
            Integer inventoryQuantity) {
    }

    /** A userError of productVariantsBulkUpdate. */
    record VariantError(List<String> field, String code, String message) {
    }

    record BulkUpdate(SandboxProduct product, List<SandboxVariant> updated, List<VariantError> errors) {
    }

    private final WebhookSender webhooks;
    private final Clock clock;

    CatalogChanges(WebhookSender webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /**
     * productVariantsBulkUpdate: validates every input first; without allowPartialUpdates one bad input stops all.
     * Userror codes and fields follow ProductVariantsBulkUpdateUserErrorCode (shopify.dev Admin GraphQL reference).
     */
    BulkUpdate updateVariants(SandboxStore store, Long productId, List<VariantChange> changes, boolean allowPartial) {
        SandboxProduct product = productId == null ? null : store.product(productId);
        if (product == null) {
            return new BulkUpdate(null, List.of(), List.of(new VariantError(List.of("productId"),
                    "PRODUCT_DOES_NOT_EXIST", "Product does not exist")));
        }
        List<VariantError> errors = new ArrayList<>();
        List<Integer> valid = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            VariantError error = check(store, product, changes.get(i), i);
            if (error == null) {
                valid.add(i);
            } else {
                errors.add(error);
            }
        }
        List<SandboxVariant> updated = new ArrayList<>();
        if (errors.isEmpty() || allowPartial) {
            long now = clock.millis();
            synchronized (product) {
                for (int i : valid) {
                    updated.add(apply(product, changes.get(i), now));
                }
                if (!updated.isEmpty()) {
                    product.updatedAt = now;
                }
            }
            if (!updated.isEmpty()) {
                webhooks.emit(store, "products/update", WebhookPayloads.product(product));
            }
        }
        return new BulkUpdate(product, updated, errors);
    }

    SandboxProduct createProduct(SandboxStore store, String title, String vendor, String productType, String status,
            List<VariantChange> variants) {
        long now = clock.millis();
        int index = (int) store.nextProductIndex.getAndIncrement();
        long id = CatalogGenerator.FIRST_PRODUCT_ID + index;
        List<VariantChange> inputs = variants == null || variants.isEmpty()
                ? List.of(new VariantChange(null, null, null, "10.00", null, 0)) : variants;
        SandboxVariant[] created = new SandboxVariant[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            VariantChange in = inputs.get(i);
            created[i] = new SandboxVariant(id * SandboxProduct.VARIANT_ID_FACTOR + i + 1, i + 1,
                    in.sku() == null ? "SKU-NEW-" + (index + 1) + "-" + (i + 1) : in.sku(), in.title(),
                    cents(in.price() == null ? "10.00" : in.price()),
                    in.compareAtPrice() == null ? -1 : cents(in.compareAtPrice()),
                    in.inventoryQuantity() == null ? 0 : in.inventoryQuantity(), now, now);
        }
        SandboxProduct product = new SandboxProduct(id, index, now, now, created);
        product.title = title == null || title.isBlank() ? "New product " + (index + 1) : title;
        product.vendor = vendor;
        product.productType = productType;
        product.status = status == null ? "ACTIVE" : checkStatus(status);
        store.products.put(id, product);
        webhooks.emit(store, "products/create", WebhookPayloads.product(product));
        return product;
    }

    /** Changes product fields and variants (by id or SKU); emits products/update and inventory_levels/update. */
    SandboxProduct updateProduct(SandboxStore store, long productId, String title, String vendor, String status,
            List<VariantChange> variants) {
        SandboxProduct product = requireProduct(store, productId);
        long now = clock.millis();
        List<SandboxVariant> inventoryChanged = new ArrayList<>();
        synchronized (product) {
            if (variants != null) {
                for (VariantChange change : variants) {
                    SandboxVariant v = findVariant(product, change);
                    if (v == null) {
                        throw new ControlException("Product " + productId + " has no variant " + (change.id() != null
                                ? change.id() : "with SKU '" + change.sku() + "'") + ".");
                    }
                    int before = v.inventoryQuantity;
                    apply(product, change, now);
                    if (v.inventoryQuantity != before) {
                        inventoryChanged.add(v);
                    }
                }
            }
            if (title != null) {
                product.title = title;
            }
            if (vendor != null) {
                product.vendor = vendor;
            }
            if (status != null) {
                product.status = checkStatus(status);
            }
            product.updatedAt = now;
        }
        webhooks.emit(store, "products/update", WebhookPayloads.product(product));
        for (SandboxVariant v : inventoryChanged) {
            webhooks.emit(store, "inventory_levels/update", WebhookPayloads.inventoryLevel(store, v, now));
        }
        return product;
    }

    void deleteProduct(SandboxStore store, long productId) {
        requireProduct(store, productId);
        store.products.remove(productId);
        webhooks.emit(store, "products/delete", WebhookPayloads.productDeleted(productId));
    }

    static SandboxProduct requireProduct(SandboxStore store, long productId) {
        SandboxProduct product = store.product(productId);
        if (product == null) {
            throw new ControlException(404, "Store " + store.domain + " has no product " + productId + ".");
        }
        return product;
    }

    private VariantError check(SandboxStore store, SandboxProduct product, VariantChange change, int i) {
        String at = Integer.toString(i);
        if (change.id() == null) {
            return new VariantError(List.of("variants", at, "id"), "PRODUCT_VARIANT_ID_MISSING",
                    "Product variant is missing ID attribute");
        }
        if (SandboxStore.variant(product, change.id()) == null) {
            return store.productOfVariant(change.id()) != null
                    ? new VariantError(List.of("variants", at, "id"), "MUST_BE_FOR_THIS_PRODUCT",
                            "Product variant does not belong to this product")
                    : new VariantError(List.of("variants", at, "id"), "PRODUCT_VARIANT_DOES_NOT_EXIST",
                            "Product variant does not exist");
        }
        for (String[] money : new String[][] {{"price", change.price()}, {"compareAtPrice", change.compareAtPrice()}}) {
            if (money[1] == null) {
                continue;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(money[1].trim());
            } catch (NumberFormatException e) {
                return new VariantError(List.of("variants", at, money[0]), "INVALID_INPUT",
                        "Invalid " + money[0] + ": '" + money[1] + "' is not a decimal amount");
            }
            if (value.signum() < 0) {
                return new VariantError(List.of("variants", at, money[0]), "GREATER_THAN_OR_EQUAL_TO",
                        (money[0].equals("price") ? "Price" : "Compare at price") + " must be greater than or equal to 0");
            }
        }
        return null;
    }

    private static SandboxVariant apply(SandboxProduct product, VariantChange change, long now) {
        SandboxVariant v = findVariant(product, change);
        if (change.price() != null) {
            v.priceCents = cents(change.price());
        }
        if (change.compareAtPrice() != null) {
            v.compareAtCents = change.compareAtPrice().isBlank() ? -1 : cents(change.compareAtPrice());
        }
        if (change.sku() != null && change.id() != null) {
            v.sku = change.sku();
        }
        if (change.title() != null) {
            v.title = change.title();
        }
        if (change.inventoryQuantity() != null) {
            v.inventoryQuantity = change.inventoryQuantity();
        }
        v.updatedAt = now;
        return v;
    }

    private static SandboxVariant findVariant(SandboxProduct product, VariantChange change) {
        for (SandboxVariant v : product.variantsSnapshot()) {
            if (change.id() != null ? v.id == change.id() : product.sku(v).equals(change.sku())) {
                return v;
            }
        }
        return null;
    }

    private static String checkStatus(String status) {
        String value = status.toUpperCase(Locale.ROOT);
        if (!List.of("ACTIVE", "ARCHIVED", "DRAFT").contains(value)) {
            throw new ControlException("status must be ACTIVE, ARCHIVED or DRAFT, got '" + status + "'.");
        }
        return value;
    }

    static long cents(String money) {
        try {
            return new BigDecimal(money.trim()).setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ControlException("'" + money + "' is not a decimal amount.");
        }
    }

    static Map<String, Object> view(SandboxStore store, SandboxProduct product) {
        Map<String, Object> view = WebhookPayloads.product(product);
        view.put("admin_graphql_api_id", "gid://shopify/Product/" + product.id);
        return view;
    }
}
