package com.channelhub.integration;

import java.util.Optional;
import java.util.UUID;

import com.channelhub.platform.Capability;
import com.channelhub.platform.ConnectorRegistry;
import com.channelhub.project.Project;
import com.channelhub.sync.SyncLauncher;
import org.apache.camel.ProducerTemplate;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

/**
 * Connecting an integration with credentials the merchant already holds (an Amazon self-authorized refresh token)
 * given through the integrations API or the console: proven through the platform's {@code INSTALL_TOKEN} endpoint,
 * then pulled.
 */
@Service
public class PastedCredentials {

    private final IntegrationService integrations;
    private final SyncLauncher launcher;
    private final ProducerTemplate producer;
    private final ConnectorRegistry platforms;

    public PastedCredentials(IntegrationService integrations, SyncLauncher launcher, @Lazy ProducerTemplate producer,
            ConnectorRegistry platforms) {
        this.integrations = integrations;
        this.launcher = launcher;
        this.producer = producer;
        this.platforms = platforms;
    }

    /**
     * Proves the credentials through the platform's {@code INSTALL_TOKEN} endpoint (CONNECTED, or NEEDS_REAUTH with
     * the platform's reason) and starts the first pull; unchanged when the platform proves none or there are none.
     */
    public IntegrationView verifyAndPull(Project project, UUID integrationId) {
        IntegrationView created = integrations.get(project, integrationId);
        Optional<String> verify = platforms.endpoint(created.platform(), Capability.INSTALL_TOKEN);
        if (verify.isEmpty() || !created.hasCredentials()) {
            return created;
        }
        producer.sendBodyAndHeader(verify.get(), null, SyncLauncher.INTEGRATION_HEADER, integrationId.toString());
        IntegrationView verified = integrations.get(project, integrationId);
        if (verified.status() == IntegrationStatus.CONNECTED) {
            launcher.launchFirstPull(integrationId.toString());
        }
        return verified;
    }
}
