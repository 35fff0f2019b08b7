package com.channelhub.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small HTTP client for tests: real requests on loopback, answers parsed as JSON. */
public final class HubHttp {

    public static final String ADMIN_KEY = "test-admin-key-0123456789abcdef";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String baseUrl;

    public HubHttp(int port) {
        this.baseUrl = "http://localhost:" + port;
    }

    public record Response(int status, String contentType, String body, HttpResponse<String> raw) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("answer is not JSON: " + body, e);
            }
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    public Response get(String path, String key) {
        return send(builder(path, key).GET().build());
    }

    public Response delete(String path, String key) {
        return send(builder(path, key).DELETE().build());
    }

    public Response post(String path, String key, String json) {
        return send(builder(path, key).header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response patch(String path, String key, String json) {
        return send(builder(path, key).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body(), response);
        } catch (IOException e) {
            throw new AssertionError("request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    public HttpRequest.Builder builder(String path, String key) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        return builder;
    }

    public String url(String path) {
        return baseUrl + path;
    }

    /** The path and query of a URL a redirect named (an OAuth callback, a consent page), to follow it here. */
    public static String pathAndQuery(URI uri) {
        return uri.getRawPath() + "?" + uri.getRawQuery();
    }

    /** Creates a project with the admin key and returns its first API key. */
    public String createProject(String slug) {
        Response response = post("/api/projects", ADMIN_KEY, "{\"slug\":\"" + slug + "\",\"name\":\"Project " + slug + "\"}");
        if (response.status() != 201) {
            throw new AssertionError("project " + slug + " not created: " + response.status() + " " + response.body());
        }
        return response.json().get("key").asText();
    }

    public static String uniqueSlug(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }
}
