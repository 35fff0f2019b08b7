package com.channelhub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.channelhub.support.HubHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The hub as {@code ./mvnw spring-boot:run} starts it: no configuration at all, an embedded database under the data
 * directory that survives a restart, generated keys, and YAML routes read from disk.
 */
class EmbeddedDefaultIT {

    @TempDir
    Path dataDirectory;

    private ConfigurableApplicationContext start(String... extra) {
        String[] arguments = new String[extra.length + 2];
        arguments[0] = "--server.port=0";
        arguments[1] = "--hub.data-directory=" + dataDirectory;
        for (int i = 0; i < extra.length; i++) {
            arguments[i + 2] = "--" + extra[i];
        }
        return new SpringApplicationBuilder(ChannelHubApplication.class).run(arguments);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Test
    void hubStartsOnTheEmbeddedDatabaseAndKeepsDataAcrossRestarts() throws IOException {
        String slug = HubHttp.uniqueSlug("embedded");
        String projectKey;
        try (ConfigurableApplicationContext hub = start()) {
            assertThat(Files.exists(dataDirectory.resolve("channelhub.mv.db"))).isTrue();
            String adminKey = Files.readString(dataDirectory.resolve("admin.key")).trim();
            HubHttp http = new HubHttp(port(hub));
            HubHttp.Response created = http.post("/api/projects", adminKey, "{\"slug\":\"" + slug + "\",\"name\":\"Embedded\"}");
            assertThat(created.status()).isEqualTo(201);
            projectKey = created.json().get("key").asText();
            // consumers report ready after their first poll
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                    .until(() -> "UP".equals(http.get("/actuator/health", null).json().get("status").asText()));
        }

        try (ConfigurableApplicationContext restarted = start()) {
            HubHttp http = new HubHttp(port(restarted));
            HubHttp.Response project = http.get("/api/projects/" + slug, projectKey);
            assertThat(project.status()).isEqualTo(200);
            assertThat(project.json().get("name").asText()).isEqualTo("Embedded");
        }
    }

    @Test
    void badConfigurationStopsStartUpNamingEveryBadVariable() {
        assertThatThrownBy(() -> start("hub.sandbox.enabled=false", "hub.encryption.key=too-short",
                "hub.shopify.client-id=only-the-id",
                "hub.public-base-url=not a url").close())
                .hasStackTraceContaining("HUB_ENCRYPTION_KEY")
                .hasStackTraceContaining("HUB_SHOPIFY_CLIENT_SECRET")
                .hasStackTraceContaining("HUB_PUBLIC_BASE_URL");
    }

    @Test
    void routeThatDoesNotParseStopsStartUpNamingFileAndLine(@TempDir Path routes) throws IOException {
        for (Path route : Files.newDirectoryStream(Path.of("routes"), "*.yaml")) {
            Files.copy(route, routes.resolve(route.getFileName()));
        }
        Files.writeString(routes.resolve("broken-flow.yaml"), """
                - route:
                    id: broken-flow
                    from:
                      uri: direct:broken
                      steps:
                        - log: "fine"
                        - sendToo:
                            uri: log:never
                """);

        assertThatThrownBy(() -> start("hub.routes-directory=" + routes).close())
                .hasStackTraceContaining("broken-flow.yaml, line 7");
    }
}
