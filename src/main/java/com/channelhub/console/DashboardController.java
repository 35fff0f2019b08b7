package com.channelhub.console;

import com.channelhub.config.HubSettings;
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
    private final HubSettings settings;

    DashboardController(ConsoleProjects projects, IntegrationOverview overview, HubSettings settings) {
        this.projects = projects;
        this.overview = overview;
        this.settings = settings;
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
        model.addAttribute("shopifyEnabled", settings.platformEnabled("SHOPIFY"));
        model.addAttribute("amazonEnabled", settings.platformEnabled("AMAZON"));
        return "console/integrations";
    }
}
