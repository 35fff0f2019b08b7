package com.channelhub.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/** The catalog pull the hub starts as an integration connects, which most tests need finished before they begin. */
public final class FirstPull {

    /** Room for the largest first pull of the tests, a seller of 1,600 listings, on a busy machine. */
    private static final Duration AT_MOST = Duration.ofSeconds(180);

    private FirstPull() {
    }

    /**
     * Waits for the integration's latest sync run (the first pull, recorded before the install or connection
     * answered) to end, and answers it; fails with the run when it did not succeed.
     */
    public static JsonNode awaitSucceeded(HubHttp http, String slug, String key, String integrationId) {
        String runs = "/api/projects/" + slug + "/integrations/" + integrationId + "/sync-runs";
        JsonNode run = await().atMost(AT_MOST).until(() -> http.get(runs, key).json().at("/items/0"),
                latest -> !latest.isMissingNode() && !"RUNNING".equals(latest.path("status").asText()));
        assertThat(run.get("status").asText()).as(run.toString()).isEqualTo("SUCCEEDED");
        return run;
    }
}
