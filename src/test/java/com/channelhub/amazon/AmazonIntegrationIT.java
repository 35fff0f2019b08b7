package com.channelhub.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.util.List;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.support.FirstPull;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxAmazon;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** An Amazon seller connected to a project, its listings pulled and its prices changed, against the SP-API sandbox. */
@HubIntegrationTest
class AmazonIntegrationIT {

    @LocalServerPort
    int port;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;

    HubHttp http;
    SandboxAmazon sandbox;
    String slug;
    String key;
    String sellerId;

    @BeforeEach
    void setUp() {
        http = new HubHttp(port);
        sandbox = new SandboxAmazon(http);
        slug = HubHttp.uniqueSlug("amzn");
        key = http.createProject(slug);
        sellerId = SandboxAmazon.newSellerId();
        sandbox.createSeller(sellerId, 20, "T-", 5);
    }

    private String base() {
        return "/api/projects/" + slug + "/integrations";
    }

    private String connectSelfAuthorized() {
        return sandbox.connect(slug, key, sellerId).get("id").asText();
    }

    private JsonNode latestRun(String integrationId) {
        return http.get(base() + "/" + integrationId + "/sync-runs", key).json().at("/items/0");
    }

    @Test
    void websiteAuthorizationConnectsTheSellerAndPullsItsListings() {
        HubHttp.Response install = http.get("/api/platforms/amazon/oauth/install?project=" + slug
                + "&region=NA&marketplaceIds=ATVPDKIKX0DER", key);
        assertThat(install.status()).isEqualTo(302);
        String consent = install.header("Location");
        assertThat(consent).startsWith("http://localhost:" + port + "/sandbox/amazon/sellercentral/apps/authorize/consent?")
                .contains("application_id=amzn1.sp.solution.test-application").contains("state=");

        // the seller confirms in Seller Central (auto-approved here) as the seller this test created
        HubHttp.Response confirmed = http.get(consent.replace("http://localhost:" + port, "") + "&selling_partner_id="
                + sellerId, null);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(302);
        HubHttp.Response done = http.get(HubHttp.pathAndQuery(URI.create(confirmed.header("Location"))), null);

        assertThat(done.status()).as(done.body()).isEqualTo(302);
        JsonNode integration = http.get(base(), key).json().get(0);
        assertThat(integration.get("status").asText()).isEqualTo("CONNECTED");
        String id = integration.get("id").asText();
        JsonNode run = FirstPull.awaitSucceeded(http, slug, key, id);
        assertThat(run.get("processedItems").asInt()).isEqualTo(20);
        assertThat(jdbc.queryForObject("select count(*) from channel_variants where integration_id = ?::uuid"
                + " and fulfillment_channel like 'AMAZON%'", Integer.class, id)).isEqualTo(4);
    }

    @Test
    void selfAuthorizedTokenIsVerifiedAndRevocationMarksReauthorization() {
        String id = connectSelfAuthorized();
        assertThat(http.get(base() + "/" + id, key).json().get("status").asText()).isEqualTo("CONNECTED");
        FirstPull.awaitSucceeded(http, slug, key, id);

        http.post(SandboxAmazon.CONTROL + "/sellers/" + sellerId + "/revoke", null, null);
        http.post(SandboxAmazon.CONTROL + "/lwa/expire", null, "{\"token\":\"all\"}");
        producer.sendBodyAndHeader("direct:amazon-verify-credentials", null, "HubIntegrationId", id);

        JsonNode after = http.get(base() + "/" + id, key).json();
        assertThat(after.get("status").asText()).isEqualTo("NEEDS_REAUTH");
        assertThat(after.get("statusReason").asText()).contains("invalid_grant");
    }

    @Test
    void badRefreshTokenIsNotConnected() {
        HubHttp.Response created = http.post(base(), key, """
                {"platform":"AMAZON","externalAccount":"%s","region":"NA","marketplaceIds":["ATVPDKIKX0DER"],
                 "credentials":{"refreshToken":"Atzr|not-a-token-amazon-issued"}}""".formatted(sellerId));

        assertThat(created.json().get("status").asText()).isEqualTo("NEEDS_REAUTH");
        assertThat(created.json().get("statusReason").asText()).contains("invalid_grant");
    }

    @Test
    void cancelledReportEndsThePullWithAClearStatus() {
        String id = connectSelfAuthorized();
        FirstPull.awaitSucceeded(http, slug, key, id);
        http.post(SandboxAmazon.CONTROL + "/faults", null, "{\"operation\":\"createReport\",\"kind\":\"CANCELLED\",\"sellerId\":\""
                + sellerId + "\"}");

        HubHttp.Response started = http.post(base() + "/" + id + "/sync", key, "{\"mode\":\"full\"}");

        assertThat(started.status()).isEqualTo(202);
        String runId = started.json().get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(http.get(base() + "/" + id + "/sync-runs/"
                + runId, key).json().get("status").asText()));
        JsonNode run = http.get(base() + "/" + id + "/sync-runs/" + runId, key).json();
        assertThat(run.get("status").asText()).isEqualTo("FAILED");
        assertThat(run.get("errorSummary").asText()).contains("cancelled the listings report");
    }

    @Test
    void pricePatchesAreAcceptedAndBadOnesRejectedWithTheReason() {
        String id = connectSelfAuthorized();
        FirstPull.awaitSucceeded(http, slug, key, id);
        String sku = jdbc.queryForObject("select sku from channel_variants where integration_id = ?::uuid"
                + " and fulfillment_channel = 'DEFAULT' order by sku limit 1", String.class, id);

        @SuppressWarnings("unchecked")
        List<PriceResult> results = producer.requestBodyAndHeader("direct:amazon-price-push", List.of(
                new PriceChange("1", sku, null, null, new BigDecimal("21.50"), null, "USD"),
                new PriceChange("2", sku, null, null, new BigDecimal("-3.00"), null, "USD"),
                new PriceChange("3", sku, null, null, new BigDecimal("9.999"), null, "USD"),
                new PriceChange("4", sku, null, null, new BigDecimal("9.99"), null, "EUR")),
                "HubIntegrationId", id, List.class);

        assertThat(results).extracting(PriceResult::outcome)
                .containsExactly(PriceOutcome.ACCEPTED, PriceOutcome.REJECTED, PriceOutcome.REJECTED, PriceOutcome.REJECTED);
        assertThat(results.get(3).message()).contains("USD");
        await().atMost(Duration.ofSeconds(10)).until(() -> sandbox.listingPrice(sellerId, sku)
                .compareTo(new BigDecimal("21.50")) == 0);
        assertThat(latestRun(id).get("kind").asText()).isEqualTo("PRICE_PUSH");
        assertThat(latestRun(id).get("status").asText()).isEqualTo("PARTIAL");
    }
}
