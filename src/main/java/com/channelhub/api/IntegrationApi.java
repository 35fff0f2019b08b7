package com.channelhub.api;

import java.util.UUID;

import com.channelhub.amazon.AmazonFeedHistory;
import com.channelhub.integration.CreateIntegrationRequest;
import com.channelhub.integration.IntegrationHealth;
import com.channelhub.integration.IntegrationService;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.IntegrationView;
import com.channelhub.integration.InventoryLocations;
import com.channelhub.integration.PastedCredentials;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.integration.UpdateIntegrationRequest;
import com.channelhub.project.Project;
import com.channelhub.sync.StartSyncRequest;
import com.channelhub.sync.SyncLauncher;
import com.channelhub.sync.SyncRunService;
import com.channelhub.sync.SyncRunView;
import com.channelhub.sync.SyncSchedules;
import com.channelhub.sync.SyncTrigger;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** Handlers of the integration endpoints. */
@Component
public class IntegrationApi {

    private final ApiExchanges api;
    private final ApiAuthenticator auth;
    private final IntegrationService integrations;
    private final SyncRunService syncRuns;
    private final SyncLauncher launcher;
    private final PastedCredentials pastedCredentials;
    private final SyncSchedules schedules;
    private final IntegrationHealth health;
    private final AmazonFeedHistory amazonFeeds;
    private final InventoryLocations inventoryLocations;

    public IntegrationApi(ApiExchanges api, ApiAuthenticator auth, IntegrationService integrations, SyncRunService syncRuns,
            SyncLauncher launcher, PastedCredentials pastedCredentials, SyncSchedules schedules,
            IntegrationHealth health, AmazonFeedHistory amazonFeeds, InventoryLocations inventoryLocations) {
        this.api = api;
        this.auth = auth;
        this.integrations = integrations;
        this.syncRuns = syncRuns;
        this.launcher = launcher;
        this.pastedCredentials = pastedCredentials;
        this.schedules = schedules;
        this.health = health;
        this.amazonFeeds = amazonFeeds;
        this.inventoryLocations = inventoryLocations;
    }

    public void list(Exchange exchange) {
        api.respond(exchange, 200, integrations.list(project(exchange)).stream().map(this::withNextSync).toList());
    }

    public void create(Exchange exchange) {
        Project project = project(exchange);
        IntegrationView created = integrations.create(project, api.parse(exchange, CreateIntegrationRequest.class));
        // credentials the merchant already held (an Amazon self-authorized refresh token): proven with the platform
        // now, when its connector has a way to (INSTALL_TOKEN), then the first pull
        created = pastedCredentials.verifyAndPull(project, created.id());
        api.respond(exchange, 201, withNextSync(created));
    }

    public void get(Exchange exchange) {
        api.respond(exchange, 200, withNextSync(integrations.get(project(exchange), id(exchange))));
    }

    public void update(Exchange exchange) {
        Project project = project(exchange);
        UUID id = id(exchange);
        UpdateIntegrationRequest request = api.parse(exchange, UpdateIntegrationRequest.class);
        if (request.inventoryLocationId() != null) {
            // asked live before the change's transaction: a person chose it from the account's locations
            inventoryLocations.requireUsable(integrations.require(project, id), request.inventoryLocationId());
        }
        IntegrationView updated = integrations.update(project, id, request);
        api.respond(exchange, 200, withNextSync(updated));
    }

    public void delete(Exchange exchange) {
        api.respond(exchange, 200, integrations.disconnect(project(exchange), id(exchange), "Disconnected through the API"));
    }

    public void syncRuns(Exchange exchange) {
        Project project = project(exchange);
        UUID id = id(exchange);
        integrations.require(project, id);
        ApiExchanges.PageParams page = api.pageParams(exchange);
        api.respond(exchange, 200, ApiExchanges.PageView.of(syncRuns.history(id, page.page(), page.size())));
    }

    /** The Amazon feeds the hub submitted for the integration, newest first (none for a Shopify store). */
    public void feeds(Exchange exchange) {
        Project project = project(exchange);
        UUID id = id(exchange);
        integrations.require(project, id);
        ApiExchanges.PageParams page = api.pageParams(exchange);
        api.respond(exchange, 200, ApiExchanges.PageView.of(amazonFeeds.list(id, page.page(), page.size())));
    }

    public void startSync(Exchange exchange) {
        Project project = project(exchange);
        UUID id = id(exchange);
        var integration = integrations.require(project, id);
        // the body is optional: read it once (a request stream cannot be read twice)
        byte[] body = exchange.getIn().getBody(byte[].class);
        exchange.getIn().setBody(body);
        StartSyncRequest request = body == null || body.length == 0
                ? new StartSyncRequest(null, null) : api.body(exchange, StartSyncRequest.class);
        SyncLauncher.PullMode mode = request.pullMode() != null ? request.pullMode()
                : integration.getSyncCursor() != null ? SyncLauncher.PullMode.INCREMENTAL : SyncLauncher.PullMode.FULL;
        var run = launcher.launchProductPull(id, SyncTrigger.MANUAL, mode);
        api.respond(exchange, 202, SyncRunView.of(run));
    }

    public void syncRun(Exchange exchange) {
        Project project = project(exchange);
        UUID id = id(exchange);
        integrations.require(project, id);
        UUID runId = api.uuidParam(exchange, "runId");
        api.respond(exchange, 200, syncRuns.find(runId).filter(r -> r.getIntegrationId().equals(id)).map(SyncRunView::of)
                .orElseThrow(() -> ApiProblem.notFound("No sync run " + runId + " for integration " + id + ".")));
    }

    public void cancelSync(Exchange exchange) {
        Project project = project(exchange);
        UUID id = id(exchange);
        integrations.require(project, id);
        api.respond(exchange, 202, syncRuns.cancel(id, api.uuidParam(exchange, "runId")));
    }

    public void health(Exchange exchange) {
        api.respond(exchange, 200, health.view(integrations.require(project(exchange), id(exchange))));
    }

    /** The account's stock locations and the one the integration's quantities go to. */
    public void inventoryLocations(Exchange exchange) {
        api.respond(exchange, 200, inventoryLocations.list(integrations.require(project(exchange), id(exchange))));
    }

    public void checkHealth(Exchange exchange) {
        PlatformIntegration integration = integrations.require(project(exchange), id(exchange));
        if (integration.getStatus() != IntegrationStatus.CONNECTED) {
            throw ApiProblem.conflict("The integration is " + integration.getStatus()
                    + (integration.getStatusReason() == null ? "" : " (" + integration.getStatusReason() + ")")
                    + ": only a connected integration can be checked. Reconnect it first.");
        }
        api.respond(exchange, 200, health.checkNow(integration));
    }

    /**
     * The trigger as the clustered scheduler holds it. Schedules follow a change after its commit, so right after
     * a change this may still show the previous trigger for a moment.
     */
    private IntegrationView withNextSync(IntegrationView view) {
        return view.withNextSync(schedules.describe(view.id()));
    }

    private Project project(Exchange exchange) {
        return auth.requireProject(exchange, api.pathParam(exchange, "slug"));
    }

    private UUID id(Exchange exchange) {
        return api.uuidParam(exchange, "id");
    }
}
