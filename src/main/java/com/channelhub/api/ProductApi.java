package com.channelhub.api;

import java.util.List;
import java.util.UUID;

import com.channelhub.catalog.CatalogReader;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.project.Project;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** Handlers of the catalog endpoints: the products of every integration of a project; {@link CatalogReader} reads. */
@Component
public class ProductApi {

    private final ApiExchanges api;
    private final ApiAuthenticator auth;
    private final IntegrationRepository integrations;
    private final ProductSearchParams params;
    private final CatalogReader catalog;

    public ProductApi(ApiExchanges api, ApiAuthenticator auth, IntegrationRepository integrations,
            ProductSearchParams params, CatalogReader catalog) {
        this.api = api;
        this.auth = auth;
        this.integrations = integrations;
        this.params = params;
        this.catalog = catalog;
    }

    public void search(Exchange exchange) {
        List<PlatformIntegration> all = integrationsOf(project(exchange));
        var search = params.read(exchange, all);
        api.respond(exchange, 200, catalog.search(search, ids(all)));
    }

    public void get(Exchange exchange) {
        Project project = project(exchange);
        UUID id = api.uuidParam(exchange, "id");
        api.respond(exchange, 200, catalog.product(id, ids(integrationsOf(project)))
                .orElseThrow(() -> ApiProblem.notFound("No product " + id + " in project " + project.getSlug() + ".")));
    }

    public void bySku(Exchange exchange) {
        Project project = project(exchange);
        String sku = exchange.getIn().getHeader("sku", String.class);
        if (sku == null || sku.isBlank()) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError("sku", "is required")));
        }
        api.respond(exchange, 200, catalog.bySku(sku, ids(integrationsOf(project)))
                .orElseThrow(() -> ApiProblem.notFound("No product with SKU '" + sku + "' in project "
                        + project.getSlug() + ".")));
    }

    private List<PlatformIntegration> integrationsOf(Project project) {
        return integrations.findByProjectOrderByCreatedAtAsc(project);
    }

    private static List<UUID> ids(List<PlatformIntegration> integrations) {
        return integrations.stream().map(PlatformIntegration::getId).toList();
    }

    private Project project(Exchange exchange) {
        return auth.requireProject(exchange, api.pathParam(exchange, "slug"));
    }
}
