package com.channelhub.integration;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import com.channelhub.platform.Capability;
import com.channelhub.platform.ConnectorRegistry;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which integrations each hub-wide schedule visits (routes in {@code routes/hub-schedules.yaml}).
 */
@Component("maintenanceSweeps")
public class MaintenanceSweeps {

    /** The capability a sweep runs (a {@link Capability} name), e.g. HEALTH_CHECK. */
    public static final String SWEEP_HEADER = "HubSweepCapability";
    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceSweeps.class);

    private final IntegrationRepository integrations;
    private final ConnectorRegistry platforms;
    private final Clock clock;

    public MaintenanceSweeps(IntegrationRepository integrations, ConnectorRegistry platforms, Clock clock) {
        this.integrations = integrations;
        this.platforms = platforms;
        this.clock = clock;
    }

    /** One integration a sweep visits, and the endpoint its platform's connector names for the sweep's capability. */
    public record Visit(String integrationId, String endpoint) {
    }

    /**
     * The CONNECTED integrations whose platform has the capability, each with its endpoint; integrations of a
     * platform without it are skipped (logged at debug), never failed.
     */
    @Transactional(readOnly = true)
    public List<Visit> visits(@Header(SWEEP_HEADER) String capability) {
        Capability wanted = Capability.valueOf(capability);
        List<Visit> visits = new ArrayList<>();
        for (PlatformIntegration integration : integrations.findAll()) {
            if (integration.getStatus() != IntegrationStatus.CONNECTED) {
                continue;
            }
            platforms.endpoint(integration.getPlatform(), wanted).ifPresentOrElse(
                    endpoint -> visits.add(new Visit(integration.getId().toString(), endpoint)),
                    () -> LOG.debug("Sweep {} skips integration {}: {} has no such capability (UNSUPPORTED)", wanted,
                            integration.getId(), integration.getPlatform()));
        }
        return visits;
    }
}
