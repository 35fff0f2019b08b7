package com.channelhub.configcheck;

import static com.channelhub.configcheck.CheckResult.fail;
import static com.channelhub.configcheck.CheckResult.pass;
import static com.channelhub.configcheck.CheckResult.warn;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.channelhub.config.HubConfigurationException;
import com.channelhub.config.HubConfigurationValidator;
import com.channelhub.config.HubProperties;
import com.channelhub.config.HubSettings;

/**
 * The checks that need nothing but the settings: the start-up validation (every problem it would stop the hub
 * for), URLs fit for production, and each platform's variables in the shape its platform issues them.
 * "Production" is a hub without the sandbox: there Shopify and Amazon only redirect to and are reached over HTTPS.
 */
final class SettingsChecks {

    /** Shopify releases an API version each quarter and supports it for at least twelve months. */
    private static final Pattern SHOPIFY_API_VERSION = Pattern.compile("\\d{4}-(01|04|07|10)");
    private static final int SHOPIFY_VERSION_SUPPORT_MONTHS = 12;

    private final HubProperties properties;
    private final String datasourceUrl;
    private final boolean sandbox;
    private final YearMonth today;
    private final List<CheckResult> results = new ArrayList<>();
    private HubSettings settings;

    SettingsChecks(HubProperties properties, String datasourceUrl, boolean sandbox, YearMonth today) {
        this.properties = properties;
        this.datasourceUrl = datasourceUrl;
        this.sandbox = sandbox;
        this.today = today;
    }

    /** The validated settings, or null when the validation failed. */
    HubSettings settings() {
        return settings;
    }

    List<CheckResult> run() {
        validate();
        publicBaseUrl();
        shopify();
        amazon();
        return results;
    }

    private void validate() {
        try {
            settings = new HubConfigurationValidator(properties, datasourceUrl).validate();
            results.add(pass("Settings", "start-up validation", "every variable the hub checks at start is valid"
                    + (settings.embeddedDatabase() ? " (embedded database: generated keys live in the data directory)" : "")));
        } catch (HubConfigurationException e) {
            for (String problem : e.problems()) {
                int colon = problem.indexOf(':');
                results.add(fail("Settings", colon > 0 ? problem.substring(0, colon) : "start-up validation",
                        colon > 0 ? problem.substring(colon + 1).trim() : problem,
                        "fix this variable; the hub refuses to start until then"));
            }
        }
    }

    private void publicBaseUrl() {
        URI base = absolute(properties.publicBaseUrl());
        if (base == null) {
            return; // the validation above reported it
        }
        if ("https".equals(base.getScheme())) {
            results.add(pass("Settings", "HUB_PUBLIC_BASE_URL", base + " (HTTPS)"));
        } else if (sandbox) {
            results.add(warn("Settings", "HUB_PUBLIC_BASE_URL", base + " is not HTTPS: fine with the sandbox only",
                    "use an https:// URL before connecting real stores and sellers"));
        } else {
            results.add(fail("Settings", "HUB_PUBLIC_BASE_URL", base + " is not HTTPS",
                    "Shopify and Amazon redirect only to HTTPS URLs: set an https:// URL that reaches this hub"));
        }
        results.add(pass("Settings", "OAuth redirect URLs", base + "/api/platforms/shopify/oauth/callback and "
                + base + "/api/platforms/amazon/oauth/callback (register them with each platform's app)"));
    }

    private void shopify() {
        HubProperties.Shopify shopify = properties.shopify();
        if (!shopify.configured()) {
            results.add(warn("Shopify", "platform", "disabled: HUB_SHOPIFY_CLIENT_ID and HUB_SHOPIFY_CLIENT_SECRET are not set",
                    "set both from the app's page in the Partner Dashboard to connect Shopify stores"));
            return;
        }
        results.add(pass("Shopify", "platform", "configured (client id " + shopify.clientId() + ")"));
        apiVersion(shopify.apiVersion());
        List<String> scopes = shopify.scopeList();
        if (!scopes.contains("write_products")) {
            results.add(fail("Shopify", "HUB_SHOPIFY_SCOPES", "lacks write_products, which the price push needs",
                    "add write_products (it implies read_products)"));
        } else if (!scopes.contains("write_inventory")) {
            results.add(warn("Shopify", "HUB_SHOPIFY_SCOPES", "lacks write_inventory: inventory pushes will be refused",
                    "add write_inventory, and have each store re-authorize"));
        } else {
            results.add(pass("Shopify", "HUB_SHOPIFY_SCOPES", String.join(",", scopes)));
        }
        endpoint("Shopify", "HUB_SHOPIFY_ADMIN_BASE_URL", shopify.adminBaseUrl().replace("{shop}", "shop.myshopify.com"));
        if (!shopify.adminBaseUrl().contains("{shop}")) {
            results.add(fail("Shopify", "HUB_SHOPIFY_ADMIN_BASE_URL", "has no {shop} placeholder",
                    "use https://{shop} (each store has its own host)"));
        }
    }

    private void apiVersion(String version) {
        if (version == null || !SHOPIFY_API_VERSION.matcher(version).matches()) {
            results.add(fail("Shopify", "HUB_SHOPIFY_API_VERSION", "'" + version + "' is not a Shopify API version",
                    "use a stable quarterly version such as 2026-10"));
            return;
        }
        try {
            YearMonth released = YearMonth.parse(version);
            if (released.plusMonths(SHOPIFY_VERSION_SUPPORT_MONTHS).isBefore(today)) {
                results.add(warn("Shopify", "HUB_SHOPIFY_API_VERSION", version + " is older than Shopify's 12-month support",
                        "Shopify answers with the oldest supported version instead: move to a current one"));
            } else if (released.isAfter(today)) {
                results.add(warn("Shopify", "HUB_SHOPIFY_API_VERSION", version + " is not released yet",
                        "use a released stable version"));
            } else {
                results.add(pass("Shopify", "HUB_SHOPIFY_API_VERSION", version));
            }
        } catch (DateTimeParseException e) {
            results.add(fail("Shopify", "HUB_SHOPIFY_API_VERSION", "'" + version + "' is not a Shopify API version",
                    "use a stable quarterly version such as 2026-10"));
        }
    }

    private void amazon() {
        HubProperties.Amazon amazon = properties.amazon();
        if (!amazon.configured()) {
            results.add(warn("Amazon", "platform", "disabled: HUB_AMAZON_APPLICATION_ID, HUB_AMAZON_LWA_CLIENT_ID and "
                    + "HUB_AMAZON_LWA_CLIENT_SECRET are not set", "set them from the app's page in Solution Provider Portal "
                    + "or Seller Central's Develop Apps to connect Amazon sellers"));
            return;
        }
        results.add(pass("Amazon", "platform", "configured (application " + amazon.applicationId() + ")"));
        // The shapes Amazon issues: amzn1.sp.solution.<uuid>, amzn1.application-oa2-client.<hex>, amzn1.oa2-cs.v1.<hex>
        shape("HUB_AMAZON_APPLICATION_ID", amazon.applicationId(), "amzn1.sp.solution.");
        shape("HUB_AMAZON_LWA_CLIENT_ID", amazon.clientId(), "amzn1.application-oa2-client.");
        shape("HUB_AMAZON_LWA_CLIENT_SECRET", amazon.clientSecret(), "amzn1.oa2-cs.v1.");
        if (amazon.draftApplication() && !sandbox) {
            results.add(warn("Amazon", "HUB_AMAZON_DRAFT_APPLICATION", "true: the consent URL asks for the draft (beta) app",
                    "set it to false once the app is published"));
        }
        endpoint("Amazon", "HUB_AMAZON_LWA_TOKEN_URL", amazon.lwaTokenUrl());
        if (amazon.endpoints() != null) {
            for (Map.Entry<String, HubProperties.RegionEndpoints> region : amazon.endpoints().entrySet()) {
                String variable = "HUB_AMAZON_" + region.getKey().toUpperCase(java.util.Locale.ROOT);
                endpoint("Amazon", variable + "_SP_API_URL", region.getValue().spApiUrl());
                endpoint("Amazon", variable + "_SELLER_CENTRAL_URL", region.getValue().sellerCentralUrl());
            }
        }
    }

    private void shape(String variable, String value, String prefix) {
        if (value != null && value.startsWith(prefix)) {
            results.add(pass("Amazon", variable, "has Amazon's " + prefix + "… shape"));
        } else {
            results.add(warn("Amazon", variable, "does not start with " + prefix,
                    "copy it again from the app's LWA credentials; Amazon's values start with " + prefix));
        }
    }

    private void endpoint(String area, String variable, String value) {
        URI uri = absolute(value);
        if (uri == null) {
            results.add(fail(area, variable, "'" + value + "' is not an absolute http(s) URL", "set an absolute https:// URL"));
        } else if (!sandbox && uri.getPath() != null && uri.getPath().startsWith("/sandbox/")) {
            results.add(fail(area, variable, uri + " points at the sandbox, which is off",
                    "unset it to use the platform's production host"));
        } else if (!sandbox && !"https".equals(uri.getScheme())) {
            results.add(fail(area, variable, uri + " is not HTTPS", "the platforms are reached over HTTPS only"));
        } else {
            results.add(pass(area, variable, uri.toString()));
        }
    }

    private static URI absolute(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) ? uri : null;
        } catch (Exception e) {
            return null;
        }
    }
}
