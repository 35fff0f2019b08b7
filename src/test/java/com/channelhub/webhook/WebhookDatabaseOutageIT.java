package com.channelhub.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A delivery that cannot be stored is never acknowledged: the hub answers 503 and Shopify delivers it again. */
@HubIntegrationTest
@TestPropertySource(properties = {
        // price batches are dispatched by the main test context only: it owns their sandbox
        "hub.price-batches.dispatch-enabled=false",
        "spring.datasource.hikari.connection-timeout=1500",
        "spring.datasource.hikari.validation-timeout=1000"})
class WebhookDatabaseOutageIT {

    @LocalServerPort
    int port;
    @Value("${spring.datasource.url}")
    String url;
    @Value("${spring.datasource.username}")
    String user;
    @Value("${spring.datasource.password:}")
    String password;
    @Autowired
    WebhookEventRepository events;

    private void allowConnections(boolean allowed) throws Exception {
        String database = url.substring(url.lastIndexOf('/') + 1).split("\\?")[0];
        try (Connection admin = DriverManager.getConnection(url.substring(0, url.lastIndexOf('/') + 1) + "postgres",
                user, password); Statement statement = admin.createStatement()) {
            statement.execute("ALTER DATABASE " + database + " ALLOW_CONNECTIONS " + allowed);
            if (!allowed) {
                statement.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database
                        + "' AND pid <> pg_backend_pid()");
            }
        }
    }

    @Test
    void deliveryDuringADatabaseOutageGets503AndIsStoredWhenDeliveredAgain() throws Exception {
        HubHttp http = new HubHttp(port);
        String shop = HubHttp.uniqueSlug("outage") + ".myshopify.com";
        String body = "{\"id\":77,\"title\":\"During the outage\"}";
        HttpRequest request = http.builder("/api/platforms/shopify/webhooks", null)
                .header("Content-Type", "application/json")
                .header("X-Shopify-Topic", "products/update")
                .header("X-Shopify-Shop-Domain", shop)
                .header("X-Shopify-Webhook-Id", UUID.randomUUID().toString())
                .header("X-Shopify-Hmac-Sha256", ShopifyWebhookIT.sign(body, "test-shopify-client-secret-0123456789"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();

        HubHttp.Response duringOutage;
        allowConnections(false);
        try {
            duringOutage = http.send(request);
        } finally {
            allowConnections(true);
        }

        assertThat(duringOutage.status()).isEqualTo(503);
        assertThat(duringOutage.header("Retry-After")).isNotBlank();
        assertThat(duringOutage.json().get("detail").asText()).contains("deliver this one again");

        await().atMost(Duration.ofSeconds(20)).until(() -> http.send(request).status() == 200);
        assertThat(events.findByPlatformAndAccountOrderByReceivedAtAsc("SHOPIFY", shop)).hasSize(1);
    }
}
