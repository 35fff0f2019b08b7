package com.channelhub.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxShopify;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health and schedule of an integration through the API, against a sandbox store installed by OAuth. */
@HubIntegrationTest
class IntegrationHealthApiIT {

    @LocalServerPort
    int port;
    HubHttp http;
    SandboxShopify sandbox;
    SandboxShopify.InstalledStore store;
    String key;

    @BeforeEach
    void installStore() {
        http = new HubHttp(port);
        sandbox = new SandboxShopify(http, port);
        store = sandbox.installInNewProject("health", 2, 1);
        key = store.key();
    }

    @Test
    void onDemandCheckProbesTheShopAndKeepsTheResult() {
        HubHttp.Response checked = http.post(store.path() + "/health/check", key, null);

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.json().get("health").asText()).isEqualTo("HEALTHY");
        assertThat(checked.json().get("message").asText()).startsWith("Shopify answers for");
        assertThat(checked.json().get("status").asText()).isEqualTo("CONNECTED");
        Instant checkedAt = Instant.parse(checked.json().get("checkedAt").asText());

        JsonNode health = http.get(store.path() + "/health", key).json();
        assertThat(health.get("message").asText()).isEqualTo(checked.json().get("message").asText());
        assertThat(Instant.parse(health.get("checkedAt").asText())).isEqualTo(checkedAt);
        assertThat(http.get(store.path(), key).json().at("/health/status").asText()).isEqualTo("HEALTHY");
    }

    @Test
    void aPlatformThatKeepsFailingIsRecordedUnhealthyWithTheReason() {
        sandbox.control("POST", "/" + store.shop() + "/faults", "{\"type\":\"server_error\",\"count\":50,\"status\":503}");

        HubHttp.Response checked = http.post(store.path() + "/health/check", key, null);

        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.json().get("health").asText()).isEqualTo("UNHEALTHY");
        assertThat(checked.json().get("message").asText()).contains("503");
        assertThat(http.get(store.path() + "/health", key).json().get("health").asText()).isEqualTo("UNHEALTHY");
    }

    @Test
    void aDisconnectedIntegrationIsNotCheckedAndAnotherProjectSeesNothing() {
        String otherKey = http.createProject(HubHttp.uniqueSlug("health-other"));
        assertThat(http.get(store.path() + "/health", otherKey).status()).isEqualTo(404);
        assertThat(http.post(store.path() + "/health/check", otherKey, null).status()).isEqualTo(404);

        http.delete(store.path(), key);
        HubHttp.Response refused = http.post(store.path() + "/health/check", key, null);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("DISCONNECTED").contains("Reconnect");
    }

    @Test
    void integrationShowsItsNextScheduledSyncFromTheScheduler() {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode next = http.get(store.path(), key).json().get("nextSync");
            assertThat(next.get("scheduled").asBoolean()).isTrue();
            assertThat(Instant.parse(next.get("nextFireAt").asText())).isAfter(Instant.now());
            assertThat(next.get("description").asText()).isEqualTo("every 60 min");
        });

        http.patch(store.path(), key, "{\"sync\":{\"enabled\":false}}");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode next = http.get(store.path(), key).json().get("nextSync");
            assertThat(next.get("scheduled").asBoolean()).isFalse();
            assertThat(next.has("nextFireAt")).isFalse();
            assertThat(next.get("description").asText()).isEqualTo("not scheduled");
        });
    }
}
