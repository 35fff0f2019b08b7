package com.channelhub.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A sellable variant (the unit a SKU names) as one channel holds it: its price, compare-at price and stock. */
@Entity
@Table(name = "channel_variants")
public class ChannelVariant {

    @Id
    private UUID id;

    @Column(name = "product_id", nullable = false)
    private UUID productId;

    @Column(name = "integration_id", nullable = false)
    private UUID integrationId;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    private String sku;

    private String title;

    @Column(precision = 19, scale = 4)
    private BigDecimal price;

    @Column(name = "compare_at_price", precision = 19, scale = 4)
    private BigDecimal compareAtPrice;

    private String currency;

    @Column(name = "inventory_quantity")
    private Integer inventoryQuantity;

    @Column(name = "source_updated_at")
    private Instant sourceUpdatedAt;

    @Column(nullable = false)
    private boolean deleted;

    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    protected ChannelVariant() {
    }

    public ChannelVariant(UUID productId, UUID integrationId, String externalId) {
        this.id = UUID.randomUUID();
        this.productId = productId;
        this.integrationId = integrationId;
        this.externalId = externalId;
    }

    /** Applies the channel's view of the variant unless it is older than what is stored. */
    public boolean update(String sku, String title, BigDecimal price, BigDecimal compareAtPrice, String currency,
            Integer inventoryQuantity, Instant sourceUpdatedAt, Instant now) {
        if (this.sourceUpdatedAt != null && sourceUpdatedAt != null && sourceUpdatedAt.isBefore(this.sourceUpdatedAt)) {
            return false;
        }
        this.sku = sku;
        this.title = title;
        this.price = price;
        this.compareAtPrice = compareAtPrice;
        this.currency = currency;
        this.inventoryQuantity = inventoryQuantity;
        this.sourceUpdatedAt = sourceUpdatedAt;
        this.deleted = false;
        this.syncedAt = now;
        return true;
    }

    public void markDeleted(Instant now) {
        this.deleted = true;
        this.syncedAt = now;
    }

    public UUID getId() {
        return id;
    }

    public UUID getProductId() {
        return productId;
    }

    public UUID getIntegrationId() {
        return integrationId;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getSku() {
        return sku;
    }

    public String getTitle() {
        return title;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public BigDecimal getCompareAtPrice() {
        return compareAtPrice;
    }

    public String getCurrency() {
        return currency;
    }

    public Integer getInventoryQuantity() {
        return inventoryQuantity;
    }

    public Instant getSourceUpdatedAt() {
        return sourceUpdatedAt;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Instant getSyncedAt() {
        return syncedAt;
    }
}
