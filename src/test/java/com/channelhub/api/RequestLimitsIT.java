package com.channelhub.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@HubIntegrationTest
class RequestLimitsIT {

    @LocalServerPort
    int port;

    private static String oversizedProject() {
        return "{\"slug\":\"big\",\"name\":\"" + "x".repeat(1_100_000) + "\"}";
    }

    @Test
    void bodyOverTheLimitIsRefusedWith413() {
        HubHttp.Response response = new HubHttp(port).post("/api/projects", HubHttp.ADMIN_KEY, oversizedProject());

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).contains("1048576");
    }

    @Test
    void chunkedBodyOverTheLimitIsRefusedWith413() {
        HubHttp http = new HubHttp(port);
        byte[] body = oversizedProject().getBytes();
        HttpRequest request = http.builder("/api/projects", HubHttp.ADMIN_KEY)
                .header("Content-Type", "application/json")
                // an InputStream publisher has no known length, so the client sends it chunked
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();

        assertThat(http.send(request).status()).isEqualTo(413);
    }

    @Test
    void bodyThatIsNotJsonIsRefusedWith415() {
        HubHttp http = new HubHttp(port);
        HttpRequest request = http.builder("/api/projects", HubHttp.ADMIN_KEY).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("slug,name\na,b")).build();

        HubHttp.Response response = http.send(request);

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().get("detail").asText()).contains("text/csv");
    }

    @Test
    void malformedJsonIsA400ThatSaysWhere() {
        HubHttp.Response response = new HubHttp(port).post("/api/projects", HubHttp.ADMIN_KEY, "{\"slug\": }");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("detail").asText()).contains("line 1");
        assertThat(response.body()).doesNotContain("at com.").doesNotContain("Exception");
    }

    @Test
    void openApiDocumentDescribesTheApi() {
        HubHttp.Response response = new HubHttp(port).get("/api/openapi.json", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("openapi").asText()).startsWith("3.");
        assertThat(response.json().get("paths").has("/projects/{slug}/integrations")).isTrue();
        assertThat(response.json().get("paths").has("/dead-letters/{id}/replay")).isTrue();
    }

    @Test
    void metricsIncludeCamelRoutes() {
        HubHttp.Response response = new HubHttp(port).get("/actuator/prometheus", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("camel_exchanges").contains("routeId=\"dead-letter\"");
        // consumers report ready after their first poll
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> "UP".equals(
                new HubHttp(port).get("/actuator/health", null).json().at("/components/camelHealth/status").asText()));
        HubHttp.Response health = new HubHttp(port).get("/actuator/health", null);
        assertThat(health.json().at("/components/db/status").asText()).isEqualTo("UP");
    }
}
