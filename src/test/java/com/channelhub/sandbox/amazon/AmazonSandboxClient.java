package com.channelhub.sandbox.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;

import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.databind.JsonNode;

/** Talks to the Amazon sandbox the way a connector would, plus the control API, over real HTTP on loopback. */
final class AmazonSandboxClient {

    static final String CLIENT_ID = "amzn1.application-oa2-client.test";
    static final String CLIENT_SECRET = "amzn1.oa2-cs.v1.test-secret-0123456789";
    static final String APPLICATION_ID = "amzn1.sp.solution.test-application";
    static final String US = "ATVPDKIKX0DER";
    static final String SP = "/sandbox/amazon/sp/na";
    static final String CONTROL = "/sandbox/amazon/_control";

    final HubHttp http;
    private final HttpClient raw = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    AmazonSandboxClient(int port) {
        this.http = new HubHttp(port);
    }

    /** A fresh NA seller with its own catalog, buckets and windows; SKUs are {@code T-000001…}. */
    String newSeller(int skuCount) {
        String sellerId = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
        HubHttp.Response created = http.post(CONTROL + "/sellers", null, "{\"sellerId\":\"" + sellerId
                + "\",\"skuCount\":" + skuCount + ",\"skuPrefix\":\"T-\",\"fbaEvery\":10}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return sellerId;
    }

    String refreshToken(String sellerId) {
        return http.post(CONTROL + "/sellers/" + sellerId + "/authorize", null, null).json().get("refreshToken").asText();
    }

    /** An access token for the seller, through self-authorization and the LWA refresh grant. */
    String accessToken(String sellerId) {
        HubHttp.Response token = lwaForm(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken(sellerId),
                "client_id", CLIENT_ID, "client_secret", CLIENT_SECRET));
        assertThat(token.status()).as(token.body()).isEqualTo(200);
        return token.json().get("access_token").asText();
    }

    HubHttp.Response lwaForm(Map<String, String> fields) {
        String form = fields.entrySet().stream().map(field -> field.getKey() + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return http.send(http.builder("/sandbox/amazon/lwa/auth/o2/token", null)
                .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    HubHttp.Response lwaJson(String json) {
        return http.post("/sandbox/amazon/lwa/auth/o2/token", null, json);
    }

    HubHttp.Response get(String path, String accessToken) {
        return http.send(sp(path, accessToken).GET().build());
    }

    HubHttp.Response post(String path, String accessToken, String json) {
        return http.send(sp(path, accessToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HubHttp.Response patch(String path, String accessToken, String json) {
        return http.send(sp(path, accessToken).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HubHttp.Response delete(String path, String accessToken) {
        return http.send(sp(path, accessToken).DELETE().build());
    }

    private HttpRequest.Builder sp(String path, String accessToken) {
        HttpRequest.Builder builder = http.builder(SP + path, null).header("user-agent", "ChannelHubTest/1.0 (Language=Java/17)");
        return accessToken == null ? builder : builder.header("x-amz-access-token", accessToken);
    }

    JsonNode control(String path) {
        HubHttp.Response response = http.get(CONTROL + path, null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    void fault(String json) {
        HubHttp.Response response = http.post(CONTROL + "/faults", null, json);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    /** PUT to a presigned URL, as to S3: no access token. */
    HttpResponse<String> upload(String url, String contentType, String body) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Downloads a document, gunzipping it when the document info says GZIP. */
    String download(JsonNode documentInfo) {
        HttpResponse<byte[]> response;
        try {
            response = raw.send(HttpRequest.newBuilder(URI.create(documentInfo.get("url").asText())).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            if ("GZIP".equals(documentInfo.path("compressionAlgorithm").asText())) {
                try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return new String(response.body(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return raw.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String sku(int index) {
        return String.format("T-%06d", index);
    }

    static String priceChange(String amount) {
        return "{\"productType\":\"PRODUCT\",\"patches\":[{\"op\":\"replace\",\"path\":\"/attributes/purchasable_offer\","
                + "\"value\":[{\"marketplace_id\":\"" + US + "\",\"currency\":\"USD\",\"our_price\":[{\"schedule\":"
                + "[{\"value_with_tax\":" + amount + "}]}]}]}]}";
    }
}
