package com.channelhub.benchmark;

import java.time.Duration;
import java.time.Instant;

import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.databind.JsonNode;

/** Waits for a sync run through the hub's API, as a client of the hub would. */
final class SyncRuns {

    private final HubHttp http;
    private final String key;
    private final String base;

    SyncRuns(HubHttp http, String slug, String key, String integrationId) {
        this.http = http;
        this.key = key;
        this.base = "/api/projects/" + slug + "/integrations/" + integrationId;
    }

    /** The newest run, or null when there is none yet. */
    JsonNode latest() {
        JsonNode items = http.get(base + "/sync-runs", key).json().path("items");
        return items.isEmpty() ? null : items.get(0);
    }

    /** Starts a full pull and answers its run id. */
    String startFull() {
        HubHttp.Response started = http.post(base + "/sync", key, "{\"mode\":\"full\"}");
        if (started.status() != 202) {
            throw new IllegalStateException("sync not started: " + started.status() + " " + started.body());
        }
        return started.json().get("id").asText();
    }

    /** Polls the run every 250 ms until it is no longer RUNNING; answers its last view. */
    JsonNode awaitEnd(String runId, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            JsonNode run = http.get(base + "/sync-runs/" + runId, key).json();
            if (!"RUNNING".equals(run.path("status").asText())) {
                return run;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("run " + runId + " still RUNNING after " + timeout + ": " + run);
            }
            Thread.sleep(250);
        }
    }

    /** Waits for the first run of a new integration to exist, then for its end. */
    JsonNode awaitFirstRun(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode run = latest();
        while (run == null) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("no sync run started within " + timeout);
            }
            Thread.sleep(100);
            run = latest();
        }
        return awaitEnd(run.get("id").asText(), timeout);
    }

    /** Waits for the first run of a new integration to exist, asks to cancel it and waits for its end. */
    JsonNode cancelFirstRun(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        JsonNode run = latest();
        while (run == null && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            run = latest();
        }
        if (run == null) {
            throw new IllegalStateException("no sync run started within " + timeout);
        }
        String runId = run.get("id").asText();
        http.post(base + "/sync-runs/" + runId + "/cancel", key, null);
        return awaitEnd(runId, timeout);
    }

    /** The run's own duration, from the hub's timestamps. */
    static Duration duration(JsonNode run) {
        return Duration.between(Instant.parse(run.get("startedAt").asText()), Instant.parse(run.get("finishedAt").asText()));
    }
}
