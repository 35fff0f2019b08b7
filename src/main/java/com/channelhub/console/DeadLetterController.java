package com.channelhub.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.channelhub.deadletter.DeadLetter;
import com.channelhub.deadletter.DeadLetterService;
import com.channelhub.deadletter.DeadLetterView;
import com.channelhub.integration.IntegrationService;
import com.channelhub.integration.IntegrationView;
import com.channelhub.project.Project;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The project's failed messages: filter, read the failure and the original message, replay. */
@Controller
class DeadLetterController {

    static final int PAGE_SIZE = 25;

    private final ConsoleProjects projects;
    private final IntegrationService integrations;
    private final DeadLetterService deadLetters;

    DeadLetterController(ConsoleProjects projects, IntegrationService integrations, DeadLetterService deadLetters) {
        this.projects = projects;
        this.integrations = integrations;
        this.deadLetters = deadLetters;
    }

    @GetMapping("/p/{slug}/dead-letters")
    String list(@PathVariable String slug, @RequestParam(required = false) String route,
            @RequestParam(defaultValue = "open") String state, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        Project project = projects.current(request);
        Map<UUID, IntegrationView> byId = new LinkedHashMap<>();
        integrations.list(project).forEach(i -> byId.put(i.id(), i));
        Boolean resolved = switch (state) {
            case "resolved" -> Boolean.TRUE;
            case "all" -> null;
            default -> Boolean.FALSE;
        };
        String routeFilter = route == null || route.isBlank() ? null : route;
        model.addAttribute("project", project);
        model.addAttribute("self", request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
        model.addAttribute("integrations", byId);
        model.addAttribute("routes", deadLetters.routeIdsIn(byId.keySet()));
        model.addAttribute("route", routeFilter);
        model.addAttribute("state", resolved == null ? "all" : resolved ? "resolved" : "open");
        var letters = deadLetters.searchIn(byId.keySet(), routeFilter, resolved, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("letters", letters);
        // a replay that resolved its letter may take it out of an "open" list: its outcome then shows above the list
        Object replayed = model.asMap().get("replayedId");
        model.addAttribute("replayedListed", replayed != null
                && letters.getContent().stream().anyMatch(d -> d.id().equals(replayed)));
        return "console/dead-letters";
    }

    @PostMapping("/p/{slug}/dead-letters/{id}/replay")
    String replay(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) String back,
            HttpServletRequest request, RedirectAttributes redirect) {
        ownedBy(projects.current(request), id);
        redirect.addFlashAttribute("replayedId", id);
        try {
            DeadLetterView after = deadLetters.replay(id);
            boolean ok = after.replay().lastOutcome() == DeadLetter.ReplayOutcome.SUCCEEDED;
            redirect.addFlashAttribute("replayOk", ok);
            redirect.addFlashAttribute("replayMessage", ok ? "Replay succeeded: " + after.replay().lastMessage() + "."
                    : "Replay failed again: " + after.replay().lastMessage());
        } catch (ApiProblem e) {
            redirect.addFlashAttribute("replayOk", false);
            redirect.addFlashAttribute("replayMessage", e.getMessage());
        }
        return "redirect:" + (back != null && back.startsWith("/p/" + slug + "/") && !back.contains("//")
                ? back : "/p/" + slug + "/dead-letters?state=all") + "#dl-" + id;
    }

    /** Another project's dead letter answers exactly as one that does not exist. */
    private DeadLetterView ownedBy(Project project, UUID id) {
        DeadLetterView letter;
        try {
            letter = deadLetters.get(id);
        } catch (ApiProblem e) {
            throw ApiProblem.notFound("No such dead letter in this project.");
        }
        boolean ours = letter.integrationId() != null && integrations.list(project).stream()
                .anyMatch(i -> i.id().equals(letter.integrationId()));
        if (!ours) {
            throw ApiProblem.notFound("No such dead letter in this project.");
        }
        return letter;
    }
}
