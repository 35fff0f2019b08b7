package com.channelhub.console;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.channelhub.api.ProductSearchParams;
import com.channelhub.catalog.CatalogReader;
import com.channelhub.catalog.CatalogViews;
import com.channelhub.catalog.ProductSearch;
import com.channelhub.catalog.ProductSort;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.project.Project;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The project's catalog across its channels: a search form, one page of products with each variant's price and
 * quantity on every channel selling its SKU, and one product's page. The form is read by the catalog API's own
 * rules ({@link ProductSearchParams}) and answered by the API's {@link CatalogReader}, so both search alike.
 */
@Controller
class ProductController {

    /** Labels of the API's parameters, to word its messages next to the form's fields ("Lowest price must …"). */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("q", "Search"), Map.entry("sku", "SKU"),
            Map.entry("platform", "Platform"), Map.entry("integrationId", "Channel"), Map.entry("status", "Status"),
            Map.entry("minPrice", "Lowest price"), Map.entry("maxPrice", "Highest price"),
            Map.entry("updatedSince", "Changed since"), Map.entry("sort", "Sort by"), Map.entry("order", "Order"),
            Map.entry("size", "Per page"));

    private final ConsoleProjects projects;
    private final IntegrationRepository integrations;
    private final ProductSearchParams params;
    private final CatalogReader catalog;
    private final ConsoleFormat consoleFormat;
    private final ProductFormat productFormat;

    ProductController(ConsoleProjects projects, IntegrationRepository integrations, ProductSearchParams params,
            CatalogReader catalog, ConsoleFormat consoleFormat, ProductFormat productFormat) {
        this.projects = projects;
        this.integrations = integrations;
        this.params = params;
        this.catalog = catalog;
        this.consoleFormat = consoleFormat;
        this.productFormat = productFormat;
    }

    @GetMapping("/p/{slug}/products")
    String search(@PathVariable String slug, HttpServletRequest request, Model model) {
        Project project = projects.current(request);
        List<PlatformIntegration> channels = integrations.findByProjectOrderByCreatedAtAsc(project);
        ProductSearchForm form = ProductSearchForm.of(request);
        String path = "/p/" + project.getSlug() + "/products";
        model.addAttribute("project", project);
        model.addAttribute("channels", channels);
        Map<UUID, String> channelNames = channelNames(channels);
        model.addAttribute("f", form.values());
        model.addAttribute("checkedStatuses", form.statuses());
        model.addAttribute("channelNames", channelNames);
        model.addAttribute("statuses", ProductSearch.STATUSES.stream().sorted().toList());
        model.addAttribute("choices", ProductFilterChoices.of(channels, channelNames, form.get("size"), consoleFormat,
                productFormat));
        model.addAttribute("fieldErrors", Map.of());
        model.addAttribute("clearUrl", path);
        if (channels.isEmpty()) {
            return "console/products";
        }
        try {
            ProductSearch search = params.read(form::get, channels);
            CatalogViews.ProductPage page = catalog.search(search, ids(channels));
            model.addAttribute("page", page);
            model.addAttribute("pageNumber", form.pageNumber());
            model.addAttribute("previousUrl", form.previous(path));
            model.addAttribute("nextUrl", page.nextCursor() == null ? null : form.next(path, page.nextCursor()));
            model.addAttribute("firstUrl", form.first(path));
            if (page.items().isEmpty()) {
                model.addAttribute("catalogEmpty", catalogEmpty(channels));
            }
        } catch (ApiProblem problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            model.addAttribute("fieldErrors", fieldErrors(problem.errors()));
        }
        return "console/products";
    }

    @GetMapping("/p/{slug}/products/{id}")
    String product(@PathVariable String slug, @PathVariable UUID id, HttpServletRequest request, Model model) {
        Project project = projects.current(request);
        List<PlatformIntegration> channels = integrations.findByProjectOrderByCreatedAtAsc(project);
        CatalogViews.Product product = catalog.product(id, ids(channels))
                .orElseThrow(() -> ApiProblem.notFound("No product " + id + " in project " + project.getSlug() + "."));
        model.addAttribute("project", project);
        model.addAttribute("product", product);
        model.addAttribute("channelNames", channelNames(channels));
        return "console/product";
    }

    /** Whether the project has no product at all, deleted ones included: then the page says to pull. */
    private boolean catalogEmpty(List<PlatformIntegration> channels) {
        ProductSearch any = new ProductSearch(ids(channels), null, null, ProductSearch.STATUSES, null, null, null,
                ProductSort.TITLE, false, null, 1);
        return catalog.search(any, ids(channels)).items().isEmpty();
    }

    /** The API's messages by field, each starting with the field's label; fields the form lacks under "other". */
    static Map<String, List<String>> fieldErrors(List<ApiProblem.FieldError> errors) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        for (ApiProblem.FieldError error : errors) {
            if (error.field().equals("cursor")) {
                // the API's word for it (nextCursor) means nothing on the page: the link is what the person used
                byField.computeIfAbsent("other", f -> new ArrayList<>()).add("This page link does not fit the search"
                        + " (it was made for another order, or changed): start again from the first page.");
                continue;
            }
            String label = LABELS.get(error.field());
            String field = label == null ? "other" : error.field();
            String message = label == null ? error.field() + " " + error.message() : label + " " + error.message();
            byField.computeIfAbsent(field, f -> new ArrayList<>()).add(message + ".");
        }
        return byField;
    }

    /** "Shopify · shop.myshopify.com" by integration, for the channel that holds each product. */
    static Map<UUID, String> channelNames(List<PlatformIntegration> channels) {
        Map<UUID, String> names = new LinkedHashMap<>();
        channels.forEach(c -> names.put(c.getId(), c.getDisplayName() != null ? c.getDisplayName()
                : c.getExternalAccount()));
        return names;
    }

    private static List<UUID> ids(List<PlatformIntegration> channels) {
        return channels.stream().map(PlatformIntegration::getId).toList();
    }
}
