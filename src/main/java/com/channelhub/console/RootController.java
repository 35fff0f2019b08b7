package com.channelhub.console;

import com.channelhub.project.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The hub's front door: the demo project's console when there is one, otherwise how to create a project. */
@Controller
class RootController {

    static final String DEMO_SLUG = "demo";

    private final ProjectService projects;

    RootController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping("/")
    String root() {
        return projects.findBySlug(DEMO_SLUG).isPresent() ? "redirect:/p/" + DEMO_SLUG + "/integrations" : "console/welcome";
    }
}
