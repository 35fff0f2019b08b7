package com.channelhub.amazon;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.channelhub.api.ApiAuthenticator;
import com.channelhub.api.ApiProblem;
import com.channelhub.config.HubProperties;
import com.channelhub.config.HubSettings;
import com.channelhub.connector.amazon.AmazonSpConstants;
import com.channelhub.connector.amazon.client.LwaTokens;
import com.channelhub.integration.IntegrationCredentialStore;
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
 * The SP-API website authorization workflow as route steps: consent URL with a single-use state, then the callback
 * with {@code state}, {@code selling_partner_id} and {@code spapi_oauth_code} (valid 5 minutes), exchanged for the
 * seller's refresh token, which is stored encrypted with the selling-partner id.
 * Source: developer-docs.amazon.com/sp-api/docs/website-authorization-workflow; platform facts "Login with Amazon".
 */
@Component("amazonInstall")
public class AmazonInstall {

    static final String PLATFORM = "AMAZON";
    /** Default marketplace per region when the installation names none: US, UK (EU), JP (FE). */
    static final Map<String, String> DEFAULT_MARKETPLACE = Map.of("NA", "ATVPDKIKX0DER", "EU", "A1F83G8C2ARO7P",
            "FE", "A1VC38T7YXB528");
    private static final String PROJECT_PROPERTY = "HubProjectId";
    private static final String SLUG_PROPERTY = "HubProjectSlug";

    private final ApiAuthenticator auth;
    private final OAuthStateService states;
    private final HubProperties.Amazon amazon;
    private final HubSettings settings;
    private final ProjectRepository projects;
    private final IntegrationRepository integrations;
    private final IntegrationCredentialStore credentials;
    private final AmazonRouting routing;
    private final TransactionTemplate transactions;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    public AmazonInstall(ApiAuthenticator auth, OAuthStateService states, HubProperties properties, HubSettings settings,
            ProjectRepository projects, IntegrationRepository integrations, IntegrationCredentialStore credentials,
            AmazonRouting routing, TransactionTemplate transactions,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.auth = auth;
        this.states = states;
        this.amazon = properties.amazon();
        this.settings = settings;
        this.projects = projects;
        this.integrations = integrations;
        this.credentials = credentials;
        this.routing = routing;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** {@code GET /api/platforms/amazon/oauth/install?project&region[&marketplaceIds]}: to the Seller Central consent page. */
    public void start(Exchange exchange) {
        requireEnabled();
        String slug = exchange.getIn().getHeader("project", String.class);
        String region = exchange.getIn().getHeader("region", "NA", String.class).toUpperCase(Locale.ROOT);
        if (slug == null || slug.isBlank()) {
            throw ApiProblem.badRequest("Give the project as ?project=slug (and the region as ?region=NA, EU or FE).");
        }
        String marketplaces = exchange.getIn().getHeader("marketplaceIds", String.class);
        checkRegionAndMarketplaces(region, marketplaces);
        Project project = auth.requireProject(exchange, slug);
        OAuthRedirects.found(exchange, consentUrl(project, region, marketplaces));
    }

    /**
     * The Seller Central consent page for connecting a seller to the project, with a fresh single-use state that
     * remembers the region and marketplaces (comma-separated; the region's default when blank): the one way the hub
     * starts a website authorization (the install endpoint and the console both use it).
     */
    public String consentUrl(Project project, String region, String marketplaceIds) {
        requireEnabled();
        String marketplaces = checkRegionAndMarketplaces(region, marketplaceIds);
        OAuthState state = states.issue(PLATFORM, project.getId(), null, region, marketplaces);
        return amazon.region(region).sellerCentralUrl() + "/apps/authorize/consent?application_id="
                + encode(amazon.applicationId()) + "&state=" + encode(state.getState())
                + "&redirect_uri=" + encode(callbackUrl())
                + (amazon.draftApplication() ? "&version=beta" : "");
    }

    /** The marketplaces to authorize (the region's default when none are given), or a 400 naming the bad field. */
    private static String checkRegionAndMarketplaces(String region, String marketplaceIds) {
        if (region == null || !DEFAULT_MARKETPLACE.containsKey(region)) {
            throw new ApiProblem(400, "Bad Request", "Unknown Amazon region '" + region + "'.",
                    List.of(new ApiProblem.FieldError("region", "must be NA, EU or FE")));
        }
        String marketplaces = marketplaceIds == null || marketplaceIds.isBlank() ? DEFAULT_MARKETPLACE.get(region)
                : marketplaceIds;
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        Arrays.stream(marketplaces.split(",")).map(String::trim).filter(m -> !m.matches("[A-Z0-9]{9,15}"))
                .forEach(m -> errors.add(new ApiProblem.FieldError("marketplaceIds", "'" + m + "' is not a marketplace id")));
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return marketplaces;
    }

    /** Callback step 1: the single-use state; the code becomes the connector's header for the exchange. */
    public void verifyCallback(Exchange exchange) {
        requireEnabled();
        String sellerId = exchange.getIn().getHeader("selling_partner_id", String.class);
        String code = exchange.getIn().getHeader("spapi_oauth_code", String.class);
        String stateValue = exchange.getIn().getHeader("state", String.class);
        if (sellerId == null || !sellerId.matches("[A-Z0-9]{8,20}") || code == null || code.isBlank()) {
            throw ApiProblem.badRequest("The callback needs selling_partner_id and spapi_oauth_code from Seller Central.");
        }
        OAuthState state = states.consume(PLATFORM, stateValue, null);
        exchange.getIn().removeHeaders("*");
        exchange.setProperty(PROJECT_PROPERTY, state.getProjectId());
        exchange.setProperty(AmazonRouting.REGION, state.getRegion());
        exchange.setProperty(AmazonSpConstants.MARKETPLACE_IDS, state.getMarketplaceIds());
        exchange.getIn().setHeader(AmazonSpConstants.SELLER_ID, sellerId);
        exchange.getIn().setHeader(AmazonSpConstants.AUTHORIZATION_CODE, code);
        exchange.getIn().setHeader(AmazonSpConstants.REDIRECT_URI, callbackUrl());
    }

    /** Callback step 2, after the code exchange: the refresh token stored encrypted on a new or reconnected integration. */
    public void complete(Exchange exchange) {
        LwaTokens tokens = exchange.getIn().getBody(LwaTokens.class);
        String sellerId = exchange.getIn().getHeader(AmazonSpConstants.SELLER_ID, String.class);
        UUID projectId = exchange.getProperty(PROJECT_PROPERTY, UUID.class);
        String region = exchange.getProperty(AmazonRouting.REGION, String.class);
        List<String> marketplaces = Arrays.stream(exchange.getProperty(AmazonSpConstants.MARKETPLACE_IDS, String.class)
                .split(",")).map(String::trim).toList();
        PlatformIntegration integration = transactions.execute(status -> {
            Project project = projects.findById(projectId).orElseThrow();
            Instant now = clock.instant();
            PlatformIntegration target = integrations.findByProjectAndPlatformAndExternalAccount(project, PLATFORM, sellerId)
                    .orElseGet(() -> new PlatformIntegration(project, PLATFORM, sellerId, now));
            target.describe(target.getDisplayName(), region, marketplaces, now);
            credentials.store(target, Map.of(AmazonSellerCredentials.REFRESH_TOKEN, tokens.refreshToken()), null);
            target.changeStatus(IntegrationStatus.CONNECTED, null, now);
            exchange.setProperty(SLUG_PROPERTY, project.getSlug());
            PlatformIntegration saved = integrations.saveAndFlush(target);
            events.publishEvent(new com.channelhub.integration.IntegrationChanged(saved.getId()));
            return saved;
        });
        exchange.getIn().setHeader("HubIntegrationId", integration.getId().toString());
        routing.addressTo(exchange, integration);
    }

    public void redirectToConsole(Exchange exchange) {
        OAuthRedirects.found(exchange, settings.publicBaseUrl() + "/p/" + exchange.getProperty(SLUG_PROPERTY, String.class)
                + "/integrations/" + exchange.getIn().getHeader("HubIntegrationId", String.class) + "?installed=amazon");
    }

    private String callbackUrl() {
        return settings.publicBaseUrl() + "/api/platforms/amazon/oauth/callback";
    }

    private void requireEnabled() {
        if (!settings.platformEnabled(PLATFORM)) {
            throw new ApiProblem(404, "Not Found", "Amazon is not enabled on this hub (HUB_AMAZON_APPLICATION_ID, "
                    + "HUB_AMAZON_LWA_CLIENT_ID and HUB_AMAZON_LWA_CLIENT_SECRET are not set).", null);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
