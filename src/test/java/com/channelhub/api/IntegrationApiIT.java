package com.channelhub.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@HubIntegrationTest
class IntegrationApiIT {

    /** An Amazon account without credentials: it stays PENDING (with credentials, the hub verifies them first). */
    private static final String AMAZON = """
            {"platform":"AMAZON","externalAccount":"A2EXAMPLE12345","region":"NA","marketplaceIds":["ATVPDKIKX0DER"]}""";
    /** A Shopify custom-app token given through the API. */
    private static final String SHOPIFY_WITH_TOKEN = """
            {"platform":"SHOPIFY","externalAccount":"custom-app-store.myshopify.com",
             "credentials":{"accessToken":"shpat_integration-api-test-token"}}""";

    @LocalServerPort
    int port;
    HubHttp http;
    String slug;
    String key;

    @BeforeEach
    void setUp() {
        http = new HubHttp(port);
        slug = HubHttp.uniqueSlug("int");
        key = http.createProject(slug);
    }

    private String base() {
        return "/api/projects/" + slug + "/integrations";
    }

    @Test
    void createdIntegrationIsListedWithoutItsCredentials() {
        HubHttp.Response created = http.post(base(), key, SHOPIFY_WITH_TOKEN);

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        assertThat(body.get("status").asText()).isEqualTo("PENDING");
        assertThat(body.get("hasCredentials").asBoolean()).isTrue();
        assertThat(body.at("/sync/enabled").asBoolean()).isTrue();
        assertThat(body.at("/sync/intervalMinutes").asInt()).isEqualTo(60);
        assertThat(created.body()).doesNotContain("shpat_").doesNotContain("credentials");

        HubHttp.Response amazon = http.post(base(), key, AMAZON);
        assertThat(amazon.json().get("marketplaceIds")).extracting(JsonNode::asText).containsExactly("ATVPDKIKX0DER");
        assertThat(amazon.json().get("hasCredentials").asBoolean()).isFalse();

        HubHttp.Response list = http.get(base(), key);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(2);
        assertThat(list.body()).doesNotContain("shpat_");
        assertThat(http.get(base() + "/" + body.get("id").asText(), key).json().get("externalAccount").asText())
                .isEqualTo("custom-app-store.myshopify.com");
    }

    @Test
    void sameAccountTwiceIsAConflict() {
        assertThat(http.post(base(), key, AMAZON).status()).isEqualTo(201);
        HubHttp.Response again = http.post(base(), key, AMAZON);

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.json().get("detail").asText()).contains("A2EXAMPLE12345");
    }

    @Test
    void invalidIntegrationListsEveryBadField() {
        HubHttp.Response response = http.post(base(), key, """
                {"platform":"AMAZON","externalAccount":"not a seller","region":"MOON","marketplaceIds":["x"],
                 "sync":{"intervalMinutes":1}}""");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors")).extracting(e -> e.get("field").asText())
                .contains("externalAccount", "region", "marketplaceIds[0]", "sync.intervalMinutes");
    }

    @Test
    void shopifyAccountMustBeAMyshopifyDomain() {
        HubHttp.Response response = http.post(base(), key,
                "{\"platform\":\"SHOPIFY\",\"externalAccount\":\"evil.example.com\"}");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asText()).isEqualTo("externalAccount");
    }

    @Test
    void unknownFieldsAndPlatformsAreRejected() {
        assertThat(http.post(base(), key, "{\"platform\":\"SHOPIFY\",\"externalAccount\":\"a.myshopify.com\",\"colour\":1}")
                .json().at("/errors/0/field").asText()).isEqualTo("colour");
        HubHttp.Response unknown = http.post(base(), key, "{\"platform\":\"EBAY\",\"externalAccount\":\"x\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/message").asText()).contains("not enabled");
    }

    @Test
    void syncSettingsAreUpdatedAndValidated() {
        String id = http.post(base(), key, "{\"platform\":\"SHOPIFY\",\"externalAccount\":\"Sync-Shop.myshopify.com\"}")
                .json().get("id").asText();

        HubHttp.Response cron = http.patch(base() + "/" + id, key, "{\"sync\":{\"cron\":\"0 0/15 * * * ?\"}}");
        assertThat(cron.status()).isEqualTo(200);
        assertThat(cron.json().at("/sync/cron").asText()).isEqualTo("0 0/15 * * * ?");
        assertThat(cron.json().at("/sync/intervalMinutes").isMissingNode()).isTrue();
        assertThat(cron.json().get("externalAccount").asText()).isEqualTo("sync-shop.myshopify.com");

        HubHttp.Response badCron = http.patch(base() + "/" + id, key, "{\"sync\":{\"cron\":\"every minute\"}}");
        assertThat(badCron.status()).isEqualTo(400);
        assertThat(badCron.json().at("/errors/0/field").asText()).isEqualTo("sync.cron");

        HubHttp.Response both = http.patch(base() + "/" + id, key, "{\"sync\":{\"cron\":\"0 0 * * * ?\",\"intervalMinutes\":30}}");
        assertThat(both.status()).isEqualTo(400);

        HubHttp.Response disabled = http.patch(base() + "/" + id, key, "{\"sync\":{\"enabled\":false}}");
        assertThat(disabled.json().at("/sync/enabled").asBoolean()).isFalse();
        assertThat(disabled.json().at("/sync/cron").asText()).isEqualTo("0 0/15 * * * ?");
    }

    @Test
    void deleteDisconnectsAndWipesCredentialsButKeepsTheRow() {
        String id = http.post(base(), key, SHOPIFY_WITH_TOKEN).json().get("id").asText();

        HubHttp.Response deleted = http.delete(base() + "/" + id, key);

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("status").asText()).isEqualTo("DISCONNECTED");
        assertThat(deleted.json().get("hasCredentials").asBoolean()).isFalse();
        assertThat(deleted.json().at("/sync/enabled").asBoolean()).isFalse();
        assertThat(http.get(base() + "/" + id, key).json().get("status").asText()).isEqualTo("DISCONNECTED");

        HubHttp.Response reconnected = http.post(base(), key, SHOPIFY_WITH_TOKEN);
        assertThat(reconnected.status()).isEqualTo(201);
        assertThat(reconnected.json().get("id").asText()).isEqualTo(id);
        assertThat(reconnected.json().get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void keyOfAnotherProjectSeesNothingOfThisOne() {
        String id = http.post(base(), key, AMAZON).json().get("id").asText();
        String otherKey = http.createProject(HubHttp.uniqueSlug("other"));

        assertThat(http.get(base(), otherKey).status()).isEqualTo(404);
        assertThat(http.get(base() + "/" + id, otherKey).status()).isEqualTo(404);
        assertThat(http.get("/api/projects/" + slug, otherKey).status()).isEqualTo(404);
        assertThat(http.delete(base() + "/" + id, otherKey).status()).isEqualTo(404);
        assertThat(http.get(base() + "/" + id, key).json().get("status").asText()).isEqualTo("PENDING");
    }

    @Test
    void integrationOfAnotherProjectIsNotFoundUnderThisOne() {
        String otherSlug = HubHttp.uniqueSlug("other");
        String otherKey = http.createProject(otherSlug);
        String foreignId = http.post("/api/projects/" + otherSlug + "/integrations", otherKey, AMAZON)
                .json().get("id").asText();

        assertThat(http.get(base() + "/" + foreignId, key).status()).isEqualTo(404);
        assertThat(http.get(base() + "/not-a-uuid", key).status()).isEqualTo(404);
    }

    @Test
    void requestsWithoutAValidKeyAreUnauthorized() {
        assertThat(http.get(base(), null).status()).isEqualTo(401);
        assertThat(http.get(base(), "chk_" + "x".repeat(43)).status()).isEqualTo(401);
        assertThat(http.get(base(), "garbage").status()).isEqualTo(401);
    }

    @Test
    void syncHistoryIsPagedNewestFirst() {
        String id = http.post(base(), key, AMAZON).json().get("id").asText();

        HubHttp.Response empty = http.get(base() + "/" + id + "/sync-runs?page=0&size=5", key);
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.json().get("items")).isEmpty();
        assertThat(empty.json().get("size").asInt()).isEqualTo(5);

        HubHttp.Response badPage = http.get(base() + "/" + id + "/sync-runs?size=1000", key);
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.json().at("/errors/0/field").asText()).isEqualTo("size");
    }
}
