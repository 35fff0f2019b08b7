package com.channelhub.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An integration's settings are guarded by its version; what pulls and probes write meanwhile (sync cursor, health)
 * neither conflicts with a settings change nor is overwritten by it.
 */
@HubIntegrationTest
class IntegrationConcurrencyIT {

    @LocalServerPort
    int port;
    @Autowired
    IntegrationRepository integrations;
    @Autowired
    PlatformTransactionManager transactionManager;
    TransactionTemplate outer;
    TransactionTemplate inner;
    UUID id;

    @BeforeEach
    void createIntegration() {
        HubHttp http = new HubHttp(port);
        String slug = HubHttp.uniqueSlug("race");
        String key = http.createProject(slug);
        id = UUID.fromString(http.post("/api/projects/" + slug + "/integrations", key,
                "{\"platform\":\"SHOPIFY\",\"externalAccount\":\"" + slug + ".myshopify.com\"}").json().get("id").asText());
        outer = new TransactionTemplate(transactionManager);
        inner = new TransactionTemplate(transactionManager);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Test
    void settingsChangeRacingAPullsCursorAndAHealthProbeKeepsAllThree() {
        Instant now = Instant.now();
        outer.executeWithoutResult(tx -> {
            PlatformIntegration read = integrations.findById(id).orElseThrow();
            inner.executeWithoutResult(other -> {
                PlatformIntegration pull = integrations.findById(id).orElseThrow();
                pull.advanceSyncCursor("2026-11-26T00:00:00Z", now);
                pull.recordHealth(HealthStatus.HEALTHY, "probe answered", now);
            });
            read.describe("Renamed store", null, List.of(), now);
        });

        PlatformIntegration stored = integrations.findById(id).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("Renamed store");
        assertThat(stored.getSyncCursor()).isEqualTo("2026-11-26T00:00:00Z");
        assertThat(stored.getHealthStatus()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(stored.getHealthMessage()).isEqualTo("probe answered");
    }

    @Test
    void twoSettingsChangesRacingStillConflict() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> outer.executeWithoutResult(tx -> {
            PlatformIntegration read = integrations.findById(id).orElseThrow();
            inner.executeWithoutResult(other -> integrations.findById(id).orElseThrow()
                    .describe("First", null, List.of(), now));
            read.describe("Second", null, List.of(), now);
        })).isInstanceOf(ObjectOptimisticLockingFailureException.class);

        assertThat(integrations.findById(id).orElseThrow().getDisplayName()).isEqualTo("First");
    }
}
