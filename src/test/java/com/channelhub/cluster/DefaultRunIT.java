package com.channelhub.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The README's run command on a fresh machine: the hub with no configuration at all, on its embedded database under
 * a new data directory, with the sandbox and its demo. On the first start the demo project has the demo store and
 * seller connected, pulled and on the sync schedule, and its key is in the data directory, not in the log; started
 * again on the same directory, the demo is connected and pulled again.
 */
class DefaultRunIT {

    private static final Path DATA = Path.of("target", "default-run", "data");
    private static final String INTEGRATIONS = "/api/projects/demo/integrations";

    private HubProcess hub;

    @AfterEach
    void stop() throws InterruptedException {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void demoStoreAndSellerAreConnectedPulledAndScheduledOnTheFirstStartAndAgainAfterARestart() throws Exception {
        deleteRecursively(DATA);
        hub = start();
        Path keyFile = DATA.resolve("demo.key");
        await().atMost(Duration.ofMinutes(1)).until(() -> Files.exists(keyFile) && Files.size(keyFile) > 0);
        String key = Files.readString(keyFile).strip();

        Map<String, JsonNode> first = connectedAndScheduled(key);
        assertThat(first.keySet()).containsExactlyInAnyOrder("SHOPIFY", "AMAZON");
        first.values().forEach(integration -> awaitPulls(key, integration, 1));
        JsonNode products = hub.http.get("/api/projects/demo/products?size=1", key).json();
        assertThat(products.at("/items/0/variants/0/channels").size()).as(products.toString()).isPositive();
        assertThat(hub.output()).doesNotContain(key);

        // the sandbox forgot the credentials it issued; the database kept them: the demo connects again
        hub.close();
        hub = start();
        Map<String, JsonNode> again = connectedAndScheduled(key);
        assertThat(again.keySet()).isEqualTo(first.keySet());
        for (Map.Entry<String, JsonNode> integration : again.entrySet()) {
            assertThat(integration.getValue().get("id")).isEqualTo(first.get(integration.getKey()).get("id"));
            awaitPulls(key, integration.getValue(), 2);
        }
    }

    private static HubProcess start() {
        // only what the README's command sets: the port is chosen by the test, everything else is the default
        HubProcess started = HubProcess.start("default-run", Map.of("hub.data-directory", DATA.toString()),
                Path.of("target", "default-run"));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(started::isUp);
        return started;
    }

    /** The demo project's integrations once both are CONNECTED with a sync trigger, by platform. */
    private Map<String, JsonNode> connectedAndScheduled(String key) {
        Map<String, JsonNode> byPlatform = new HashMap<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode list = hub.http.get(INTEGRATIONS, key).json();
            assertThat(list).hasSize(2);
            for (JsonNode integration : list) {
                assertThat(integration.get("status").asText()).as(integration.toString()).isEqualTo("CONNECTED");
                // the schedule follows the install itself, not the periodic reconcile minutes later
                assertThat(integration.at("/nextSync/scheduled").asBoolean()).as(integration.toString()).isTrue();
                byPlatform.put(integration.get("platform").asText(), integration);
            }
        });
        return byPlatform;
    }

    /** Waits until the integration has {@code count} pulls, every one SUCCEEDED. */
    private void awaitPulls(String key, JsonNode integration, int count) {
        String runs = INTEGRATIONS + "/" + integration.get("id").asText() + "/sync-runs";
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            JsonNode items = hub.http.get(runs, key).json().get("items");
            assertThat(items).as(items.toString()).hasSize(count);
            items.forEach(run -> assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED"));
        });
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
