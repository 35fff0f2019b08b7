package com.channelhub.amazon;

import java.util.UUID;

import com.channelhub.integration.IntegrationService;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.IntegrationView;
import com.channelhub.project.Project;
import com.channelhub.sync.SyncLauncher;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/** Connecting an Amazon seller with a self-authorized refresh token given through the integrations API. */
@Service
public class AmazonConnections {

    private final IntegrationService integrations;
    private final SyncLauncher launcher;
    private final ProducerTemplate producer;

    public AmazonConnections(IntegrationService integrations, SyncLauncher launcher, @Lazy ProducerTemplate producer) {
        this.integrations = integrations;
        this.launcher = launcher;
        this.producer = producer;
    }

    /** Proves the token with Amazon (CONNECTED, or NEEDS_REAUTH with Amazon's reason) and starts the first pull. */
    public IntegrationView verifyAndPull(Project project, UUID integrationId) {
        producer.sendBodyAndHeader("direct:amazon-verify-credentials", null, SyncLauncher.INTEGRATION_HEADER,
                integrationId.toString());
        IntegrationView verified = integrations.get(project, integrationId);
        if (verified.status() == IntegrationStatus.CONNECTED) {
            launcher.launchFirstPull(integrationId.toString());
        }
        return verified;
    }
}
