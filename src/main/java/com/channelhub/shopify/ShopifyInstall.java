package com.channelhub.shopify;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;


import com.channelhub.api.ApiAuthenticator;
import com.channelhub.api.ApiProblem;
import com.channelhub.config.HubProperties;
import com.channelhub.config.HubSettings;
import com.channelhub.connector.shopify.ShopifyConstants;
import com.channelhub.connector.shopify.client.ShopifyTokenGrant;
import com.channelhub.crypto.HmacSha256;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.oauth.OAuthRedirects;
import com.channelhub.oauth.OAuthState;
import com.channelhub.oauth.OAuthStateService;
import com.channelhub.project.Project;
import com.channelhub.project.ProjectRepository;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Shopify OAuth install (authorization-code grant for an offline token), as steps of the
 * {@code shopify-oauth-install} and {@code shopify-oauth-callback} routes.
 * Contract: platform facts "Shopify / OAuth"; shopify.dev authorization-code grant docs.
 */
@Component("shopifyInstall")
public class ShopifyInstall {

    static final String PLATFORM = "SHOPIFY";
    /** Only myshopify.com hosts: the hub never calls a host a merchant typed otherwise. */
    static final Pattern SHOP_DOMAIN = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9-]*\\.myshopify\\.com$");
    /** Shopify's Node library rejects callbacks whose timestamp is more than 90 s off. */
    static final Duration CALLBACK_MAX_SKEW = Duration.ofSeconds(90);
    public static final String PROJECT_PROPERTY = "HubProjectId";
    public static final String INTEGRATION_HEADER = "HubIntegrationId";

    private final ApiAuthenticator auth;
    private final OAuthStateService states;
    private final HubProperties.Shopify shopify;
    private final HubSettings settings;
    private final ProjectRepository projects;
    private final IntegrationRepository integrations;
    private final ShopifyAccessTokens tokens;
    private final TransactionTemplate transactions;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    public ShopifyInstall(ApiAuthenticator auth, OAuthStateService states, HubProperties properties, HubSettings settings,
            ProjectRepository projects, IntegrationRepository integrations, ShopifyAccessTokens tokens,
            TransactionTemplate transactions, org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.auth = auth;
        this.states = states;
        this.shopify = properties.shopify();
        this.settings = settings;
        this.projects = projects;
        this.integrations = integrations;
        this.tokens = tokens;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** {@code GET /api/platforms/shopify/oauth/install?shop&project}: redirects to the shop's authorize page. */
    public void start(Exchange exchange) {
        requireEnabled();
        String slug = query(exchange, "project");
        String shop = query(exchange, "shop");
        if (slug == null || shop == null) {
            throw ApiProblem.badRequest("Give the store as ?shop=name.myshopify.com and the project as ?project=slug.");
        }
        String domain = checkedShop(shop);
        Project project = auth.requireProject(exchange, slug);
        OAuthRedirects.found(exchange, authorizeUrl(project, domain));
    }

    /**
     * The shop's authorize page for an installation into the project, with a fresh single-use state: the one way the
     * hub starts a Shopify installation (the install endpoint and the console both use it).
     */
    public String authorizeUrl(Project project, String shop) {
        requireEnabled();
        String domain = checkedShop(shop);
        OAuthState state = states.issue(PLATFORM, project.getId(), domain, null);
        return adminBase(domain) + "/admin/oauth/authorize?client_id=" + encode(shopify.clientId())
                + "&scope=" + encode(shopify.scopes())
                + "&redirect_uri=" + encode(callbackUrl())
                + "&state=" + encode(state.getState());
    }

    /** The shop domain lower-cased, or a 400 naming the field when it is not a myshopify.com host. */
    public static String checkedShop(String shop) {
        String domain = shop == null ? "" : shop.trim().toLowerCase(Locale.ROOT);
        if (!SHOP_DOMAIN.matcher(domain).matches()) {
            throw new ApiProblem(400, "Bad Request", "'" + domain + "' is not a Shopify store address; use the store's "
                    + "myshopify.com domain, e.g. my-store.myshopify.com.",
                    List.of(new ApiProblem.FieldError("shop", "must be a myshopify.com domain")));
        }
        return domain;
    }

    /**
     * Callback step 1: the {@code hmac} over the other query parameters, the shop, the timestamp and the single-use
     * state bound to that shop. Leaves the authorization code as the body for the exchange.
     */
    public void verifyCallback(Exchange exchange) {
        requireEnabled();
        Map<String, String> params = queryParameters(exchange.getIn().getHeader(Exchange.HTTP_QUERY, String.class));
        String shop = params.getOrDefault("shop", "").toLowerCase(Locale.ROOT);
        if (!validHmac(params)) {
            throw ApiProblem.unauthorized("The callback's hmac does not match its parameters; it did not come from Shopify.");
        }
        if (!SHOP_DOMAIN.matcher(shop).matches()) {
            throw ApiProblem.badRequest("The callback names '" + shop + "', which is not a myshopify.com store.");
        }
        String timestamp = params.get("timestamp");
        if (timestamp == null || !timestamp.matches("\\d{1,12}") || Duration.between(
                Instant.ofEpochSecond(Long.parseLong(timestamp)), clock.instant()).abs().compareTo(CALLBACK_MAX_SKEW) > 0) {
            throw ApiProblem.badRequest("The callback's timestamp is missing or too old; start the installation again.");
        }
        String code = params.get("code");
        if (code == null || code.isBlank()) {
            throw ApiProblem.badRequest("The callback carries no authorization code.");
        }
        OAuthState state = states.consume(PLATFORM, params.get("state"), shop);
        exchange.setProperty(PROJECT_PROPERTY, state.getProjectId());
        exchange.getIn().removeHeaders("*");
        exchange.getIn().setHeader(ShopifyConstants.SHOP, shop);
        exchange.getIn().setBody(code);
    }

    /**
     * Callback step 2, after the code exchange: refuses a grant without every required scope; otherwise stores the
     * token pair (encrypted, one write) on a new or reconnected integration, CONNECTED.
     */
    public void complete(Exchange exchange) {
        ShopifyTokenGrant grant = exchange.getIn().getBody(ShopifyTokenGrant.class);
        String shop = exchange.getIn().getHeader(ShopifyConstants.SHOP, String.class);
        UUID projectId = exchange.getProperty(PROJECT_PROPERTY, UUID.class);
        List<String> missing = new ArrayList<>(shopify.scopeList());
        missing.removeAll(impliedScopes(grant.scopes()));
        if (!missing.isEmpty()) {
            throw ApiProblem.badRequest("The store granted " + grant.scopes() + " but the hub needs "
                    + String.join(", ", missing) + " as well; nothing was stored. Install again and accept all scopes.");
        }
        Project project = projects.findById(projectId).orElseThrow();
        exchange.setProperty("HubProjectSlug", project.getSlug());
        PlatformIntegration integration = connect(project, shop, grant);
        exchange.getIn().setHeader(INTEGRATION_HEADER, integration.getId().toString());
    }

    /**
     * Stores a granted token pair (encrypted, one write) on the project's integration of the shop, new or connected
     * again, CONNECTED; its schedule follows the change once committed. Webhooks and the first pull are the caller's.
     */
    public PlatformIntegration connect(Project project, String shop, ShopifyTokenGrant grant) {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            PlatformIntegration target = integrations.findByProjectAndPlatformAndExternalAccount(project, PLATFORM, shop)
                    .orElseGet(() -> new PlatformIntegration(project, PLATFORM, shop, now));
            tokens.store(target, grant);
            target.grantScopes(grant.scopes(), now);
            target.changeStatus(IntegrationStatus.CONNECTED, null, now);
            PlatformIntegration saved = integrations.saveAndFlush(target);
            events.publishEvent(new com.channelhub.integration.IntegrationChanged(saved.getId()));
            return saved;
        });
    }

    /** Last step: back to the integration's page in the console. */
    public void redirectToConsole(Exchange exchange) {
        String slug = exchange.getProperty("HubProjectSlug", String.class);
        String integrationId = exchange.getIn().getHeader(INTEGRATION_HEADER, String.class);
        OAuthRedirects.found(exchange, settings.publicBaseUrl() + "/p/" + slug + "/integrations/" + integrationId + "?installed=shopify");
    }

    /** Where Shopify delivers the hub's webhooks. */
    public String webhookUri() {
        return settings.publicBaseUrl() + "/api/platforms/shopify/webhooks";
    }

    boolean validHmac(Map<String, String> params) {
        String presented = params.get("hmac");
        if (presented == null || shopify.clientSecret() == null) {
            return false;
        }
        String message = params.entrySet().stream()
                .filter(e -> !e.getKey().equals("hmac"))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        byte[] expected = HexFormat.of().formatHex(HmacSha256.sign(message.getBytes(StandardCharsets.UTF_8), shopify.clientSecret()))
                .getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, presented.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** Shopify grants write_X in place of read_X: a write scope implies its read scope. */
    static List<String> impliedScopes(List<String> granted) {
        List<String> implied = new ArrayList<>(granted);
        granted.stream().filter(s -> s.startsWith("write_")).forEach(s -> implied.add("read_" + s.substring(6)));
        return implied;
    }

    private void requireEnabled() {
        if (!settings.platformEnabled(PLATFORM)) {
            throw new ApiProblem(404, "Not Found", "Shopify is not enabled on this hub (HUB_SHOPIFY_CLIENT_ID and "
                    + "HUB_SHOPIFY_CLIENT_SECRET are not set).", null);
        }
    }

    private String adminBase(String shop) {
        return shopify.adminBaseUrl().replace("{shop}", shop);
    }

    private String callbackUrl() {
        return settings.publicBaseUrl() + "/api/platforms/shopify/oauth/callback";
    }

    private static String query(Exchange exchange, String name) {
        String value = exchange.getIn().getHeader(name, String.class);
        return value == null || value.isBlank() ? null : value;
    }

    /** Decoded query parameters sorted by name (the order the callback hmac is computed in). */
    static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> params = new TreeMap<>();
        if (rawQuery == null) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.put(name, value);
        }
        return params;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
