package com.channelhub.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.channelhub.api.ApiProblem.FieldError;

/**
 * What a platform contributes to the hub next to its Camel component: its code, its capabilities with the route
 * endpoints that perform them, the shape of its accounts and whether the hub is configured for it.
 * <p>
 * A connector registers its descriptor in {@code META-INF/services/com/channelhub/platform/<scheme>} (a line
 * {@code class=<descriptor class>}), named like its Camel component's
 * {@code META-INF/services/org/apache/camel/component/<scheme>}; the {@link ConnectorRegistry} finds it there and
 * builds it with constructor injection. See docs/adding-a-platform.md.
 */
public interface PlatformConnector {

    /** The platform code stored on integrations, upper case, e.g. {@code SHOPIFY}. */
    String platform();

    /** How people call the platform, e.g. {@code Shopify}. */
    String displayName();

    /** The platform's capabilities with the route endpoints that perform them. */
    Endpoints endpoints();

    /**
     * The environment variables the hub needs for this platform, each with the value the hub has (null or blank
     * when unset), in the order to list them; none by default.
     */
    default Map<String, String> requiredVariables() {
        return Map.of();
    }

    default Set<Capability> capabilities() {
        return endpoints().capabilities();
    }

    /** The route endpoint URI that performs a capability, e.g. {@code direct:shopify-price-push}; empty when none. */
    default Optional<String> endpoint(Capability capability) {
        return endpoints().endpoint(capability);
    }

    /** Whether the hub has the settings this platform needs (names of the missing variables, never values). */
    default ConfigurationStatus configuration() {
        return ConfigurationStatus.of(requiredVariables());
    }

    /** The account id as stored (e.g. a host name in lower case), from what a caller sent. */
    default String normalizeAccount(String externalAccount) {
        return externalAccount.trim();
    }

    /** Problems with a new integration's account, region and marketplaces; empty when well-formed. */
    List<FieldError> checkAccount(String externalAccount, String region, List<String> marketplaceIds);

    /** Problems with marketplaces changed on an existing integration; platforms without marketplaces refuse them. */
    default List<FieldError> checkMarketplaces(List<String> marketplaceIds) {
        return List.of(new FieldError("marketplaceIds", "do not apply to " + displayName() + " integrations"));
    }

    /** The console's "add integration" choice for this platform, when it has one. */
    default Optional<ConsoleInstall> consoleInstall() {
        return Optional.empty();
    }
}
