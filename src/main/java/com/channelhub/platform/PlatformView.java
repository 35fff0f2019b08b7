package com.channelhub.platform;

import java.util.List;

/**
 * A platform as {@code GET /api/platforms} shows it: what it can do and whether the hub is configured for it.
 * No endpoint URIs and no setting values, only the names of the variables still to set.
 *
 * @param platform         the code integrations use, e.g. SHOPIFY
 * @param displayName      e.g. Shopify
 * @param capabilities     what the hub can do with it, e.g. CATALOG_PULL_FULL, PRICE_PUSH
 * @param status           CONFIGURED, or DISABLED until the missing variables are set
 * @param missingVariables environment variables to set to enable it
 */
public record PlatformView(String platform, String displayName, List<Capability> capabilities,
        ConfigurationStatus.State status, List<String> missingVariables) {

    public static PlatformView of(PlatformConnector connector) {
        ConfigurationStatus configuration = connector.configuration();
        return new PlatformView(connector.platform(), connector.displayName(),
                connector.capabilities().stream().sorted().toList(), configuration.state(),
                configuration.missingVariables());
    }
}
