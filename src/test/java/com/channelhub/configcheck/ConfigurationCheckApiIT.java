package com.channelhub.configcheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxShopify;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** {@code POST /api/admin/config/check} on a running hub: live calls with the app's and each store's credentials. */
@HubIntegrationTest
class ConfigurationCheckApiIT {

    @LocalServerPort
    int port;
    HubHttp http;
    SandboxShopify sandbox;
    SandboxShopify.InstalledStore installed;

    @BeforeEach
    void installStore() {
        http = new HubHttp(port);
        sandbox = new SandboxShopify(http, port);
        installed = sandbox.installInNewProject("check", 1, 1);
    }

    private HubHttp.Response check(String key) {
        return http.post("/api/admin/config/check?project=" + installed.slug(), key, null);
    }

    private static JsonNode row(JsonNode report, String area, String check) {
        for (JsonNode result : report.get("results")) {
            if (result.get("area").asText().equals(area) && result.get("check").asText().equals(check)) {
                return result;
            }
        }
        throw new AssertionError("no result " + area + " / " + check + " in " + report);
    }

    @Test
    void runningHubPassesItsLiveChecks() {
        HubHttp.Response response = check(HubHttp.ADMIN_KEY);

        assertThat(response.status()).isEqualTo(200);
        JsonNode report = response.json();
        assertThat(report.get("status").asText()).isEqualTo("WARN"); // http public URL, fine with the sandbox
        assertThat(row(report, "Database", "schema version").get("status").asText()).isEqualTo("PASS");
        assertThat(row(report, "Database", "connection").get("detail").asText()).startsWith("PostgreSQL");
        assertThat(row(report, "Amazon", "LWA credentials (live)").get("detail").asText())
                .startsWith("LWA issued a grantless token");
        JsonNode store = row(report, "SHOPIFY " + installed.shop(), "project " + installed.slug());
        assertThat(store.get("status").asText()).isEqualTo("PASS");
        assertThat(store.get("detail").asText()).startsWith("Shopify answers for");
        assertThat(response.body()).doesNotContain("test-shopify-client-secret").doesNotContain("test-secret-0123456789");
    }

    @Test
    void storeThatFailsItsLiveCallFailsTheCheck() {
        sandbox.control("POST", "/" + installed.shop() + "/faults", "{\"type\":\"server_error\",\"count\":50,\"status\":503}");

        JsonNode report = check(HubHttp.ADMIN_KEY).json();

        assertThat(report.get("status").asText()).isEqualTo("FAIL");
        JsonNode store = row(report, "SHOPIFY " + installed.shop(), "project " + installed.slug());
        assertThat(store.get("status").asText()).isEqualTo("FAIL");
        assertThat(store.get("detail").asText()).contains("503");
        assertThat(store.get("action").asText()).isNotBlank();
    }

    @Test
    void onlyTheAdminKeyMayCheckAndAnUnknownProjectIsNotFound() {
        assertThat(check(installed.key()).status()).isEqualTo(401);
        assertThat(check(null).status()).isEqualTo(401);
        assertThat(http.post("/api/admin/config/check?project=no-such-project", HubHttp.ADMIN_KEY, null).status())
                .isEqualTo(404);
    }
}
