package com.channelhub.console;

import java.util.List;

import com.channelhub.platform.ConnectorRegistry;
import com.channelhub.platform.ConsoleInstall;
import com.channelhub.platform.PlatformConnector;
import com.channelhub.project.Project;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The project's integrations at a glance. */
@Controller
class DashboardController {

    private final ConsoleProjects projects;
    private final IntegrationOverview overview;
    private final ConnectorRegistry platforms;

    DashboardController(ConsoleProjects projects, IntegrationOverview overview, ConnectorRegistry platforms) {
        this.projects = projects;
        this.overview = overview;
        this.platforms = platforms;
    }

    /** An "add integration" button: its label and its page under the project. */
    record AddChoice(String label, String path) {
    }

    /** A platform the console could offer that the hub is not configured for, and what to set. */
    record DisabledPlatform(String displayName, List<String> missingVariables) {
    }

    @GetMapping("/p/{slug}")
    String home(@PathVariable String slug) {
        return "redirect:/p/" + slug + "/integrations";
    }

    @GetMapping("/p/{slug}/integrations")
    String integrations(@PathVariable String slug, HttpServletRequest request, Model model) {
        Project project = projects.current(request);
        model.addAttribute("project", project);
        model.addAttribute("rows", overview.rows(project));
        model.addAttribute("addChoices", platforms.platforms().stream()
                .filter(p -> p.configuration().isConfigured() && p.consoleInstall().isPresent())
                .map(p -> p.consoleInstall().map(DashboardController::choice).orElseThrow())
                .toList());
        model.addAttribute("disabledPlatforms", platforms.platforms().stream()
                .filter(p -> !p.configuration().isConfigured() && p.consoleInstall().isPresent())
                .map(DashboardController::disabled)
                .toList());
        return "console/integrations";
    }

    private static AddChoice choice(ConsoleInstall install) {
        return new AddChoice(install.label(), install.path());
    }

    private static DisabledPlatform disabled(PlatformConnector platform) {
        return new DisabledPlatform(platform.displayName(), platform.configuration().missingVariables());
    }
}
