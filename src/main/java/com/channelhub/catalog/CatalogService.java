package com.channelhub.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.CatalogVariant;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the canonical catalog of each integration: what pulls and webhooks report lands here, and an update older
 * than what is stored is ignored (webhooks arrive out of order, and a slow pull can overtake a webhook).
 */
@Service
public class CatalogService {

    public enum UpsertOutcome {
        CREATED, UPDATED, STALE
    }

    private final ChannelProductRepository products;
    private final ChannelVariantRepository variants;
    private final Clock clock;

    public CatalogService(ChannelProductRepository products, ChannelVariantRepository variants, Clock clock) {
        this.products = products;
        this.variants = variants;
        this.clock = clock;
    }

    /**
     * Creates or updates a product and its variants. Variants the product no longer reports are marked deleted
     * when {@code completeVariants} is true (a full product record, as pulls and product webhooks give).
     */
    @Transactional
    public UpsertOutcome upsert(UUID integrationId, CatalogProduct reported, boolean completeVariants) {
        return upsert(integrationId, reported, completeVariants, false);
    }

    /**
     * As {@link #upsert(UUID, CatalogProduct, boolean)}; with {@code noteReportRows} each variant also keeps its
     * {@link ReportRowFingerprint}, and one whose row is new or changed becomes due for a detail refresh.
     */
    @Transactional
    public UpsertOutcome upsert(UUID integrationId, CatalogProduct reported, boolean completeVariants,
            boolean noteReportRows) {
        Instant now = clock.instant();
        ChannelProduct product = products.findByIntegrationIdAndExternalId(integrationId, reported.externalId()).orElse(null);
        boolean created = product == null;
        if (created) {
            product = new ChannelProduct(integrationId, reported.externalId());
        }
        if (!product.update(reported.title(), reported.vendor(), reported.status(), reported.updatedAt(), now)) {
            return UpsertOutcome.STALE;
        }
        product = products.save(product);
        Map<String, ChannelVariant> existing = new HashMap<>();
        if (!created) {
            variants.findByProductId(product.getId()).forEach(v -> existing.put(v.getExternalId(), v));
        }
        for (CatalogVariant reportedVariant : reported.variants()) {
            ChannelVariant variant = existing.get(reportedVariant.externalId());
            if (variant == null) {
                variant = variants.findByIntegrationIdAndExternalId(integrationId, reportedVariant.externalId())
                        .orElseGet(() -> new ChannelVariant(null, integrationId, reportedVariant.externalId()));
                variant.moveTo(product.getId());
            }
            if (variant.update(reportedVariant, now) && noteReportRows) {
                variant.noteReportRow(ReportRowFingerprint.of(reported, reportedVariant), now);
            }
            variants.save(variant);
        }
        if (completeVariants) {
            Set<String> reportedIds = reported.variants().stream().map(CatalogVariant::externalId).collect(Collectors.toSet());
            existing.values().stream()
                    .filter(v -> !reportedIds.contains(v.getExternalId()) && !v.isDeleted())
                    .forEach(v -> v.markDeleted(now));
        }
        return created ? UpsertOutcome.CREATED : UpsertOutcome.UPDATED;
    }

    /** External ids of up to {@code limit} variants due for a detail refresh, in the order to refresh them. */
    @Transactional(readOnly = true)
    public List<String> dueForDetail(UUID integrationId, int limit) {
        return limit <= 0 ? List.of() : variants.findDueForDetail(integrationId, PageRequest.of(0, limit));
    }

    /** Stores a variant's refreshed detail (and its brand on the product); false when the variant is unknown. */
    @Transactional
    public boolean applyDetail(UUID integrationId, String externalId, ListingDetail detail) {
        Instant now = clock.instant();
        return variants.findByIntegrationIdAndExternalId(integrationId, externalId).map(variant -> {
            variant.applyDetail(detail, now);
            products.findById(variant.getProductId()).ifPresent(product -> product.applyBrand(detail.brand(), now));
            return true;
        }).orElse(false);
    }

    /** Records why a variant's detail refresh failed; {@code retryLater} keeps it due for the next pull. */
    @Transactional
    public void detailFailed(UUID integrationId, String externalId, String error, boolean retryLater) {
        variants.findByIntegrationIdAndExternalId(integrationId, externalId)
                .ifPresent(variant -> variant.detailFailed(error, retryLater));
    }

    /** Marks a product and its variants deleted; returns whether the product was known. */
    @Transactional
    public boolean markDeleted(UUID integrationId, String productExternalId) {
        Instant now = clock.instant();
        return products.findByIntegrationIdAndExternalId(integrationId, productExternalId).map(product -> {
            product.markDeleted(now);
            variants.findByProductId(product.getId()).forEach(v -> v.markDeleted(now));
            return true;
        }).orElse(false);
    }

    /** Sets the quantity of the variants stocked by an inventory item; returns how many were changed. */
    @Transactional
    public int updateQuantity(UUID integrationId, String inventoryItemId, int quantity, Instant reportedAt) {
        Instant now = clock.instant();
        int changed = 0;
        for (ChannelVariant variant : variants.findByIntegrationIdAndInventoryItemId(integrationId, inventoryItemId)) {
            if (variant.updateQuantity(quantity, reportedAt, now)) {
                changed++;
            }
        }
        return changed;
    }

    /** Erases everything synced for an integration (a shop's data erasure request). */
    @Transactional
    public int purge(UUID integrationId) {
        int deletedVariants = variants.deleteByIntegration(integrationId);
        products.deleteByIntegration(integrationId);
        return deletedVariants;
    }
}
