package com.channelhub.shopify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.channelhub.api.ApiProblem.FieldError;
import com.channelhub.config.HubProperties;
import com.channelhub.platform.Capability;
import com.channelhub.platform.ConsoleInstall;
import com.channelhub.platform.Endpoints;
import com.channelhub.platform.PlatformConnector;

/**
 * Shopify as the hub sees it, registered beside the {@code shopify} Camel component in
 * {@code META-INF/services/com/channelhub/platform/shopify}. The endpoints are routes in {@code routes/}.
 */
public class ShopifyPlatform implements PlatformConnector {

    /** Only {@code *.myshopify.com} hosts, never one the merchant typed otherwise (platform facts: shop hostname). */
    static final Pattern SHOP_DOMAIN = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9-]*\\.myshopify\\.com$");

    private static final Endpoints ENDPOINTS = new Endpoints()
            .with(Capability.INSTALL_OAUTH, "platform-http:/api/platforms/shopify/oauth/install")
            .with(Capability.INSTALL_TOKEN)
            .with(Capability.CATALOG_PULL_FULL, "direct:shopify-product-pull")
            .with(Capability.CATALOG_PULL_INCREMENTAL, "direct:shopify-product-pull")
            .with(Capability.PRICE_PUSH, "direct:shopify-price-push")
            .with(Capability.INVENTORY_PUSH, "direct:shopify-inventory-push")
            .with(Capability.INVENTORY_LOCATIONS, "direct:shopify-inventory-locations")
            .with(Capability.WEBHOOKS, "direct:shopify-ensure-webhooks")
            .with(Capability.HEALTH_CHECK, "direct:shopify-health-check")
            .with(Capability.CREDENTIALS_SWEEP, "direct:shopify-token-maintenance");

    private final HubProperties.Shopify settings;

    public ShopifyPlatform(HubProperties properties) {
        this.settings = properties.shopify();
    }

    @Override
    public String platform() {
        return ShopifyInstall.PLATFORM;
    }

    @Override
    public String displayName() {
        return "Shopify";
    }

    @Override
    public Endpoints endpoints() {
        return ENDPOINTS;
    }

    @Override
    public Map<String, String> requiredVariables() {
        Map<String, String> variables = new LinkedHashMap<>();
        variables.put("HUB_SHOPIFY_CLIENT_ID", settings.clientId());
        variables.put("HUB_SHOPIFY_CLIENT_SECRET", settings.clientSecret());
        return variables;
    }

    /** Shop host names are case-insensitive; the hub stores them in lower case. */
    @Override
    public String normalizeAccount(String externalAccount) {
        return externalAccount.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<FieldError> checkAccount(String externalAccount, String region, List<String> marketplaceIds) {
        List<FieldError> errors = new ArrayList<>();
        if (!SHOP_DOMAIN.matcher(externalAccount).matches()) {
            errors.add(new FieldError("externalAccount", "must be the shop's myshopify.com domain, e.g. example.myshopify.com"));
        }
        if (region != null || (marketplaceIds != null && !marketplaceIds.isEmpty())) {
            errors.add(new FieldError("region", "region and marketplaceIds apply to Amazon only"));
        }
        return errors;
    }

    @Override
    public Optional<ConsoleInstall> consoleInstall() {
        return Optional.of(new ConsoleInstall("Add a Shopify store", "integrations/shopify/install",
                "Shopify store installed."));
    }
}
