package com.channelhub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@HubIntegrationTest
class ProjectApiIT {

    @LocalServerPort
    int port;
    HubHttp http;

    @BeforeEach
    void setUp() {
        http = new HubHttp(port);
    }

    @Test
    void adminCreatesProjectAndReceivesItsKeyOnce() {
        String slug = HubHttp.uniqueSlug("acme");
        HubHttp.Response created = http.post("/api/projects", HubHttp.ADMIN_KEY,
                "{\"slug\":\"" + slug + "\",\"name\":\"Acme\"}");

        assertThat(created.status()).isEqualTo(201);
        String key = created.json().get("key").asText();
        assertThat(key).startsWith("chk_");
        assertThat(created.json().at("/apiKey/prefix").asText()).isEqualTo(key.substring(0, 12));

        HubHttp.Response project = http.get("/api/projects/" + slug, key);
        assertThat(project.status()).isEqualTo(200);
        assertThat(project.json().get("name").asText()).isEqualTo("Acme");

        JsonNode keys = http.get("/api/projects/" + slug + "/api-keys", key).json();
        assertThat(keys).hasSize(1);
        assertThat(keys.get(0).has("key")).isFalse();
        assertThat(keys.toString()).doesNotContain(key);
    }

    @Test
    void creatingProjectNeedsTheAdminKey() {
        String otherKey = http.createProject(HubHttp.uniqueSlug("other"));
        HubHttp.Response response = http.post("/api/projects", otherKey, "{\"slug\":\"nope\",\"name\":\"Nope\"}");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void duplicateSlugIsAConflict() {
        String slug = HubHttp.uniqueSlug("dup");
        http.createProject(slug);
        HubHttp.Response again = http.post("/api/projects", HubHttp.ADMIN_KEY, "{\"slug\":\"" + slug + "\",\"name\":\"Again\"}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains(slug);
    }

    @Test
    void invalidProjectNamesEachBadField() {
        HubHttp.Response response = http.post("/api/projects", HubHttp.ADMIN_KEY, "{\"slug\":\"Not A Slug\",\"name\":\"\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText())
                .containsExactlyInAnyOrder("slug", "name");
    }

    @Test
    void revokedKeyNoLongerOpensTheProject() {
        String slug = HubHttp.uniqueSlug("revoke");
        String key = http.createProject(slug);
        HubHttp.Response second = http.post("/api/projects/" + slug + "/api-keys?label=ci", key, null);
        assertThat(second.status()).isEqualTo(201);
        String secondKey = second.json().get("key").asText();
        String secondId = second.json().at("/apiKey/id").asText();

        assertThat(http.delete("/api/projects/" + slug + "/api-keys/" + secondId, key).status()).isEqualTo(204);

        assertThat(http.get("/api/projects/" + slug, secondKey).status()).isEqualTo(401);
        assertThat(http.get("/api/projects/" + slug, key).status()).isEqualTo(200);
    }
}
