package com.channelhub.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An integration as the API shows it: everything but the credentials, of which only their presence is told.
 * {@code inventoryLocationId} is where inventory batches set quantities (null: the account's default location).
 */
public record IntegrationView(
        UUID id,
        String project,
        String platform,
        String externalAccount,
        String displayName,
        String region,
        List<String> marketplaceIds,
        IntegrationStatus status,
        String statusReason,
        boolean hasCredentials,
        Instant accessTokenExpiresAt,
        List<String> grantedScopes,
        String inventoryLocationId,
        SyncSettings sync,
        NextSync nextSync,
        Health health,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public record Health(HealthStatus status, String message, Instant checkedAt) {
    }

    /**
     * The integration's sync trigger on the clustered scheduler.
     *
     * @param scheduled   whether a trigger exists (sync enabled and the integration connected)
     * @param nextFireAt  when it fires next, if scheduled
     * @param description the trigger's interval or cron, or why there is none
     */
    public record NextSync(boolean scheduled, Instant nextFireAt, String description) {
    }

    /** This view with the scheduler's answer for its sync trigger. */
    public IntegrationView withNextSync(NextSync next) {
        return new IntegrationView(id, project, platform, externalAccount, displayName, region, marketplaceIds, status,
                statusReason, hasCredentials, accessTokenExpiresAt, grantedScopes, inventoryLocationId, sync, next, health, createdAt,
                updatedAt, version);
    }

    public static IntegrationView of(PlatformIntegration i) {
        return new IntegrationView(i.getId(), i.getProject().getSlug(), i.getPlatform(), i.getExternalAccount(),
                i.getDisplayName(), i.getRegion(), i.getMarketplaceIds(), i.getStatus(), i.getStatusReason(),
                i.hasCredentials(), i.getAccessTokenExpiresAt(), i.getGrantedScopes(), i.getInventoryLocationId(),
                i.getSyncSettings(),
                null, new Health(i.getHealthStatus(), i.getHealthMessage(), i.getHealthCheckedAt()),
                i.getCreatedAt(), i.getUpdatedAt(), i.getVersion());
    }
}
