package com.channelhub.sandbox.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.channelhub.support.HubHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@AmazonSandboxIT
class AmazonSpApiAccessIT {

    @LocalServerPort
    int port;
    AmazonSandboxClient amazon;

    @BeforeEach
    void setUp() {
        amazon = new AmazonSandboxClient(port);
    }

    @Test
    void aCallWithoutAccessTokenIs403UnauthorizedWithoutRateHeader() {
        String sellerId = amazon.newSeller(5);
        HubHttp.Response response = amazon.get("/listings/2021-08-01/items/" + sellerId + "/T-000001?marketplaceIds="
                + AmazonSandboxClient.US, null);

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().toString()).isEqualTo(
                "{\"errors\":[{\"code\":\"Unauthorized\",\"message\":\"Access to requested resource is denied.\",\"details\":\"\"}]}");
        assertThat(response.header("x-amzn-RequestId")).isNotBlank();
        assertThat(response.header("x-amzn-RateLimit-Limit")).isNull();
    }

    @Test
    void anExpiredOrUnknownAccessTokenIs403() {
        String sellerId = amazon.newSeller(5);
        String token = amazon.accessToken(sellerId);
        String path = "/listings/2021-08-01/items/" + sellerId + "/T-000001?marketplaceIds=" + AmazonSandboxClient.US;
        assertThat(amazon.get(path, token).status()).isEqualTo(200);

        amazon.http.post("/sandbox/amazon/_control/lwa/expire", null, "{\"token\":\"" + token + "\"}");
        HubHttp.Response expired = amazon.get(path, token);
        assertThat(expired.status()).isEqualTo(403);
        assertThat(expired.json().at("/errors/0/code").asText()).isEqualTo("Unauthorized");
        assertThat(expired.json().at("/errors/0/details").asText()).contains("expired");

        HubHttp.Response unknown = amazon.get(path, "Atza|not-a-token");
        assertThat(unknown.status()).isEqualTo(403);
        assertThat(unknown.json().at("/errors/0/details").asText())
                .isEqualTo("The access token you provided is revoked, malformed or invalid.");
    }

    @Test
    void anotherSellersPathIsDenied() {
        String token = amazon.accessToken(amazon.newSeller(5));
        String other = amazon.newSeller(5);
        assertThat(amazon.get("/listings/2021-08-01/items/" + other + "/T-000001?marketplaceIds="
                + AmazonSandboxClient.US, token).status()).isEqualTo(403);
    }

    @Test
    void anEmptyBucketAnswers429QuotaExceededWithoutRateHeader() {
        String sellerId = amazon.newSeller(5);
        String token = amazon.accessToken(sellerId);
        String asin = amazon.get("/listings/2021-08-01/items/" + sellerId + "/T-000001?marketplaceIds="
                + AmazonSandboxClient.US, token).json().at("/summaries/0/asin").asText();

        // getCatalogItem: 2 requests per second, burst 2
        List<HubHttp.Response> answers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            answers.add(amazon.get("/catalog/2022-04-01/items/" + asin + "?marketplaceIds=" + AmazonSandboxClient.US,
                    token));
        }

        HubHttp.Response first = answers.get(0);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("x-amzn-RateLimit-Limit")).isEqualTo("2.0");
        HubHttp.Response throttled = answers.stream().filter(answer -> answer.status() == 429).findFirst()
                .orElseThrow(() -> new AssertionError("no 429 among 8 calls in a row at 2 rps / burst 2"));
        assertThat(throttled.json().toString()).isEqualTo("{\"errors\":[{\"code\":\"QuotaExceeded\","
                + "\"message\":\"You exceeded your quota for the requested resource.\",\"details\":\"\"}]}");
        assertThat(throttled.header("x-amzn-RateLimit-Limit")).isNull();
        assertThat(throttled.header("x-amzn-RequestId")).isNotBlank();
        long throttledCount = answers.stream().filter(answer -> answer.status() == 429).count();
        assertThat(amazon.control("/sellers/" + sellerId + "/counters").at("/throttled/getCatalogItem").asLong())
                .isEqualTo(throttledCount);
        assertThat(amazon.control("/sellers/" + sellerId + "/counters").at("/requests/getCatalogItem").asLong())
                .isEqualTo(8);
    }
}
