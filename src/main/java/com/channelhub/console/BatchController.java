package com.channelhub.console;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.channelhub.config.HubSettings;
import com.channelhub.pricing.PriceBatchReports;
import com.channelhub.pricing.PriceBatchStore;
import com.channelhub.pricing.PriceBatchViews;
import com.channelhub.pricing.PriceBatches;
import com.channelhub.project.Project;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The project's price and inventory batches ({@link BatchPage}): the list (newest first) with a form to push prices or
 * quantities, and each batch with its counts per channel and its items' results. Everything goes through
 * {@link PriceBatches}, as the batch API does.
 */
@Controller
class BatchController {

    static final int LIST_PAGE_SIZE = 20;
    static final int ITEM_PAGE_SIZE = 50;
    /** The pages' path segment, the API's: {@code price-batches} or {@code inventory-batches}. */
    private static final String BATCHES = "/p/{slug}/{kind:price-batches|inventory-batches}";

    private final ConsoleProjects projects;
    private final PriceBatches batches;
    private final HubSettings settings;

    BatchController(ConsoleProjects projects, PriceBatches batches, HubSettings settings) {
        this.projects = projects;
        this.batches = batches;
        this.settings = settings;
    }

    @GetMapping(BATCHES)
    String list(@PathVariable String slug, @PathVariable("kind") String kindPath,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        Project project = projects.current(request);
        prepareList(BatchPage.of(kindPath), project, Math.max(0, page), model);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "console/batches";
    }

    /**
     * Pushes the form's lines as one batch. The Idempotency-Key was generated with the form: sending the same form
     * twice (a double click, a resent POST) answers with the batch the first one created.
     */
    @PostMapping(BATCHES)
    String push(@PathVariable String slug, @PathVariable("kind") String kindPath,
            @RequestParam(defaultValue = "") String lines, @RequestParam(defaultValue = "") String idempotencyKey,
            @RequestParam(defaultValue = "false") boolean partial, HttpServletRequest request, Model model) {
        Project project = projects.current(request);
        BatchPage kind = BatchPage.of(kindPath);
        BatchLines read = BatchLines.read(kind.lines(), lines);
        List<String> formErrors = List.of();
        if (read.isEmpty()) {
            formErrors = List.of(kind.noLines());
        } else if (!read.hasFormatProblems()) {
            try {
                PriceBatches.Submission submission = batches.submit(kind.kind(), project, idempotencyKey,
                        read.body(partial), false);
                return "redirect:/p/" + slug + "/" + kind.path() + "/" + submission.batch().id()
                        + (submission.created() ? "?pushed" : "?replayed");
            } catch (ApiProblem e) {
                formErrors = new ArrayList<>(read.attach(e.errors()));
                if (e.status() == 409) {
                    // the form was sent before with other lines (back, edit, send): these lines need a key of their own
                    formErrors.add("This form was already sent with other " + kind.plural() + ". Press "
                            + kind.push() + " again to send these lines as a new batch.");
                    idempotencyKey = "";
                } else if (e.errors().isEmpty()) {
                    formErrors.add(e.getMessage());
                }
            }
        }
        prepareList(kind, project, 0, model);
        model.addAttribute("lines", lines);
        model.addAttribute("partial", partial);
        model.addAttribute("idempotencyKey", idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("lineProblems", read.problemLines());
        return "console/batches";
    }

    @GetMapping(BATCHES + "/{id}")
    String batch(@PathVariable String slug, @PathVariable("kind") String kindPath, @PathVariable UUID id,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            HttpServletRequest request, Model model) {
        Project project = projects.current(request);
        BatchPage kind = BatchPage.of(kindPath);
        PriceBatchViews.Batch batch = batches.get(kind.kind(), project, id);
        String filter = status == null || status.isBlank() ? null : status;
        PriceBatchReports.Page<PriceBatchViews.Item> items = batches.items(kind.kind(), project, id, filter,
                Math.max(0, page), ITEM_PAGE_SIZE);
        model.addAttribute("kind", kind);
        model.addAttribute("project", project);
        model.addAttribute("batch", batch);
        model.addAttribute("items", items);
        model.addAttribute("filter", filter);
        model.addAttribute("itemStatuses", PriceBatchStore.ITEM_STATUSES);
        model.addAttribute("targetStatuses", PriceBatchStore.TARGET_STATUSES);
        long total = batch.targets().values().stream().mapToLong(Long::longValue).sum();
        model.addAttribute("total", total);
        model.addAttribute("sent", total - batch.targets().get("PENDING") - batch.targets().get("IN_FLIGHT"));
        return "console/batch";
    }

    /** The batch's counts, polled by the page while the batch is being sent. */
    @GetMapping(BATCHES + "/{id}/status.json")
    ResponseEntity<PriceBatchViews.Batch> status(@PathVariable String slug, @PathVariable("kind") String kindPath,
            @PathVariable UUID id, HttpServletRequest request) {
        return ResponseEntity.ok(batches.get(BatchPage.of(kindPath).kind(), projects.current(request), id));
    }

    private void prepareList(BatchPage kind, Project project, int page, Model model) {
        PriceBatchReports.Page<PriceBatchViews.Summary> list = batches.list(kind.kind(), project, page, LIST_PAGE_SIZE);
        model.addAttribute("kind", kind);
        model.addAttribute("project", project);
        model.addAttribute("batches", list);
        model.addAttribute("targetCounts", batches.targetCounts(project,
                list.items().stream().map(PriceBatchViews.Summary::id).toList()));
        model.addAttribute("targetStatuses", PriceBatchStore.TARGET_STATUSES);
        model.addAttribute("curlExample", kind.curlExample(settings.publicBaseUrl().toString(), project.getSlug()));
    }
}
