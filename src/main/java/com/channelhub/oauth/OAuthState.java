package com.channelhub.oauth;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The {@code state} of one OAuth install: single use, short-lived, bound to a project (and a shop for Shopify). */
@Entity
@Table(name = "oauth_states")
public class OAuthState {

    @Id
    private String state;

    @Column(nullable = false)
    private String platform;

    @Column(name = "project_id", nullable = false)
    private UUID projectId;

    private String account;

    private String region;

    @Column(name = "marketplace_ids")
    private String marketplaceIds;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "consumed_at")
    private Instant consumedAt;

    protected OAuthState() {
    }

    OAuthState(String state, String platform, UUID projectId, String account, String region, Instant createdAt,
            Instant expiresAt) {
        this.state = state;
        this.platform = platform;
        this.projectId = projectId;
        this.account = account;
        this.region = region;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public String getState() {
        return state;
    }

    public String getPlatform() {
        return platform;
    }

    public UUID getProjectId() {
        return projectId;
    }

    public String getAccount() {
        return account;
    }

    public String getRegion() {
        return region;
    }

    /** Comma-separated marketplace ids chosen when an Amazon installation started, or null. */
    public String getMarketplaceIds() {
        return marketplaceIds;
    }

    void chooseMarketplaces(String marketplaceIds) {
        this.marketplaceIds = marketplaceIds;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getConsumedAt() {
        return consumedAt;
    }
}
