package com.channelhub.console;

import java.util.Optional;

import com.channelhub.project.ApiKey;
import com.channelhub.project.ProjectService;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Signing in to a project with one of its API keys, and signing out. */
@Controller
class LoginController {

    private final ProjectService projects;

    LoginController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping("/p/{slug}/login")
    String form(@PathVariable String slug, @RequestParam(required = false) String next, Model model) {
        model.addAttribute("slug", slug);
        model.addAttribute("next", safeNext(slug, next));
        return "console/login";
    }

    @PostMapping("/p/{slug}/login")
    String signIn(@PathVariable String slug, @RequestParam(defaultValue = "") String key,
            @RequestParam(required = false) String next, HttpServletRequest request, Model model) {
        Optional<ApiKey> apiKey = key.isBlank() ? Optional.empty() : projects.authenticateKey(key.trim());
        // the same answer for an unknown key, a revoked key and another project's key: nothing is learnt about projects
        if (apiKey.isEmpty() || !apiKey.get().getProject().getSlug().equals(slug)) {
            model.addAttribute("slug", slug);
            model.addAttribute("next", safeNext(slug, next));
            model.addAttribute("keyError", key.isBlank() ? "Enter the project's API key."
                    : "This key does not open project '" + slug + "'. Check that it is this project's key and that it "
                    + "has not been revoked.");
            return "console/login";
        }
        var project = apiKey.get().getProject();
        ConsoleSession.signIn(request, new ConsoleSession.SignedIn(project.getId(), project.getSlug(), project.getName(),
                apiKey.get().getId()));
        String target = safeNext(slug, next);
        return "redirect:" + (target != null ? target : "/p/" + slug + "/integrations");
    }

    @PostMapping("/p/{slug}/logout")
    String signOut(@PathVariable String slug, HttpServletRequest request) {
        ConsoleSession.signOut(request);
        return "redirect:/p/" + slug + "/login?signedOut";
    }

    /** Only a page of the same project: never an open redirect. */
    static String safeNext(String slug, String next) {
        return next != null && next.startsWith("/p/" + slug + "/") && !next.contains("//") && !next.contains("\\")
                ? next : null;
    }
}
