package com.channelhub.sandbox.shopify;

import java.util.Locale;

/**
 * A product of a sandbox store. Generated products keep {@code null} in their text fields and derive them from
 * their index on read ({@link CatalogGenerator}); products created or renamed through the control API store their own.
 * Changes hold the product's monitor; readers see whole updates because writers replace values under it.
 */
final class SandboxProduct {

    /** Variant ids embed the product id: {@code productId * VARIANT_ID_FACTOR + position}. */
    static final long VARIANT_ID_FACTOR = 10_000L;

    final long id;
    final int index;
    String title;
    String vendor;
    String productType;
    String status = "ACTIVE";
    final long createdAt;
    long updatedAt;
    SandboxVariant[] variants;

    SandboxProduct(long id, int index, long createdAt, long updatedAt, SandboxVariant[] variants) {
        this.id = id;
        this.index = index;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.variants = variants;
    }

    String title() {
        return title != null ? title : CatalogGenerator.title(index);
    }

    String vendor() {
        return vendor != null ? vendor : CatalogGenerator.vendor(index);
    }

    String productType() {
        return productType != null ? productType : CatalogGenerator.productType(index);
    }

    String handle() {
        String slug = title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "product-" + id : slug;
    }

    String sku(SandboxVariant variant) {
        return variant.sku != null ? variant.sku : CatalogGenerator.sku(index, variant.position);
    }

    String variantTitle(SandboxVariant variant) {
        if (variant.title != null) {
            return variant.title;
        }
        return variants.length == 1 ? "Default Title" : CatalogGenerator.optionValue(variant.position);
    }

    synchronized SandboxVariant[] variantsSnapshot() {
        return variants;
    }

    static long productIdOf(long variantId) {
        return variantId / VARIANT_ID_FACTOR;
    }
}
