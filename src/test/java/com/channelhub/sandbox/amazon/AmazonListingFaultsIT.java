package com.channelhub.sandbox.amazon;

import static com.channelhub.sandbox.amazon.AmazonSandboxClient.US;
import static com.channelhub.sandbox.amazon.AmazonSandboxClient.priceChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;

import com.channelhub.support.HubHttp;
import org.junit.jupiter.api.Test;

@AmazonSandboxIT
class AmazonListingFaultsIT extends AmazonSellerTestBase {

    @Override
    int skuCount() {
        return 20;
    }

    private String item(String sku) {
        return "/listings/2021-08-01/items/" + sellerId + "/" + sku + "?marketplaceIds=" + US;
    }

    private void fault(String operation, String kind, int count) {
        amazon.fault("{\"operation\":\"" + operation + "\",\"kind\":\"" + kind + "\",\"count\":" + count
                + ",\"sellerId\":\"" + sellerId + "\",\"delayMillis\":1500}");
    }

    @Test
    void serverErrorsStrikeTheNextCallsOnlyAndCarryNoRateHeader() {
        fault("getListingsItem", "SERVER_ERROR", 1);
        fault("getListingsItem", "SERVICE_UNAVAILABLE", 1);

        HubHttp.Response first = amazon.get(item("T-000001"), token);
        assertThat(first.status()).isEqualTo(500);
        assertThat(first.json().at("/errors/0/code").asText()).isEqualTo("InternalFailure");
        assertThat(first.header("x-amzn-RateLimit-Limit")).isNull();
        HubHttp.Response second = amazon.get(item("T-000001"), token);
        assertThat(second.status()).isEqualTo(503);
        assertThat(amazon.get(item("T-000001"), token).status()).isEqualTo(200);
    }

    @Test
    void anInjectedThrottleIs429QuotaExceeded() {
        fault("patchListingsItem", "THROTTLE", 2);

        HubHttp.Response throttled = amazon.patch(item("T-000001"), token, priceChange("10.00"));
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.json().at("/errors/0/code").asText()).isEqualTo("QuotaExceeded");
        assertThat(amazon.patch(item("T-000001"), token, priceChange("10.00")).status()).isEqualTo(429);
        assertThat(amazon.patch(item("T-000001"), token, priceChange("10.00")).status()).isEqualTo(200);
    }

    @Test
    void aDelayedAnswerMakesTheClientTimeOut() {
        fault("getListingsItem", "DELAY", 1);

        Throwable timeout = org.assertj.core.api.Assertions.catchThrowable(() -> amazon.send(
                amazon.http.builder(AmazonSandboxClient.SP + item("T-000001"), null).header("x-amz-access-token", token)
                        .timeout(Duration.ofMillis(300)).GET().build()));
        assertThat(timeout).hasRootCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void anAcceptedPatchCanSilentlyNeverApply() {
        String before = amazon.control("/sellers/" + sellerId + "/listings/T-000002").get("price").asText();
        fault("patchListingsItem", "NOT_APPLIED", 1);

        assertThat(amazon.patch(item("T-000002"), token, priceChange("12.34")).json().get("status").asText())
                .isEqualTo("ACCEPTED");
        // a later patch with the same delay is applied after it would have been
        amazon.patch(item("T-000003"), token, priceChange("43.21"));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(amazon.control("/sellers/" + sellerId
                + "/listings/T-000003").get("price").decimalValue()).isEqualByComparingTo("43.21"));
        assertThat(amazon.control("/sellers/" + sellerId + "/listings/T-000002").get("price").asText()).isEqualTo(before);
    }

    @Test
    void anAcceptedPatchCanRaiseAnIssueLater() {
        fault("patchListingsItem", "LATE_ISSUE", 1);

        assertThat(amazon.patch(item("T-000004"), token, priceChange("1.00")).json().get("status").asText())
                .isEqualTo("ACCEPTED");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(amazon.get(item("T-000004")
                + "&includedData=issues", token).json().at("/issues/0/code").asText()).isEqualTo("18155"));
    }

    @Test
    void lwaServerErrorsAreInjectable() {
        amazon.fault("{\"operation\":\"lwaToken\",\"kind\":\"SERVER_ERROR\"}");
        amazon.fault("{\"operation\":\"lwaToken\",\"kind\":\"SERVICE_UNAVAILABLE\"}");
        Map<String, String> refresh = Map.of("grant_type", "refresh_token", "refresh_token",
                amazon.refreshToken(sellerId), "client_id", AmazonSandboxClient.CLIENT_ID,
                "client_secret", AmazonSandboxClient.CLIENT_SECRET);

        HubHttp.Response first = amazon.lwaForm(refresh);
        assertThat(first.status()).isEqualTo(500);
        assertThat(first.json().get("error").asText()).isEqualTo("server_error");
        HubHttp.Response second = amazon.lwaForm(refresh);
        assertThat(second.status()).isEqualTo(503);
        assertThat(second.json().get("error").asText()).isEqualTo("temporarily_unavailable");
        assertThat(amazon.lwaForm(refresh).status()).isEqualTo(200);
    }

    @Test
    void aFaultThatCannotHappenToTheOperationIsRefused() {
        HubHttp.Response refused = amazon.http.post("/sandbox/amazon/_control/faults", null,
                "{\"operation\":\"getListingsItem\",\"kind\":\"FATAL\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).contains("does not apply");
    }
}
