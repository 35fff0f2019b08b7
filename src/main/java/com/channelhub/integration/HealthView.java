package com.channelhub.integration;

import java.time.Instant;
import java.util.UUID;

/**
 * An integration's health as the API shows it: the last probe's result beside the connection status (a probe only
 * runs on a CONNECTED integration, so a NEEDS_REAUTH one keeps the health it had when it was last reachable).
 */
public record HealthView(
        UUID integrationId,
        IntegrationStatus status,
        String statusReason,
        HealthStatus health,
        String message,
        Instant checkedAt) {

    static HealthView of(PlatformIntegration i) {
        return new HealthView(i.getId(), i.getStatus(), i.getStatusReason(), i.getHealthStatus(), i.getHealthMessage(),
                i.getHealthCheckedAt());
    }
}
