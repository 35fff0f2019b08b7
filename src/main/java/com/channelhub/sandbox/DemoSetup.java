package com.channelhub.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.channelhub.config.HubProperties;
import com.channelhub.connector.shopify.client.ShopifyTokenGrant;
import com.channelhub.integration.CreateIntegrationRequest;
import com.channelhub.integration.IntegrationCredentialStore;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.IntegrationService;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.PastedCredentials;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.integration.UpdateIntegrationRequest;
import com.channelhub.project.Project;
import com.channelhub.project.ProjectService;
import com.channelhub.shopify.ShopifyInstall;
import com.channelhub.sync.SyncLauncher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The default run's demo: a project {@code demo} with the sandbox's demo store installed and its demo seller
 * connected, both pulled once, so a newcomer sees synced products within a minute of starting. Created on the first
 * start; the project's API key is written to {@code data/demo.key}, never to the log. The sandbox keeps its state in
 * memory, so on every later start the credentials it issued before are unknown to it: the demo store and seller are
 * connected again (unless they were disconnected on purpose), as a merchant would reinstall.
 */
@Component
@ConditionalOnProperty(prefix = "hub.sandbox", name = {"enabled", "demo"}, havingValue = "true")
class DemoSetup {

    static final String SLUG = "demo";
    static final String STORE = "demo-store.myshopify.com";
    static final String SELLER = "A2DEMOSELLER01";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSetup.class);

    private final ProjectService projects;
    private final IntegrationService integrations;
    private final IntegrationRepository integrationRepository;
    private final ShopifyInstall shopifyInstall;
    private final IntegrationCredentialStore credentialStore;
    private final PastedCredentials amazonConnections;
    private final SyncLauncher launcher;
    private final ProducerTemplate producer;
    private final TransactionTemplate transactions;
    private final ObjectMapper objectMapper;
    private final HubProperties properties;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;

    DemoSetup(ProjectService projects, IntegrationService integrations, IntegrationRepository integrationRepository,
            ShopifyInstall shopifyInstall, IntegrationCredentialStore credentialStore,
            PastedCredentials amazonConnections, SyncLauncher launcher,
            ProducerTemplate producer, TransactionTemplate transactions, ObjectMapper objectMapper,
            HubProperties properties, Clock clock,
            @Value("${local.server.port:${server.port}}") int port) {
        this.projects = projects;
        this.integrations = integrations;
        this.integrationRepository = integrationRepository;
        this.shopifyInstall = shopifyInstall;
        this.credentialStore = credentialStore;
        this.amazonConnections = amazonConnections;
        this.launcher = launcher;
        this.producer = producer;
        this.transactions = transactions;
        this.objectMapper = objectMapper;
        this.properties = properties;
        this.clock = clock;
        this.port = port;
    }

    @EventListener(ApplicationReadyEvent.class)
    void createDemo() {
        Optional<Project> existing = projects.findBySlug(SLUG);
        if (existing.isPresent()) {
            reconnectDemo(existing.get());
            return;
        }
        try {
            ProjectService.CreatedProject created = projects.create(SLUG, "Demo project");
            Path keyFile = properties.dataDirectory().resolve("demo.key");
            Files.createDirectories(properties.dataDirectory());
            Files.writeString(keyFile, created.plaintextKey() + "\n");
            installDemoStore(created.project());
            connectDemoSeller(created.project());
            LOG.info("Demo project ready: open http://localhost:{}/p/{}/integrations and sign in with the key in {}",
                    port, SLUG, keyFile);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The demo project could not be set up completely: {}", e.getMessage());
        }
    }

    private void reconnectDemo(Project project) {
        try {
            if (isLive(project, "SHOPIFY", STORE)) {
                installDemoStore(project);
            }
            if (isLive(project, "AMAZON", SELLER)) {
                connectDemoSeller(project);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The demo project's store and seller could not be connected again: {}", e.getMessage());
        }
    }

    /** Present and not disconnected (a disconnected demo integration stays so). */
    private boolean isLive(Project project, String platform, String account) {
        return integrationRepository.findByProjectAndPlatformAndExternalAccount(project, platform, account)
                .filter(i -> i.getStatus() != IntegrationStatus.DISCONNECTED).isPresent();
    }

    /** As an installation would: an expiring offline token pair from the sandbox, webhooks, the first pull. */
    private void installDemoStore(Project project) throws IOException {
        JsonNode token = post("/sandbox/shopify/_control/stores/" + STORE + "/tokens", "{\"expiring\":true}");
        ShopifyTokenGrant grant = ShopifyTokenGrant.fromTokenResponse(token, clock.instant());
        boolean installed = integrationRepository.findByProjectAndPlatformAndExternalAccount(project, "SHOPIFY", STORE)
                .isPresent();
        PlatformIntegration integration = shopifyInstall.connect(project, STORE, grant);
        if (!installed) {
            integrations.update(project, integration.getId(),
                    new UpdateIntegrationRequest("Demo store (sandbox)", null, null, null));
        }
        producer.sendBodyAndHeader("direct:shopify-ensure-webhooks", null, SyncLauncher.INTEGRATION_HEADER,
                integration.getId().toString());
        launcher.launchFirstPull(integration.getId().toString());
    }

    /**
     * As a self-authorized seller would: the refresh token through the integrations API's path, or in place of the
     * one the sandbox no longer knows; verified, then pulled.
     */
    private void connectDemoSeller(Project project) throws IOException {
        String refreshToken = post("/sandbox/amazon/_control/sellers/" + SELLER + "/authorize", null)
                .get("refreshToken").asText();
        Map<String, String> credentials = Map.of("refreshToken", refreshToken);
        UUID seller = transactions.execute(status -> integrationRepository
                .findByProjectAndPlatformAndExternalAccount(project, "AMAZON", SELLER).map(existing -> {
                    credentialStore.store(existing, credentials, null);
                    existing.changeStatus(IntegrationStatus.PENDING, null, clock.instant());
                    return integrationRepository.save(existing).getId();
                }).orElse(null));
        if (seller == null) {
            seller = integrations.create(project, new CreateIntegrationRequest("AMAZON", SELLER, "Demo seller (sandbox)",
                    "NA", List.of("ATVPDKIKX0DER"), credentials, null)).id();
        }
        amazonConnections.verifyAndPull(project, seller);
    }

    private JsonNode post(String path, String json) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 300) {
                throw new IOException(path + " answered " + response.statusCode());
            }
            return objectMapper.readTree(response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
