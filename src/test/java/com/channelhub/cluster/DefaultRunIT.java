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
 * seller connected, pulled and on the sync schedule, and its key is in the data directory, not in the log.
 */
class DefaultRunIT {

    private static final Path DATA = Path.of("target", "default-run", "data");

    private HubProcess hub;

    @AfterEach
    void stop() throws InterruptedException {
        if (hub != null) {
            hub.close();
        }
    }

    @Test
    void firstStartHasTheDemoStoreAndSellerConnectedPulledAndScheduled() throws IOException {
        deleteRecursively(DATA);
        // only what the README's command sets: the port is chosen by the test, everything else is the default
        hub = HubProcess.start("default-run", Map.of("hub.data-directory", DATA.toString()),
                Path.of("target", "default-run"));
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(hub::isUp);
        Path keyFile = DATA.resolve("demo.key");
        await().atMost(Duration.ofMinutes(1)).until(() -> Files.exists(keyFile) && Files.size(keyFile) > 0);
        String key = Files.readString(keyFile).strip();
        String integrations = "/api/projects/demo/integrations";

        Map<String, JsonNode> byPlatform = new HashMap<>();
        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode list = hub.http.get(integrations, key).json();
            assertThat(list).hasSize(2);
            for (JsonNode integration : list) {
                assertThat(integration.get("status").asText()).as(integration.toString()).isEqualTo("CONNECTED");
                // the schedule follows the install itself, not the periodic reconcile minutes later
                assertThat(integration.at("/nextSync/scheduled").asBoolean()).as(integration.toString()).isTrue();
                byPlatform.put(integration.get("platform").asText(), integration);
            }
        });
        assertThat(byPlatform.keySet()).containsExactlyInAnyOrder("SHOPIFY", "AMAZON");
        for (JsonNode integration : byPlatform.values()) {
            String runs = integrations + "/" + integration.get("id").asText() + "/sync-runs";
            await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                JsonNode first = hub.http.get(runs, key).json().at("/items/0");
                assertThat(first.path("status").asText()).as(first.toString()).isEqualTo("SUCCEEDED");
            });
        }
        JsonNode products = hub.http.get("/api/projects/demo/products?size=1", key).json();
        assertThat(products.at("/items/0/variants/0/channels").size()).as(products.toString()).isPositive();
        assertThat(hub.output()).doesNotContain(key);
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
