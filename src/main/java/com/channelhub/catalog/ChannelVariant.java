package com.channelhub.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.channelhub.connector.CatalogVariant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    @Column(name = "inventory_item_id")
    private String inventoryItemId;

    @Column(name = "external_ref")
    private String externalRef;

    @Column(name = "fulfillment_channel")
    private String fulfillmentChannel;

    @Column(name = "quantity_updated_at")
    private Instant quantityUpdatedAt;

    @Column(name = "source_updated_at")
    private Instant sourceUpdatedAt;

    @Column(nullable = false)
    private boolean deleted;

    /** Digest of the last report row (see {@link ReportRowFingerprint}); null for channels without reports. */
    @Column(name = "report_fingerprint")
    private String reportFingerprint;

    /** Since when the variant waits for a detail refresh (new or changed row); null when not due. */
    @Column(name = "detail_due_since")
    private Instant detailDueSince;

    @Column(name = "detail_refreshed_at")
    private Instant detailRefreshedAt;

    /** Why the last detail refresh failed; cleared by the next one that succeeds. */
    @Column(name = "detail_error")
    private String detailError;

    /** Null until a detail refresh stored one (all its columns null). */
    @Embedded
    private ListingSummary listing;

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

    /**
     * Applies the channel's view of the variant unless it is older than what is stored. Values the channel did not
     * report (null currency or quantity, e.g. in a webhook) keep what is known.
     */
    public boolean update(CatalogVariant reported, Instant now) {
        if (sourceUpdatedAt != null && reported.updatedAt() != null && reported.updatedAt().isBefore(sourceUpdatedAt)) {
            return false;
        }
        this.sku = reported.sku();
        this.title = reported.title();
        this.price = reported.price();
        this.compareAtPrice = reported.compareAtPrice();
        this.currency = reported.currency() != null ? reported.currency() : currency;
        if (reported.quantity() != null && !isOlder(reported.updatedAt(), quantityUpdatedAt)) {
            this.inventoryQuantity = reported.quantity();
            this.quantityUpdatedAt = reported.updatedAt();
        }
        this.inventoryItemId = reported.inventoryItemId() != null ? reported.inventoryItemId() : inventoryItemId;
        this.externalRef = reported.externalRef() != null ? reported.externalRef() : externalRef;
        this.fulfillmentChannel = reported.fulfillmentChannel() != null ? reported.fulfillmentChannel() : fulfillmentChannel;
        this.sourceUpdatedAt = reported.updatedAt() != null ? reported.updatedAt() : sourceUpdatedAt;
        this.deleted = false;
        this.syncedAt = now;
        return true;
    }

    /**
     * Keeps the fingerprint of the report row the variant came from. A new or different one makes the variant due
     * for a detail refresh (from the first change on: it keeps its place in the queue while it waits).
     *
     * @return whether the row was new or changed
     */
    public boolean noteReportRow(String fingerprint, Instant now) {
        if (fingerprint.equals(reportFingerprint)) {
            return false;
        }
        this.reportFingerprint = fingerprint;
        if (detailDueSince == null) {
            this.detailDueSince = now;
        }
        return true;
    }

    /**
     * Applies a detail refresh over what the report gave; the variant is no longer due. The quantity is taken but
     * not its time: the report's rows are dated by the listing's open date, and a later report must still apply.
     */
    public void applyDetail(ListingDetail detail, Instant now) {
        this.listing = detail.summary();
        if (detail.price() != null) {
            this.price = detail.price();
            this.currency = detail.currency() != null ? detail.currency() : currency;
        }
        this.fulfillmentChannel = detail.fulfillmentChannel() != null ? detail.fulfillmentChannel() : fulfillmentChannel;
        this.inventoryQuantity = detail.quantity() != null ? detail.quantity() : inventoryQuantity;
        this.detailRefreshedAt = now;
        this.detailError = null;
        this.detailDueSince = null;
        this.syncedAt = now;
    }

    /**
     * Records a failed detail refresh. {@code retryLater} keeps the variant due (a throttled or unavailable API);
     * otherwise (unknown SKU, rejected request) it waits for its next changed report row.
     */
    public void detailFailed(String error, boolean retryLater) {
        this.detailError = error == null ? "failed" : error.length() > 1000 ? error.substring(0, 999) + "…" : error;
        if (!retryLater) {
            this.detailDueSince = null;
        }
    }

    /** A price the channel confirmed after a push. */
    public void applyPrice(BigDecimal appliedPrice, Instant now) {
        if (appliedPrice != null) {
            this.price = appliedPrice;
            this.syncedAt = now;
        }
    }

    /** A quantity reported on its own (an inventory webhook), unless older than what is stored. */
    public boolean updateQuantity(int quantity, Instant reportedAt, Instant now) {
        if (isOlder(reportedAt, quantityUpdatedAt)) {
            return false;
        }
        this.inventoryQuantity = quantity;
        this.quantityUpdatedAt = reportedAt;
        this.syncedAt = now;
        return true;
    }

    private static boolean isOlder(Instant candidate, Instant known) {
        return candidate != null && known != null && candidate.isBefore(known);
    }

    /** Attaches the variant to a product (Shopify variants keep their id when moved between products). */
    void moveTo(UUID productId) {
        this.productId = productId;
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

    public String getInventoryItemId() {
        return inventoryItemId;
    }

    public String getExternalRef() {
        return externalRef;
    }

    public String getFulfillmentChannel() {
        return fulfillmentChannel;
    }

    public Instant getQuantityUpdatedAt() {
        return quantityUpdatedAt;
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

    public String getReportFingerprint() {
        return reportFingerprint;
    }

    public Instant getDetailDueSince() {
        return detailDueSince;
    }

    public Instant getDetailRefreshedAt() {
        return detailRefreshedAt;
    }

    public String getDetailError() {
        return detailError;
    }

    /** The marketplace's summary and issues of the listing, or null before the first detail refresh. */
    public ListingSummary getListing() {
        return listing;
    }
}
