package com.channelhub.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.channelhub.support.FirstPull;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxShopify;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Shopify installation against the sandbox's OAuth pages, end to end, and every way it is refused. */
@HubIntegrationTest
class ShopifyInstallIT {

    private static final String SECRET = "test-shopify-client-secret-0123456789";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    HubHttp http;
    SandboxShopify sandbox;
    String slug;
    String key;
    String shop;

    @BeforeEach
    void setUp() {
        http = new HubHttp(port);
        sandbox = new SandboxShopify(http, port);
        slug = HubHttp.uniqueSlug("install");
        key = http.createProject(slug);
        shop = slug + ".myshopify.com";
        sandbox.createStore(shop, 12, 2);
    }

    private String startInstall() {
        HubHttp.Response install = http.get("/api/platforms/shopify/oauth/install?shop=" + shop + "&project=" + slug, key);
        assertThat(install.status()).isEqualTo(302);
        return install.header("Location");
    }

    private HubHttp.Response callback(URI callback) {
        return http.get(HubHttp.pathAndQuery(callback), null);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return params;
    }

    /** Re-signs changed callback parameters the way Shopify signs them, independently of the hub's code. */
    private URI signed(URI callback, Map<String, String> changes) throws Exception {
        Map<String, String> params = new TreeMap<>(query(callback));
        params.remove("hmac");
        params.putAll(changes);
        String message = params.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        params.put("hmac", HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8))));
        String rawQuery = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return URI.create(callback.getScheme() + "://" + callback.getAuthority() + callback.getRawPath() + "?" + rawQuery);
    }

    private long integrationsOfProject() {
        return http.get("/api/projects/" + slug + "/integrations", key).json().size();
    }

    @Test
    void installConnectsTheStoreSubscribesWebhooksAndPullsTheCatalog() {
        String authorizeUrl = startInstall();
        assertThat(authorizeUrl).startsWith("http://localhost:" + port + "/sandbox/shopify/" + shop + "/admin/oauth/authorize?")
                .contains("client_id=test-shopify-client-id")
                .contains("scope=read_products%2Cwrite_products")
                .contains("redirect_uri=" + URLEncoder.encode("http://localhost:" + port + "/api/platforms/shopify/oauth/callback",
                        StandardCharsets.UTF_8));

        HubHttp.Response done = callback(sandbox.approve(authorizeUrl));

        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(done.header("Location")).matches("http://localhost:" + port + "/p/" + slug + "/integrations/[0-9a-f-]{36}\\?installed=shopify");
        JsonNode integration = http.get("/api/projects/" + slug + "/integrations", key).json().get(0);
        assertThat(integration.get("status").asText()).isEqualTo("CONNECTED");
        assertThat(integration.get("externalAccount").asText()).isEqualTo(shop);
        assertThat(integration.get("hasCredentials").asBoolean()).isTrue();
        assertThat(Instant.parse(integration.get("accessTokenExpiresAt").asText()))
                .isBetween(Instant.now().plus(Duration.ofMinutes(50)), Instant.now().plus(Duration.ofMinutes(61)));
        assertThat(integration.at("/health/message").asText()).contains("Webhooks subscribed");
        String id = integration.get("id").asText();
        String stored = jdbc.queryForObject("select credentials_ciphertext from platform_integrations where id = ?::uuid",
                String.class, id);
        assertThat(stored).startsWith("v1:").doesNotContain("shpat").doesNotContain("shpua");

        JsonNode run = FirstPull.awaitSucceeded(http, slug, key, id);
        assertThat(run.get("trigger").asText()).isEqualTo("INSTALL");
        assertThat(run.get("processedItems").asInt()).isEqualTo(12);
        assertThat(jdbc.queryForObject("select count(*) from channel_variants where integration_id = ?::uuid",
                Integer.class, id)).isEqualTo(24);
    }

    @Test
    void callbackWithATamperedParameterIsRefusedAndStoresNothing() {
        URI callback = sandbox.approve(startInstall());
        String tampered = callback.getRawQuery().replace("code=", "code=x");

        HubHttp.Response refused = http.get(callback.getRawPath() + "?" + tampered, null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("detail").asText()).contains("hmac");
        assertThat(integrationsOfProject()).isZero();
    }

    @Test
    void stateIsSingleUse() {
        URI callback = sandbox.approve(startInstall());
        assertThat(callback(callback).status()).isEqualTo(302);

        HubHttp.Response replayed = callback(callback);

        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.json().get("detail").asText()).contains("already used");
    }

    @Test
    void unknownAndExpiredStatesAreRefused() throws Exception {
        URI callback = sandbox.approve(startInstall());
        HubHttp.Response unknown = callback(signed(callback, Map.of("state", "not-a-state-the-hub-issued")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("detail").asText()).contains("unknown");

        jdbc.update("update oauth_states set expires_at = now() - interval '1 minute' where state = ?",
                query(callback).get("state"));
        HubHttp.Response expired = callback(callback);
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.json().get("detail").asText()).contains("expired");
        assertThat(integrationsOfProject()).isZero();
    }

    @Test
    void stateOfAnotherShopIsRefused() throws Exception {
        URI callback = sandbox.approve(startInstall());

        HubHttp.Response refused = callback(signed(callback, Map.of("shop", "other-" + shop)));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("started for " + shop);
    }

    @Test
    void installForAHostOutsideMyshopifyIsRefusedWithoutCallingIt() {
        HubHttp.Response refused = http.get("/api/platforms/shopify/oauth/install?shop=evil.example.com&project=" + slug, key);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Location")).isNull();
        assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("shop");
        assertThat(http.get("/api/platforms/shopify/oauth/install?shop=" + shop + "&project=" + slug, null).status())
                .isEqualTo(401);
    }

    @Test
    void grantMissingARequiredScopeIsRefusedAndStoresNothing() {
        String authorizeUrl = startInstall().replaceAll("scope=[^&]*", "scope=read_products");

        HubHttp.Response refused = callback(sandbox.approve(authorizeUrl));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asText()).contains("write_products").contains("nothing was stored");
        assertThat(integrationsOfProject()).isZero();
    }

    @Test
    void failedCodeExchangeIsReportedAndStoresNothing() throws Exception {
        URI callback = sandbox.approve(startInstall());

        HubHttp.Response refused = callback(signed(callback, Map.of("code", "a-code-shopify-never-issued")));

        assertThat(refused.status()).isEqualTo(502);
        assertThat(refused.json().get("detail").asText()).contains("Shopify refused");
        assertThat(integrationsOfProject()).isZero();
    }
}
