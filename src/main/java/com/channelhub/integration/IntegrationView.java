package com.channelhub.integration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An integration as the API shows it: everything but the credentials, of which only their presence is told. */
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
        SyncSettings sync,
        Health health,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public record Health(HealthStatus status, String message, Instant checkedAt) {
    }

    public static IntegrationView of(PlatformIntegration i) {
        return new IntegrationView(i.getId(), i.getProject().getSlug(), i.getPlatform(), i.getExternalAccount(),
                i.getDisplayName(), i.getRegion(), i.getMarketplaceIds(), i.getStatus(), i.getStatusReason(),
                i.hasCredentials(), i.getAccessTokenExpiresAt(), i.getGrantedScopes(), i.getSyncSettings(),
                new Health(i.getHealthStatus(), i.getHealthMessage(), i.getHealthCheckedAt()),
                i.getCreatedAt(), i.getUpdatedAt(), i.getVersion());
    }
}
