package com.channelhub.sync;

import java.util.Map;
import java.util.UUID;

import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.api.ApiProblem;
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

    private final SyncRunService runs;
    private final IntegrationRepository integrations;
    private final ProducerTemplate producer;

    public SyncLauncher(SyncRunService runs, IntegrationRepository integrations, @Lazy ProducerTemplate producer) {
        this.runs = runs;
        this.integrations = integrations;
        this.producer = producer;
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
        SyncRun run = runs.startExclusive(integrationId, SyncRunKind.PRODUCT_PULL, trigger, mode.name());
        producer.sendBodyAndHeaders("seda:product-pull", null, Map.of(
                RUN_HEADER, run.getId().toString(),
                INTEGRATION_HEADER, integrationId.toString(),
                PLATFORM_HEADER, integration.getPlatform(),
                MODE_HEADER, mode.name()));
        return run;
    }
}
