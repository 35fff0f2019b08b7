package com.channelhub.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Runs left RUNNING by a hub instance that is gone are closed by the periodic sweep, whatever their kind, without
 * waiting for the next run of that kind; runs of live instances and runs too young to judge are left alone.
 */
@HubIntegrationTest
class OrphanRunsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SyncRunService runs;
    @Autowired
    HubInstances instances;

    @Test
    void runsOfAGoneInstanceAreClosedAndOthersKept() {
        HubHttp http = new HubHttp(port);
        String slug = HubHttp.uniqueSlug("orphans");
        String key = http.createProject(slug);
        HubHttp.Response created = http.post("/api/projects/" + slug + "/integrations", key,
                "{\"platform\":\"SHOPIFY\",\"externalAccount\":\"" + slug + ".myshopify.com\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        UUID integration = UUID.fromString(created.json().get("id").asText());
        Instant now = Instant.now();
        UUID abandonedPush = insertRun(integration, "PRICE_PUSH", "hub-gone-1", now.minus(Duration.ofMinutes(30)));
        UUID abandonedInventory = insertRun(integration, "INVENTORY_PUSH", "hub-gone-1", now.minus(Duration.ofMinutes(10)));
        UUID tooYoung = insertRun(integration, "PRICE_PUSH", "hub-gone-2", now.minus(Duration.ofSeconds(20)));
        UUID ours = insertRun(integration, "PRODUCT_PULL", instances.self(), now.minus(Duration.ofMinutes(30)));

        runs.closeOrphans();

        assertThat(status(abandonedPush)).isEqualTo("FAILED");
        assertThat(status(abandonedInventory)).isEqualTo("FAILED");
        assertThat(jdbc.queryForObject("select error_summary from sync_runs where id = ?", String.class, abandonedPush))
                .contains("hub-gone-1", "stopped before the run finished");
        assertThat(status(tooYoung)).isEqualTo("RUNNING");
        assertThat(status(ours)).isEqualTo("RUNNING");
        HubHttp.Response history = http.get("/api/projects/" + slug + "/integrations/" + integration + "/sync-runs", key);
        assertThat(history.body()).contains(abandonedPush.toString());
    }

    private UUID insertRun(UUID integration, String kind, String instance, Instant startedAt) {
        UUID id = UUID.randomUUID();
        jdbc.update("insert into sync_runs (id, integration_id, kind, run_trigger, status, processed_items, failed_items,"
                + " started_at, instance_id) values (?, ?, ?, 'MANUAL', 'RUNNING', 0, 0, ?, ?)", id, integration, kind,
                Timestamp.from(startedAt), instance);
        return id;
    }

    private String status(UUID run) {
        return jdbc.queryForObject("select status from sync_runs where id = ?", String.class, run);
    }
}
