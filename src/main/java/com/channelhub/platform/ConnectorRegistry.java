package com.channelhub.platform;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.camel.CamelContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * Every platform the hub can connect to, as its connector declared it ({@link PlatformConnector}), found from the
 * connector components on the classpath ({@link ConnectorDiscovery}). Whatever fans out or dispatches by platform
 * asks here; a platform without a capability is skipped by the caller with a reason, never an exception.
 */
@Component("connectorRegistry")
public class ConnectorRegistry {

    private final Map<String, PlatformConnector> byPlatform = new LinkedHashMap<>();

    @Autowired
    public ConnectorRegistry(CamelContext camel, AutowireCapableBeanFactory beans) {
        this(ConnectorDiscovery.discover(camel, beans));
    }

    public ConnectorRegistry(List<PlatformConnector> connectors) {
        connectors.stream().sorted(Comparator.comparing(PlatformConnector::platform)).forEach(connector -> {
            PlatformConnector earlier = byPlatform.putIfAbsent(connector.platform(), connector);
            if (earlier != null) {
                throw new IllegalStateException("Platform " + connector.platform() + " is declared twice: by "
                        + earlier.getClass().getName() + " and " + connector.getClass().getName());
            }
        });
    }

    /** All platforms, configured or not, ordered by code. */
    public List<PlatformConnector> platforms() {
        return List.copyOf(byPlatform.values());
    }

    /** The platform with this code (any case), if a connector declares it. */
    public Optional<PlatformConnector> find(String platform) {
        return platform == null ? Optional.empty()
                : Optional.ofNullable(byPlatform.get(platform.trim().toUpperCase(Locale.ROOT)));
    }

    public boolean supports(String platform, Capability capability) {
        return find(platform).map(p -> p.capabilities().contains(capability)).orElse(false);
    }

    /** The endpoint performing a capability on a platform; empty when the platform is unknown or lacks it. */
    public Optional<String> endpoint(String platform, Capability capability) {
        return find(platform).filter(p -> p.capabilities().contains(capability)).flatMap(p -> p.endpoint(capability));
    }

    /**
     * The route of a product pull: the incremental one when asked for and the platform has it, otherwise the
     * full one (a full pull also brings every change); empty when the platform pulls no catalog.
     */
    public Optional<String> pullEndpoint(String platform, boolean incremental) {
        Optional<String> pull = incremental ? endpoint(platform, Capability.CATALOG_PULL_INCREMENTAL) : Optional.empty();
        return pull.isPresent() ? pull : endpoint(platform, Capability.CATALOG_PULL_FULL);
    }

    /** Codes of the platforms the hub is configured for. */
    public List<String> configuredPlatforms() {
        return byPlatform.values().stream().filter(p -> p.configuration().isConfigured())
                .map(PlatformConnector::platform).toList();
    }

    /** Codes of all platforms. */
    public List<String> codes() {
        return List.copyOf(byPlatform.keySet());
    }
}
