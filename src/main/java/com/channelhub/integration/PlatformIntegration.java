package com.channelhub.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.channelhub.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.DynamicUpdate;
import org.hibernate.annotations.OptimisticLock;

/**
 * One connected sales-channel account of a project: a Shopify store or an Amazon seller account.
 * Credentials are held only as ciphertext (see {@link IntegrationCredentialStore}); the entity never sees plaintext.
 */
@Entity
@Table(name = "platform_integrations")
// Only changed columns are written: the fields excluded from optimistic locking below (written by pulls and health
// probes while an API request may hold the same row) must not be overwritten by a request that read them earlier.
@DynamicUpdate
public class PlatformIntegration {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Column(nullable = false)
    private String platform;

    @Column(name = "external_account", nullable = false)
    private String externalAccount;

    @Column(name = "display_name")
    private String displayName;

    private String region;

    @Convert(converter = StringListConverter.class)
    @Column(name = "marketplace_ids")
    private List<String> marketplaceIds = List.of();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private IntegrationStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "credentials_ciphertext")
    private String credentialsCiphertext;

    @Column(name = "access_token_expires_at")
    private Instant accessTokenExpiresAt;

    @Convert(converter = StringListConverter.class)
    @Column(name = "granted_scopes")
    private List<String> grantedScopes = List.of();

    @Embedded
    private SyncSettings syncSettings;

    // Operational state, not settings: a pull advancing its cursor or a health probe does not make a concurrent
    // change of the integration's settings a conflict (409).
    @OptimisticLock(excluded = true)
    @Column(name = "sync_cursor")
    private String syncCursor;

    @OptimisticLock(excluded = true)
    @Enumerated(EnumType.STRING)
    @Column(name = "health_status", nullable = false)
    private HealthStatus healthStatus;

    @OptimisticLock(excluded = true)
    @Column(name = "health_message")
    private String healthMessage;

    @OptimisticLock(excluded = true)
    @Column(name = "health_checked_at")
    private Instant healthCheckedAt;

    /** The Shopify location quantities are set at and read from; null for the shop's primary location. */
    @Column(name = "inventory_location_id")
    private String inventoryLocationId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OptimisticLock(excluded = true)
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PlatformIntegration() {
    }

    public PlatformIntegration(Project project, String platform, String externalAccount, Instant now) {
        this.id = UUID.randomUUID();
        this.project = project;
        this.platform = platform;
        this.externalAccount = externalAccount;
        this.status = IntegrationStatus.PENDING;
        this.syncSettings = SyncSettings.defaults();
        this.healthStatus = HealthStatus.UNKNOWN;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Associated data for this row's credential ciphertext: a ciphertext only decrypts in the row it was made for. */
    public String credentialBinding() {
        return credentialBinding(id);
    }

    /** The associated data that binds an integration's credential ciphertext to its row. */
    public static String credentialBinding(UUID id) {
        return "platform_integrations:" + id;
    }

    public void changeStatus(IntegrationStatus newStatus, String reason, Instant now) {
        this.status = newStatus;
        this.statusReason = reason;
        this.updatedAt = now;
    }

    void storeCredentialCiphertext(String ciphertext, Instant accessTokenExpiresAt, Instant now) {
        this.credentialsCiphertext = ciphertext;
        this.accessTokenExpiresAt = accessTokenExpiresAt;
        this.updatedAt = now;
    }

    public void wipeCredentials(Instant now) {
        this.credentialsCiphertext = null;
        this.accessTokenExpiresAt = null;
        this.updatedAt = now;
    }

    /** Where inventory batches set this integration's quantities; null for the account's default location. */
    public void changeInventoryLocation(String locationId, Instant now) {
        this.inventoryLocationId = locationId;
        this.updatedAt = now;
    }

    public void changeSyncSettings(SyncSettings settings, Instant now) {
        this.syncSettings = settings;
        this.updatedAt = now;
    }

    public void describe(String displayName, String region, List<String> marketplaceIds, Instant now) {
        this.displayName = displayName;
        this.region = region;
        this.marketplaceIds = marketplaceIds == null ? List.of() : List.copyOf(marketplaceIds);
        this.updatedAt = now;
    }

    public void grantScopes(List<String> scopes, Instant now) {
        this.grantedScopes = scopes == null ? List.of() : List.copyOf(scopes);
        this.updatedAt = now;
    }

    public void advanceSyncCursor(String cursor, Instant now) {
        this.syncCursor = cursor;
        this.updatedAt = now;
    }

    public void recordHealth(HealthStatus status, String message, Instant checkedAt) {
        this.healthStatus = status;
        this.healthMessage = message;
        this.healthCheckedAt = checkedAt;
    }

    public UUID getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getPlatform() {
        return platform;
    }

    public String getExternalAccount() {
        return externalAccount;
    }

    public String getInventoryLocationId() {
        return inventoryLocationId;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getRegion() {
        return region;
    }

    public List<String> getMarketplaceIds() {
        return marketplaceIds;
    }

    public IntegrationStatus getStatus() {
        return status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public boolean hasCredentials() {
        return credentialsCiphertext != null;
    }

    String getCredentialsCiphertext() {
        return credentialsCiphertext;
    }

    public Instant getAccessTokenExpiresAt() {
        return accessTokenExpiresAt;
    }

    public List<String> getGrantedScopes() {
        return grantedScopes;
    }

    public SyncSettings getSyncSettings() {
        return syncSettings;
    }

    public String getSyncCursor() {
        return syncCursor;
    }

    public HealthStatus getHealthStatus() {
        return healthStatus;
    }

    public String getHealthMessage() {
        return healthMessage;
    }

    public Instant getHealthCheckedAt() {
        return healthCheckedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
