package com.channelhub.console;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.channelhub.config.HubSettings;
import com.channelhub.pricing.BatchKind;
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
 * The project's price batches: the list (newest first) with a form to push prices, and each batch with its counts
 * per channel and its items' results. Everything goes through {@link PriceBatches}, as the price API does.
 */
@Controller
class PriceBatchController {

    static final int LIST_PAGE_SIZE = 20;
    static final int ITEM_PAGE_SIZE = 50;

    private final ConsoleProjects projects;
    private final PriceBatches batches;
    private final HubSettings settings;

    PriceBatchController(ConsoleProjects projects, PriceBatches batches, HubSettings settings) {
        this.projects = projects;
        this.batches = batches;
        this.settings = settings;
    }

    @GetMapping("/p/{slug}/price-batches")
    String list(@PathVariable String slug, @RequestParam(defaultValue = "0") int page, HttpServletRequest request,
            Model model) {
        Project project = projects.current(request);
        prepareList(project, Math.max(0, page), model);
        model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
        return "console/price-batches";
    }

    /**
     * Pushes the form's lines as one batch. The Idempotency-Key was generated with the form: sending the same form
     * twice (a double click, a resent POST) answers with the batch the first one created.
     */
    @PostMapping("/p/{slug}/price-batches")
    String push(@PathVariable String slug, @RequestParam(defaultValue = "") String lines,
            @RequestParam(defaultValue = "") String idempotencyKey,
            @RequestParam(defaultValue = "false") boolean partial, HttpServletRequest request, Model model) {
        Project project = projects.current(request);
        PriceLines read = PriceLines.read(lines);
        List<String> formErrors = List.of();
        if (read.isEmpty()) {
            formErrors = List.of("Enter at least one line: SKU, price, currency, e.g. TSHIRT-RED-M, 19.99, USD.");
        } else if (!read.hasFormatProblems()) {
            try {
                PriceBatches.Submission submission = batches.submit(BatchKind.PRICE, project, idempotencyKey,
                        read.body(partial), false);
                return "redirect:/p/" + slug + "/price-batches/" + submission.batch().id()
                        + (submission.created() ? "?pushed" : "?replayed");
            } catch (ApiProblem e) {
                formErrors = new ArrayList<>(read.attach(e.errors()));
                if (e.status() == 409) {
                    // the form was sent before with other lines (back, edit, send): these lines need a key of their own
                    formErrors.add("This form was already sent with other prices. Press Push prices again to send "
                            + "these lines as a new batch.");
                    idempotencyKey = "";
                } else if (e.errors().isEmpty()) {
                    formErrors.add(e.getMessage());
                }
            }
        }
        prepareList(project, 0, model);
        model.addAttribute("lines", lines);
        model.addAttribute("partial", partial);
        model.addAttribute("idempotencyKey", idempotencyKey.isBlank() ? UUID.randomUUID().toString() : idempotencyKey);
        model.addAttribute("formErrors", formErrors);
        model.addAttribute("lineProblems", read.problemLines());
        return "console/price-batches";
    }

    @GetMapping("/p/{slug}/price-batches/{id}")
    String batch(@PathVariable String slug, @PathVariable UUID id, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
        Project project = projects.current(request);
        PriceBatchViews.Batch batch = batches.get(BatchKind.PRICE, project, id);
        String filter = status == null || status.isBlank() ? null : status;
        PriceBatchReports.Page<PriceBatchViews.Item> items = batches.items(BatchKind.PRICE, project, id, filter, Math.max(0, page),
                ITEM_PAGE_SIZE);
        model.addAttribute("project", project);
        model.addAttribute("batch", batch);
        model.addAttribute("items", items);
        model.addAttribute("filter", filter);
        model.addAttribute("itemStatuses", PriceBatchStore.ITEM_STATUSES);
        model.addAttribute("targetStatuses", PriceBatchStore.TARGET_STATUSES);
        long total = batch.targets().values().stream().mapToLong(Long::longValue).sum();
        model.addAttribute("total", total);
        model.addAttribute("sent", total - batch.targets().get("PENDING") - batch.targets().get("IN_FLIGHT"));
        return "console/price-batch";
    }

    /** The batch's counts, polled by the page while the batch is being sent. */
    @GetMapping("/p/{slug}/price-batches/{id}/status.json")
    ResponseEntity<PriceBatchViews.Batch> status(@PathVariable String slug, @PathVariable UUID id,
            HttpServletRequest request) {
        return ResponseEntity.ok(batches.get(BatchKind.PRICE, projects.current(request), id));
    }

    private void prepareList(Project project, int page, Model model) {
        PriceBatchReports.Page<PriceBatchViews.Summary> list = batches.list(BatchKind.PRICE, project, page, LIST_PAGE_SIZE);
        model.addAttribute("project", project);
        model.addAttribute("batches", list);
        model.addAttribute("targetCounts", batches.targetCounts(project,
                list.items().stream().map(PriceBatchViews.Summary::id).toList()));
        model.addAttribute("targetStatuses", PriceBatchStore.TARGET_STATUSES);
        model.addAttribute("curlExample", curlExample(settings.publicBaseUrl() + "/api/projects/" + project.getSlug()
                + "/prices"));
    }

    /** The price API call the empty list shows (docs/price-batches.md). */
    static String curlExample(String url) {
        return "curl -X POST " + url + " \\\n"
                + "  -H \"Authorization: Bearer $KEY\" -H \"Idempotency-Key: $(uuidgen)\" \\\n"
                + "  -H 'Content-Type: application/json' \\\n"
                + "  -d '{\"items\": [{\"sku\": \"TSHIRT-RED-M\", \"price\": 19.99, \"currency\": \"USD\"}]}'";
    }
}
