package com.channelhub.catalog;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A product as one channel (integration) holds it, in the hub's canonical shape. */
@Entity
@Table(name = "channel_products")
public class ChannelProduct {

    @Id
    private UUID id;

    @Column(name = "integration_id", nullable = false)
    private UUID integrationId;

    @Column(name = "external_id", nullable = false)
    private String externalId;

    private String title;

    private String vendor;

    @Column(name = "product_status")
    private String productStatus;

    @Column(name = "source_updated_at")
    private Instant sourceUpdatedAt;

    @Column(nullable = false)
    private boolean deleted;

    @Column(name = "synced_at", nullable = false)
    private Instant syncedAt;

    protected ChannelProduct() {
    }

    public ChannelProduct(UUID integrationId, String externalId) {
        this.id = UUID.randomUUID();
        this.integrationId = integrationId;
        this.externalId = externalId;
    }

    /**
     * Applies what the channel reports, unless it is older than what is stored (webhooks arrive out of order). A
     * vendor the channel does not report (null: Amazon's listings report has no brand) keeps the known one.
     *
     * @return whether the product changed
     */
    public boolean update(String title, String vendor, String productStatus, Instant sourceUpdatedAt, Instant now) {
        if (isNewerThanSource(sourceUpdatedAt)) {
            return false;
        }
        this.title = title;
        this.vendor = vendor != null ? vendor : this.vendor;
        this.productStatus = productStatus;
        this.sourceUpdatedAt = sourceUpdatedAt;
        this.deleted = false;
        this.syncedAt = now;
        return true;
    }

    /** The brand a listing's detail names, as the product's vendor. */
    public void applyBrand(String brand, Instant now) {
        if (brand != null && !brand.isBlank()) {
            this.vendor = brand;
            this.syncedAt = now;
        }
    }

    public void markDeleted(Instant now) {
        this.deleted = true;
        this.syncedAt = now;
    }

    private boolean isNewerThanSource(Instant candidate) {
        return sourceUpdatedAt != null && candidate != null && candidate.isBefore(sourceUpdatedAt);
    }

    public UUID getId() {
        return id;
    }

    public UUID getIntegrationId() {
        return integrationId;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getTitle() {
        return title;
    }

    public String getVendor() {
        return vendor;
    }

    public String getProductStatus() {
        return productStatus;
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
