package com.channelhub.console;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.channelhub.deadletter.DeadLetterService;
import com.channelhub.integration.IntegrationService;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.IntegrationView;
import com.channelhub.integration.SyncSettingsRequest;
import com.channelhub.integration.UpdateIntegrationRequest;
import com.channelhub.project.Project;
import com.channelhub.sync.SyncLauncher;
import com.channelhub.sync.SyncRunService;
import com.channelhub.sync.SyncRunStatus;
import com.channelhub.sync.SyncRunView;
import com.channelhub.sync.SyncSchedules;
import com.channelhub.sync.SyncTrigger;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One integration: status and health, sync controls and live progress, history, settings, errors, disconnect. */
@Controller
class IntegrationController {

    private final ConsoleProjects projects;
    private final IntegrationService integrations;
    private final IntegrationOverview overview;
    private final SyncLauncher launcher;
    private final SyncRunService runs;
    private final DeadLetterService deadLetters;
    private final SyncSchedules schedules;

    IntegrationController(ConsoleProjects projects, IntegrationService integrations, IntegrationOverview overview,
            SyncLauncher launcher, SyncRunService runs, DeadLetterService deadLetters, SyncSchedules schedules) {
        this.projects = projects;
        this.integrations = integrations;
        this.overview = overview;
        this.launcher = launcher;
        this.runs = runs;
        this.deadLetters = deadLetters;
        this.schedules = schedules;
    }

    @GetMapping("/p/{slug}/integrations/{id}")
    String page(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) String installed,
            HttpServletRequest request, Model model) {
        Project project = projects.current(request);
        IntegrationView integration = integrations.get(project, id);
        List<SyncRunView> history = overview.history(id);
        SyncRunView lastPull = history.stream().filter(r -> r.kind() == com.channelhub.sync.SyncRunKind.PRODUCT_PULL)
                .findFirst().orElse(null);
        model.addAttribute("project", project);
        model.addAttribute("integration", integration);
        model.addAttribute("installed", installed);
        model.addAttribute("schedule", overview.schedule(integration));
        IntegrationOverview.PlatformOffer offer = overview.offer(integration);
        model.addAttribute("offer", offer);
        model.addAttribute("run", lastPull);
        model.addAttribute("history", history);
        var chart = IntegrationOverview.chart(history);
        model.addAttribute("chart", chart);
        model.addAttribute("chartJson", ConsoleJson.write(chart));
        model.addAttribute("errors", deadLetters.searchIn(Set.of(id), null, false, 0, 10));
        model.addAttribute("canSync", offer.pulls() && integration.status() == IntegrationStatus.CONNECTED
                && integration.hasCredentials());
        if (!model.containsAttribute("settings")) {
            Map<String, Object> settings = new HashMap<>();
            settings.put("enabled", integration.sync().enabled());
            settings.put("intervalMinutes", integration.sync().intervalMinutes());
            settings.put("cron", integration.sync().cron());
            model.addAttribute("settings", settings);
        }
        return "console/integration";
    }

    /** The latest product pull, polled by the page while it runs. */
    @GetMapping("/p/{slug}/integrations/{id}/progress.json")
    ResponseEntity<Map<String, Object>> progress(@PathVariable String slug, @PathVariable UUID id,
            HttpServletRequest request) {
        integrations.require(projects.current(request), id);
        return ResponseEntity.ok(IntegrationOverview.progress(overview.lastPull(id)));
    }

    @PostMapping("/p/{slug}/integrations/{id}/sync")
    String sync(@PathVariable String slug, @PathVariable UUID id, @RequestParam(defaultValue = "full") String mode,
            HttpServletRequest request, RedirectAttributes redirect) {
        integrations.require(projects.current(request), id);
        SyncLauncher.PullMode pullMode = "incremental".equals(mode) ? SyncLauncher.PullMode.INCREMENTAL
                : SyncLauncher.PullMode.FULL;
        try {
            launcher.launchProductPull(id, SyncTrigger.MANUAL, pullMode);
            redirect.addFlashAttribute("syncNotice", (pullMode == SyncLauncher.PullMode.FULL ? "Full" : "Incremental")
                    + " pull started.");
        } catch (ApiProblem e) {
            redirect.addFlashAttribute("syncError", e.getMessage());
        }
        return "redirect:/p/" + slug + "/integrations/" + id + "#sync";
    }

    @PostMapping("/p/{slug}/integrations/{id}/runs/{runId}/cancel")
    String cancel(@PathVariable String slug, @PathVariable UUID id, @PathVariable UUID runId,
            HttpServletRequest request, RedirectAttributes redirect) {
        integrations.require(projects.current(request), id);
        try {
            SyncRunView run = runs.cancel(id, runId);
            redirect.addFlashAttribute("syncNotice", run.status() == SyncRunStatus.RUNNING
                    ? "Cancel requested: the pull stops after the page it is storing." : "Cancelled.");
        } catch (ApiProblem e) {
            redirect.addFlashAttribute("syncError", e.getMessage());
        }
        return "redirect:/p/" + slug + "/integrations/" + id + "#sync";
    }

    @PostMapping("/p/{slug}/integrations/{id}/settings")
    String settings(@PathVariable String slug, @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean enabled,
            @RequestParam(defaultValue = "interval") String scheduleKind,
            @RequestParam(required = false) String intervalMinutes, @RequestParam(required = false) String cron,
            HttpServletRequest request, RedirectAttributes redirect) {
        Project project = projects.current(request);
        Map<String, String> fieldErrors = new HashMap<>();
        Integer interval = null;
        boolean byCron = "cron".equals(scheduleKind);
        if (!byCron) {
            try {
                interval = Integer.valueOf(intervalMinutes == null ? "" : intervalMinutes.trim());
            } catch (NumberFormatException e) {
                fieldErrors.put("intervalMinutes", "Enter a whole number of minutes, from 5 to 10080 (a week).");
            }
        } else if (cron == null || cron.isBlank()) {
            fieldErrors.put("cron", "Enter a Quartz cron expression, e.g. 0 0/30 * * * ?");
        }
        if (fieldErrors.isEmpty()) {
            try {
                integrations.update(project, id, new UpdateIntegrationRequest(null, null,
                        new SyncSettingsRequest(enabled, interval, byCron ? cron.trim() : null), null));
                // the page shows the scheduler's trigger: it follows the change before the page is read
                schedules.follow(id);
                redirect.addFlashAttribute("settingsNotice", "Sync settings saved.");
                return "redirect:/p/" + slug + "/integrations/" + id + "#settings";
            } catch (ApiProblem e) {
                e.errors().forEach(error -> fieldErrors.put(error.field().contains("cron") ? "cron"
                        : error.field().contains("interval") ? "intervalMinutes" : "form", sentence(error)));
                if (e.errors().isEmpty()) {
                    fieldErrors.put("form", e.getMessage());
                }
            }
        }
        Map<String, Object> submitted = new HashMap<>();
        submitted.put("enabled", enabled);
        submitted.put("intervalMinutes", intervalMinutes);
        submitted.put("cron", cron);
        submitted.put("scheduleKind", scheduleKind);
        redirect.addFlashAttribute("settings", submitted);
        redirect.addFlashAttribute("settingsErrors", fieldErrors);
        return "redirect:/p/" + slug + "/integrations/" + id + "#settings";
    }

    @PostMapping("/p/{slug}/integrations/{id}/disconnect")
    String disconnect(@PathVariable String slug, @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean confirm, HttpServletRequest request,
            RedirectAttributes redirect) {
        Project project = projects.current(request);
        if (!confirm) {
            integrations.require(project, id);
            redirect.addFlashAttribute("disconnectError", "Tick the box to confirm, then disconnect.");
            return "redirect:/p/" + slug + "/integrations/" + id + "#disconnect";
        }
        integrations.disconnect(project, id, "Disconnected in the console");
        schedules.follow(id);
        redirect.addFlashAttribute("notice", "Disconnected: the credentials are deleted and no sync runs for it any more.");
        return "redirect:/p/" + slug + "/integrations/" + id;
    }

    private static String sentence(ApiProblem.FieldError error) {
        String field = error.field().contains("interval") ? "The interval" : error.field().contains("cron")
                ? "The cron expression" : "The schedule";
        String message = error.message();
        if (message.startsWith("must be greater") || message.startsWith("must be less")) {
            return field + " must be from 5 to 10080 minutes.";
        }
        return field + " " + message + ".";
    }
}
