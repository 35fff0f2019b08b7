package com.channelhub.sync;

import java.util.Map;
import java.util.UUID;

import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.api.ApiProblem;
import com.channelhub.platform.ConnectorRegistry;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Starts syncs: records the run (refusing a second one while one is RUNNING) and hands it to the
 * {@code product-pull} route, which runs it in the background.
 */
@Service
public class SyncLauncher {

    public static final String RUN_HEADER = "HubSyncRunId";
    public static final String INTEGRATION_HEADER = "HubIntegrationId";
    public static final String PLATFORM_HEADER = "HubPlatform";
    public static final String MODE_HEADER = "HubSyncMode";
    /** The integration's account on its platform (shop domain, seller id), for the platform's pull route. */
    public static final String ACCOUNT_HEADER = "HubExternalAccount";

    private final SyncRunService runs;
    private final IntegrationRepository integrations;
    private final ProducerTemplate producer;
    private final ConnectorRegistry platforms;

    public SyncLauncher(SyncRunService runs, IntegrationRepository integrations, @Lazy ProducerTemplate producer,
            ConnectorRegistry platforms) {
        this.runs = runs;
        this.integrations = integrations;
        this.producer = producer;
        this.platforms = platforms;
    }

    public enum PullMode {
        FULL, INCREMENTAL
    }

    /** Route step after an installation: the first full pull, unless one is already running. */
    public void launchFirstPull(@org.apache.camel.Header(INTEGRATION_HEADER) String integrationId) {
        try {
            launchProductPull(UUID.fromString(integrationId), SyncTrigger.INSTALL, PullMode.FULL);
        } catch (SyncAlreadyRunningException e) {
            // the pull already running does the same work
        }
    }

    public SyncRun launchProductPull(UUID integrationId, SyncTrigger trigger, PullMode mode) {
        PlatformIntegration integration = integrations.findById(integrationId)
                .orElseThrow(() -> ApiProblem.notFound("No integration " + integrationId + "."));
        if (integration.getStatus() != IntegrationStatus.CONNECTED || !integration.hasCredentials()) {
            throw ApiProblem.conflict("Integration " + integrationId + " is " + integration.getStatus()
                    + (integration.hasCredentials() ? "" : " without credentials") + "; connect it before syncing.");
        }
        if (platforms.pullEndpoint(integration.getPlatform(), mode == PullMode.INCREMENTAL).isEmpty()) {
            throw ApiProblem.conflict("Integration " + integrationId + " is on " + integration.getPlatform()
                    + ", whose connector pulls no catalog (UNSUPPORTED); see GET /api/platforms.");
        }
        SyncRun run = runs.startExclusive(integrationId, SyncRunKind.PRODUCT_PULL, trigger, mode.name());
        producer.sendBodyAndHeaders("seda:product-pull", null, Map.of(
                RUN_HEADER, run.getId().toString(),
                INTEGRATION_HEADER, integrationId.toString(),
                PLATFORM_HEADER, integration.getPlatform(),
                ACCOUNT_HEADER, integration.getExternalAccount(),
                MODE_HEADER, mode.name()));
        return run;
    }
}
