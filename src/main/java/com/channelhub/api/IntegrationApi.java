package com.channelhub.api;

import java.util.UUID;

import com.channelhub.integration.CreateIntegrationRequest;
import com.channelhub.integration.IntegrationService;
import com.channelhub.integration.UpdateIntegrationRequest;
import com.channelhub.project.Project;
import com.channelhub.sync.SyncRunService;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** Handlers of the integration endpoints. */
@Component
public class IntegrationApi {

    private final ApiExchanges api;
    private final ApiAuthenticator auth;
    private final IntegrationService integrations;
    private final SyncRunService syncRuns;

    public IntegrationApi(ApiExchanges api, ApiAuthenticator auth, IntegrationService integrations, SyncRunService syncRuns) {
        this.api = api;
        this.auth = auth;
        this.integrations = integrations;
        this.syncRuns = syncRuns;
    }

    public void list(Exchange exchange) {
        api.respond(exchange, 200, integrations.list(project(exchange)));
    }

    public void create(Exchange exchange) {
        Project project = project(exchange);
        api.respond(exchange, 201, integrations.create(project, api.parse(exchange, CreateIntegrationRequest.class)));
    }

    public void get(Exchange exchange) {
        api.respond(exchange, 200, integrations.get(project(exchange), id(exchange)));
    }

    public void update(Exchange exchange) {
        Project project = project(exchange);
        UUID id = id(exchange);
        api.respond(exchange, 200, integrations.update(project, id, api.parse(exchange, UpdateIntegrationRequest.class)));
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

    private Project project(Exchange exchange) {
        return auth.requireProject(exchange, api.pathParam(exchange, "slug"));
    }

    private UUID id(Exchange exchange) {
        return api.uuidParam(exchange, "id");
    }
}
