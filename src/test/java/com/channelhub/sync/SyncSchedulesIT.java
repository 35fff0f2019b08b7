package com.channelhub.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxShopify;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An integration's sync settings as a trigger in the clustered Quartz job store, following every change. */
@HubIntegrationTest
class SyncSchedulesIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scheduler scheduler;
    @Autowired
    SyncSchedules schedules;

    private List<String> storedTriggers(String integrationId) {
        return jdbc.queryForList("select trigger_type from qrtz_triggers where trigger_name = ? and trigger_group = ?",
                String.class, integrationId, SyncSchedules.GROUP);
    }

    @Test
    void scheduleIsCreatedChangedAndRemovedWithTheIntegration() throws Exception {
        HubHttp http = new HubHttp(port);
        SandboxShopify.InstalledStore store = new SandboxShopify(http, port).installInNewProject("sched", 2, 1);
        String key = store.key();
        String id = store.integrationId();
        String base = store.path();

        await().atMost(Duration.ofSeconds(10)).until(() -> storedTriggers(id).equals(List.of("SIMPLE")));
        assertThat(schedules.describe(UUID.fromString(id)).description()).isEqualTo("every 60 min");

        HubHttp.Response changed = http.patch(base, key, "{\"sync\":{\"intervalMinutes\":15}}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> "every 15 min".equals(schedules.describe(UUID.fromString(id))
                .description()));

        http.patch(base, key, "{\"sync\":{\"cron\":\"0 0/30 * * * ?\"}}");
        await().atMost(Duration.ofSeconds(10)).until(() -> storedTriggers(id).equals(List.of("CRON")));

        http.patch(base, key, "{\"sync\":{\"enabled\":false}}");
        await().atMost(Duration.ofSeconds(10)).until(() -> storedTriggers(id).isEmpty());

        http.patch(base, key, "{\"sync\":{\"enabled\":true}}");
        await().atMost(Duration.ofSeconds(10)).until(() -> storedTriggers(id).size() == 1);

        // firing now starts a scheduled pull
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(http.get(base + "/sync-runs", key).json()
                .at("/items/0/status").asText()));
        scheduler.triggerJob(SyncSchedules.jobKey(UUID.fromString(id)));
        await().atMost(Duration.ofSeconds(30)).until(() -> "SCHEDULE".equals(http.get(base + "/sync-runs", key).json()
                .at("/items/0/trigger").asText()));

        http.delete(base, key);
        await().atMost(Duration.ofSeconds(10)).until(() -> storedTriggers(id).isEmpty());
    }

    @Test
    void hubWideSchedulesAreInTheClusteredJobStore() {
        assertThat(jdbc.queryForList("select trigger_name from qrtz_triggers where trigger_group = 'hub'", String.class))
                .contains("token-refresh", "shopify-webhooks-reassert", "integration-health-check",
                        "sync-schedule-reconcile");
        assertThat(jdbc.queryForObject("select count(*) from qrtz_scheduler_state", Integer.class)).isPositive();
    }
}
