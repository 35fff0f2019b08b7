package com.channelhub.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.channelhub.connector.PriceChange;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxShopify;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** A price push that failed for good is a dead letter whose replay sends the same prices once the store answers. */
@HubIntegrationTest
class PricePushReplayIT {

    @LocalServerPort
    int port;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void deadLetteredPricePushIsReplayedFromItsStoredJson() {
        HubHttp http = new HubHttp(port);
        SandboxShopify sandbox = new SandboxShopify(http, port);
        SandboxShopify.InstalledStore store = sandbox.installAndPullInNewProject("replay", 2, 1);
        String integrationId = store.integrationId();
        String shop = store.shop();
        String sku = jdbc.queryForObject("select sku from channel_variants where integration_id = ?::uuid order by sku"
                + " limit 1", String.class, integrationId);

        // every answer of the store is a truncated body until the faults are cleared: the push fails for good
        sandbox.control("POST", "/" + shop + "/faults", "{\"type\":\"malformed_json\",\"count\":50}");
        producer.sendBodyAndHeader("direct:shopify-price-push", List.of(new PriceChange("1", sku, null, null,
                new BigDecimal("23.45"), null, "USD")), "HubIntegrationId", integrationId);
        sandbox.control("DELETE", "/" + shop + "/faults", null);
        JsonNode letter = http.get("/api/dead-letters?routeId=shopify-price-push&integrationId=" + integrationId,
                HubHttp.ADMIN_KEY).json().at("/items/0");
        assertThat(letter.at("/message/body").asText()).contains(sku).contains("23.45");

        JsonNode replayed = http.post("/api/dead-letters/" + letter.get("id").asText() + "/replay", HubHttp.ADMIN_KEY, null)
                .json();

        assertThat(replayed.at("/replay/lastOutcome").asText()).as(replayed.toString()).isEqualTo("SUCCEEDED");
        assertThat(jdbc.queryForObject("select price from channel_variants where integration_id = ?::uuid and sku = ?",
                BigDecimal.class, integrationId, sku)).isEqualByComparingTo("23.45");
    }

    @Test
    void aPricePushWhoseBodyIsNotPriceChangesIsRefusedWithTheReason() {
        HubHttp http = new HubHttp(port);
        String slug = HubHttp.uniqueSlug("replay-bad");
        String key = http.createProject(slug);
        String integrationId = http.post("/api/projects/" + slug + "/integrations", key,
                "{\"platform\":\"SHOPIFY\",\"externalAccount\":\"" + slug + ".myshopify.com\"}").json().get("id").asText();

        producer.sendBodyAndHeader("direct:shopify-price-push", "{\"not\":\"a list\"}", "HubIntegrationId", integrationId);

        JsonNode letter = http.get("/api/dead-letters?routeId=shopify-price-push&integrationId=" + integrationId,
                HubHttp.ADMIN_KEY).json().at("/items/0");
        assertThat(letter.at("/failure/message").asText()).startsWith("The body is not a JSON list of price changes");
    }
}
