package com.channelhub.amazon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.channelhub.api.ApiProblem.FieldError;
import com.channelhub.config.HubProperties;
import com.channelhub.platform.Capability;
import com.channelhub.platform.ConsoleInstall;
import com.channelhub.platform.Endpoints;
import com.channelhub.platform.PlatformConnector;

/**
 * Amazon (Selling Partner API) as the hub sees it, registered beside the {@code amazon-sp} Camel component in
 * {@code META-INF/services/com/channelhub/platform/amazon-sp}. The endpoints are routes in {@code routes/}. The
 * listings report has no incremental form, so an incremental pull runs the full one.
 */
public class AmazonPlatform implements PlatformConnector {

    /** Selling-partner (merchant) ids are upper-case alphanumerics, typically 13-14 characters. */
    static final Pattern SELLER_ID = Pattern.compile("^[A-Z0-9]{8,20}$");
    static final Pattern MARKETPLACE_ID = Pattern.compile("^[A-Z0-9]{9,15}$");
    /** SP-API regions (platform facts, "Endpoints and marketplaces"). */
    static final Set<String> REGIONS = Set.of("NA", "EU", "FE");

    private static final Endpoints ENDPOINTS = new Endpoints()
            .with(Capability.INSTALL_OAUTH, "platform-http:/api/platforms/amazon/oauth/install")
            .with(Capability.INSTALL_TOKEN, "direct:amazon-verify-credentials")
            .with(Capability.CATALOG_PULL_FULL, "direct:amazon-listings-pull")
            .with(Capability.PRICE_PUSH, "direct:amazon-price-push")
            .with(Capability.INVENTORY_PUSH, "direct:amazon-inventory-push")
            .with(Capability.CATALOG_SEARCH, "direct:api-amazon-catalog-search")
            .with(Capability.HEALTH_CHECK, "direct:amazon-health-check")
            .with(Capability.CREDENTIALS_SWEEP, "direct:amazon-verify-credentials");

    private final HubProperties.Amazon settings;

    public AmazonPlatform(HubProperties properties) {
        this.settings = properties.amazon();
    }

    @Override
    public String platform() {
        return AmazonInstall.PLATFORM;
    }

    @Override
    public String displayName() {
        return "Amazon";
    }

    @Override
    public Endpoints endpoints() {
        return ENDPOINTS;
    }

    @Override
    public Map<String, String> requiredVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("HUB_AMAZON_APPLICATION_ID", settings.applicationId());
        variables.put("HUB_AMAZON_LWA_CLIENT_ID", settings.clientId());
        variables.put("HUB_AMAZON_LWA_CLIENT_SECRET", settings.clientSecret());
        return variables;
    }

    @Override
    public List<FieldError> checkAccount(String externalAccount, String region, List<String> marketplaceIds) {
        List<FieldError> errors = new ArrayList<>();
        if (!SELLER_ID.matcher(externalAccount).matches()) {
            errors.add(new FieldError("externalAccount",
                    "must be the Amazon selling-partner id (upper-case letters and digits), e.g. A2EXAMPLE12345"));
        }
        if (region == null || !REGIONS.contains(region)) {
            errors.add(new FieldError("region", "must be one of NA, EU, FE"));
        }
        errors.addAll(checkMarketplaces(marketplaceIds));
        return errors;
    }

    @Override
    public List<FieldError> checkMarketplaces(List<String> marketplaceIds) {
        List<FieldError> errors = new ArrayList<>();
        if (marketplaceIds == null || marketplaceIds.isEmpty()) {
            errors.add(new FieldError("marketplaceIds", "at least one marketplace id is required, e.g. ATVPDKIKX0DER"));
            return errors;
        }
        for (int i = 0; i < marketplaceIds.size(); i++) {
            if (!MARKETPLACE_ID.matcher(marketplaceIds.get(i)).matches()) {
                errors.add(new FieldError("marketplaceIds[" + i + "]", "is not an Amazon marketplace id, e.g. ATVPDKIKX0DER"));
            }
        }
        return errors;
    }

    @Override
    public Optional<ConsoleInstall> consoleInstall() {
        return Optional.of(new ConsoleInstall("Connect an Amazon account", "integrations/amazon/connect",
                "Amazon seller connected."));
    }
}
