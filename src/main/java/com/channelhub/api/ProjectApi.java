package com.channelhub.api;

import com.channelhub.project.ApiKeyView;
import com.channelhub.project.CreateProjectRequest;
import com.channelhub.project.IssuedKeyView;
import com.channelhub.project.Project;
import com.channelhub.project.ProjectService;
import com.channelhub.project.ProjectView;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** Handlers of the project endpoints. */
@Component
public class ProjectApi {

    private final ApiExchanges api;
    private final ApiAuthenticator auth;
    private final ProjectService projects;

    public ProjectApi(ApiExchanges api, ApiAuthenticator auth, ProjectService projects) {
        this.api = api;
        this.auth = auth;
        this.projects = projects;
    }

    public void create(Exchange exchange) {
        auth.requireAdmin(exchange);
        CreateProjectRequest request = api.body(exchange, CreateProjectRequest.class);
        ProjectService.CreatedProject created = projects.create(request.slug(), request.name().trim());
        api.respond(exchange, 201, new IssuedKeyView(ProjectView.of(created.project()), ApiKeyView.of(created.apiKey()),
                created.plaintextKey()));
    }

    public void get(Exchange exchange) {
        api.respond(exchange, 200, ProjectView.of(project(exchange)));
    }

    public void listKeys(Exchange exchange) {
        api.respond(exchange, 200, projects.keys(project(exchange)).stream().map(ApiKeyView::of).toList());
    }

    public void issueKey(Exchange exchange) {
        Project project = project(exchange);
        String label = api.query(exchange, "label");
        ProjectService.IssuedKey issued = projects.issueKey(project, label);
        api.respond(exchange, 201, new IssuedKeyView(ProjectView.of(project), ApiKeyView.of(issued.apiKey()), issued.plaintext()));
    }

    public void revokeKey(Exchange exchange) {
        projects.revokeKey(project(exchange), api.uuidParam(exchange, "keyId"));
        api.respondNoContent(exchange);
    }

    private Project project(Exchange exchange) {
        return auth.requireProject(exchange, api.pathParam(exchange, "slug"));
    }
}
