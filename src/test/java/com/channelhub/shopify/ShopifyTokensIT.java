package com.channelhub.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.channelhub.connector.shopify.ShopifyConstants;
import com.channelhub.integration.IntegrationCredentialStore;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxShopify;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Expiring offline tokens: refreshed before expiry and on 401, once at a time, and re-authorization when revoked. */
@HubIntegrationTest
class ShopifyTokensIT {

    @LocalServerPort
    int port;
    @Autowired
    ShopifyAccessTokens tokens;
    @Autowired
    IntegrationRepository integrations;
    @Autowired
    IntegrationCredentialStore credentials;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProducerTemplate producer;

    HubHttp http;
    SandboxShopify sandbox;
    String shop;
    String slug;
    String key;
    UUID integrationId;

    @BeforeEach
    void setUp() {
        http = new HubHttp(port);
        sandbox = new SandboxShopify(http, port);
        SandboxShopify.InstalledStore store = sandbox.installInNewProject("tokens", 3, 1);
        slug = store.slug();
        key = store.key();
        shop = store.shop();
        integrationId = UUID.fromString(store.integrationId());
    }

    private String stored(String name) {
        return transactions.execute(s -> credentials.read(integrations.findById(integrationId).orElseThrow()).get(name));
    }

    private void expireSoon() {
        jdbc.update("update platform_integrations set access_token_expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().plusSeconds(60)), integrationId);
    }

    private String status() {
        return http.get("/api/projects/" + slug + "/integrations/" + integrationId, key).json().get("status").asText();
    }

    @Test
    void tokenCloseToExpiryIsRefreshedAndBothTokensAreReplacedTogether() {
        String accessBefore = stored(ShopifyAccessTokens.ACCESS_TOKEN);
        String refreshBefore = stored(ShopifyAccessTokens.REFRESH_TOKEN);
        expireSoon();

        String token = tokens.accessToken(shop);

        assertThat(token).isNotEqualTo(accessBefore).isEqualTo(stored(ShopifyAccessTokens.ACCESS_TOKEN));
        assertThat(stored(ShopifyAccessTokens.REFRESH_TOKEN)).isNotNull().isNotEqualTo(refreshBefore);
        assertThat(integrations.findById(integrationId).orElseThrow().getAccessTokenExpiresAt())
                .isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(producer.requestBodyAndHeader("shopify:shop", null, ShopifyConstants.SHOP, shop)).isNotNull();
    }

    @Test
    void concurrentCallersShareOneRefresh() throws Exception {
        expireSoon();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<String>> calls = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> (Callable<String>) () -> tokens.accessToken(shop)).toList();
            Set<String> seen = new HashSet<>();
            for (Future<String> result : pool.invokeAll(calls)) {
                seen.add(result.get());
            }
            assertThat(seen).hasSize(1).doesNotContainNull();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unauthorizedAnswerTriggersARefreshAndTheCallSucceeds() {
        String before = stored(ShopifyAccessTokens.ACCESS_TOKEN);
        assertThat(sandbox.control("POST", "/" + shop + "/faults", "{\"type\":\"UNAUTHORIZED\",\"count\":1}").status())
                .isLessThan(300);

        Object shopInfo = producer.requestBodyAndHeader("shopify:shop", null, ShopifyConstants.SHOP, shop);

        assertThat(shopInfo).isNotNull();
        assertThat(stored(ShopifyAccessTokens.ACCESS_TOKEN)).isNotEqualTo(before);
        assertThat(status()).isEqualTo("CONNECTED");
    }

    @Test
    void revokedGrantMarksTheIntegrationForReauthorization() {
        assertThat(sandbox.control("POST", "/" + shop + "/revoke", null).status()).isEqualTo(200);
        expireSoon();

        assertThat(tokens.accessToken(shop)).isNull();

        await().atMost(Duration.ofSeconds(5)).until(() -> status().equals("NEEDS_REAUTH"));
        assertThat(http.get("/api/projects/" + slug + "/integrations/" + integrationId, key).json()
                .get("statusReason").asText()).contains("refresh token").contains("install the app again");
    }

    @Test
    void nonExpiringTokenIsMigratedToAnExpiringPairOnce() {
        String migratingShop = HubHttp.uniqueSlug("migrate") + ".myshopify.com";
        sandbox.createStore(migratingShop, 1, 1);
        String legacyToken = sandbox.control("POST", "/" + migratingShop + "/tokens", "{\"expiring\":false}").json()
                .get("access_token").asText();
        String id = http.post("/api/projects/" + slug + "/integrations", key, "{\"platform\":\"SHOPIFY\",\"externalAccount\":\""
                + migratingShop + "\",\"credentials\":{\"accessToken\":\"" + legacyToken + "\"}}").json().get("id").asText();

        assertThat(tokens.migrateToExpiring(id)).isTrue();

        var migrated = transactions.execute(s -> credentials.read(integrations.findById(UUID.fromString(id)).orElseThrow()));
        assertThat(migrated.get(ShopifyAccessTokens.ACCESS_TOKEN)).isNotEqualTo(legacyToken);
        assertThat(migrated.get(ShopifyAccessTokens.REFRESH_TOKEN)).isNotBlank();
        assertThat(integrations.findById(UUID.fromString(id)).orElseThrow().getAccessTokenExpiresAt())
                .isAfter(Instant.now().plus(Duration.ofMinutes(50)));
        assertThat(tokens.migrateToExpiring(id)).isFalse();
    }

    @Test
    void secondSyncWhileOneRunsIsAConflictNamingTheRunningOne() {
        String base = "/api/projects/" + slug + "/integrations/" + integrationId;
        await().atMost(Duration.ofSeconds(30)).until(() -> !"RUNNING".equals(http.get(base + "/sync-runs", key).json()
                .at("/items/0/status").asText()));
        assertThat(sandbox.control("POST", "/" + shop + "/faults", "{\"type\":\"SLOW\",\"count\":3,\"delayMillis\":1500}")
                .status()).isLessThan(300);

        HubHttp.Response first = http.post(base + "/sync", key, "{\"mode\":\"full\"}");
        HubHttp.Response second = http.post(base + "/sync", key, "{\"mode\":\"full\"}");

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("mode").asText()).isEqualTo("FULL");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().get("detail").asText()).contains(first.json().get("id").asText());
        String runId = first.json().get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUCCEEDED".equals(http.get(base + "/sync-runs/" + runId, key)
                .json().get("status").asText()));
        assertThat(http.get(base + "/sync-runs/" + runId, key).json().get("processedItems").asInt()).isEqualTo(3);
    }
}
