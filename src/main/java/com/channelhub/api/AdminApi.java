package com.channelhub.api;

import com.channelhub.configcheck.ConfigurationCheck;
import com.channelhub.project.Project;
import com.channelhub.project.ProjectRepository;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** Handlers of the hub operator's endpoints (admin key). */
@Component
public class AdminApi {

    private final ApiExchanges api;
    private final ApiAuthenticator auth;
    private final ConfigurationCheck configurationCheck;
    private final ProjectRepository projects;

    public AdminApi(ApiExchanges api, ApiAuthenticator auth, ConfigurationCheck configurationCheck,
            ProjectRepository projects) {
        this.api = api;
        this.auth = auth;
        this.configurationCheck = configurationCheck;
        this.projects = projects;
    }

    /** 200 with the report whatever its verdict: the check ran; its status says whether the configuration passed. */
    public void checkConfiguration(Exchange exchange) {
        auth.requireAdmin(exchange);
        String slug = api.query(exchange, "project");
        Project project = slug == null ? null : projects.findBySlug(slug)
                .orElseThrow(() -> ApiProblem.notFound("No project " + slug + "."));
        api.respond(exchange, 200, configurationCheck.run(project));
    }
}
