package com.channelhub.sandbox.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.channelhub.config.HubProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/** Settings that the shared integration-test context leaves at their defaults: auto-approve and 403 for old tokens. */
class ShopifySandboxControllersTest {

    static final String SHOP = "settings.myshopify.com";

    final ShopifySandboxProperties properties = new ShopifySandboxProperties(true, Duration.ofMinutes(1),
            Duration.ofHours(1), Duration.ofDays(90), Duration.ofDays(30), 200, 1000, true, Map.of(),
            List.of(new ShopifySandboxProperties.Store(SHOP, "Settings", 2, 1, "standard", "USD")),
            new ShopifySandboxProperties.Webhooks(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(56),
                    8, 8, null, Duration.ofHours(48)),
            new ShopifySandboxProperties.Bulk(Duration.ZERO, 1000, Duration.ZERO));
    final HubProperties hub = new HubProperties(null, "http://localhost:8080", Path.of("data"), Path.of("routes"),
            new HubProperties.Encryption(null, null), new HubProperties.Api(1_048_576),
            new HubProperties.Shopify("app-id", "app-secret", "read_products"), new HubProperties.Amazon(null, null, null));
    final SandboxStores stores = new SandboxStores(properties);
    final OAuthGrants grants = new OAuthGrants(properties, Clock.systemUTC());
    final WebhookSender webhooks = new WebhookSender(properties, hub, Clock.systemUTC());
    final BulkOperations bulk = new BulkOperations(properties, webhooks, Clock.systemUTC());

    @AfterEach
    void stop() {
        webhooks.destroy();
        bulk.destroy();
    }

    @Test
    void autoApproveRedirectsStraightBackKeepingTheRedirectUrisOwnQuery() {
        ShopifyOAuthController oauth = new ShopifyOAuthController(stores, grants, new SandboxRequests(), properties,
                hub, Clock.systemUTC());

        ResponseEntity<String> answer = oauth.authorize(SHOP, Map.of("client_id", "app-id", "scope", "read_products",
                "redirect_uri", "https://hub.example.com/callback?tenant=7", "state", "abc"));

        assertThat(answer.getStatusCode().value()).isEqualTo(302);
        URI location = URI.create(answer.getHeaders().getFirst("Location"));
        assertThat(location.getHost()).isEqualTo("hub.example.com");
        assertThat(location.getQuery()).startsWith("tenant=7&code=").contains("&state=abc", "&shop=" + SHOP);
    }

    @Test
    void nonExpiringTokensCanBeRefusedAsShopifyWillForPublicApps() {
        ShopifyAdminApiController api = new ShopifyAdminApiController(stores, grants, new SandboxRequests(),
                new AdminGraphql(stores, new CatalogChanges(webhooks, Clock.systemUTC()), bulk, webhooks, properties,
                        Clock.systemUTC()), properties);
        String legacy = (String) grants.issueDirectly(SHOP, "read_products", false).get("access_token");

        ResponseEntity<String> answer = api.graphql(SHOP, "2026-07", legacy, "application/json", "{\"query\":\"{ shop { name } }\"}");

        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(answer.getBody()).contains("Non-expiring access tokens are no longer accepted");
    }
}
