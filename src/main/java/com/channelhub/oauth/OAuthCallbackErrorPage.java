package com.channelhub.oauth;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.channelhub.api.Problem;
import com.channelhub.project.Project;
import com.channelhub.project.ProjectRepository;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The page a merchant's browser gets when an OAuth callback is refused: what went wrong (the problem's detail, never
 * a stack trace), what to do, and a link back to the project's integrations when the state names the project.
 */
@Component
public class OAuthCallbackErrorPage {

    static final String TEMPLATE = "oauth/callback-error";

    private final ITemplateEngine templates;
    private final OAuthStateRepository states;
    private final ProjectRepository projects;

    public OAuthCallbackErrorPage(ITemplateEngine templates, OAuthStateRepository states, ProjectRepository projects) {
        this.templates = templates;
        this.states = states;
        this.projects = projects;
    }

    void write(Exchange exchange, Problem problem) {
        String platform = exchange.getFromRouteId() != null && exchange.getFromRouteId().startsWith("amazon")
                ? "AMAZON" : "SHOPIFY";
        Map<String, Object> model = new HashMap<>();
        model.put("platform", "AMAZON".equals(platform) ? "Amazon" : "Shopify");
        model.put("heading", "AMAZON".equals(platform) ? "The Amazon seller was not connected"
                : "The Shopify store was not installed");
        model.put("status", problem.status());
        model.put("detail", problem.detail());
        model.put("advice", advice(problem.status(), platform));
        project(exchange, platform).ifPresent(p -> {
            model.put("projectName", p.getName());
            model.put("integrationsPath", "/p/" + p.getSlug() + "/integrations");
        });
        String html = templates.process(TEMPLATE, new Context(Locale.ENGLISH, model));
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setBody(html);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, problem.status());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/html;charset=UTF-8");
        exchange.getMessage().setHeader("Cache-Control", "no-store");
    }

    /** The project the installation was started for: once the state is consumed, else from the state's record. */
    private Optional<Project> project(Exchange exchange, String platform) {
        UUID projectId = exchange.getProperty("HubProjectId", UUID.class);
        if (projectId == null) {
            String state = exchange.getProperty(OAuthCallbackErrors.STATE, String.class);
            projectId = state == null || state.isBlank() ? null : states.findById(state)
                    .filter(s -> s.getPlatform().equals(platform)).map(OAuthState::getProjectId).orElse(null);
        }
        return projectId == null ? Optional.empty() : projects.findById(projectId);
    }

    static String advice(int status, String platform) {
        String start = "AMAZON".equals(platform) ? "Connect the seller again from the project's integrations page "
                + "(Connect an Amazon account)" : "Start the installation again from the project's integrations page "
                + "(Add a Shopify store)";
        return switch (status) {
            case 400, 401 -> start + ". The address the platform sends you back to works once, within 10 minutes, "
                    + "and only for the installation it was made for.";
            case 404 -> "This hub is not set up for " + ("AMAZON".equals(platform) ? "Amazon" : "Shopify")
                    + " yet: ask its operators to configure the app's credentials, then start again.";
            case 409, 503 -> "The hub could not take it right now. Wait a minute, then " + start.substring(0, 1)
                    .toLowerCase(Locale.ROOT) + start.substring(1) + ".";
            case 502 -> ("AMAZON".equals(platform) ? "Amazon" : "Shopify") + " refused the hub's request. " + start
                    + "; if it fails again, the app's settings with the platform need checking.";
            default -> start + ". If it fails again, give the hub's operators the error id above.";
        };
    }
}
