package com.channelhub.api;

import com.channelhub.deadletter.DeadLetterView;
import com.channelhub.integration.CreateIntegrationRequest;
import com.channelhub.integration.IntegrationView;
import com.channelhub.integration.UpdateIntegrationRequest;
import com.channelhub.pricing.BatchKind;
import com.channelhub.pricing.InventoryBatchRequest;
import com.channelhub.pricing.PriceBatchRequest;
import com.channelhub.pricing.PriceBatchViews;
import com.channelhub.sync.StartSyncRequest;
import com.channelhub.project.CreateProjectRequest;
import com.channelhub.project.IssuedKeyView;
import com.channelhub.project.ProjectView;
import com.channelhub.sync.SyncRunView;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.rest.RestBindingMode;
import org.apache.camel.model.rest.RestParamType;
import org.springframework.stereotype.Component;

/**
 * The hub's REST API (Camel REST DSL on platform-http), documented as OpenAPI 3 at {@code /api/openapi.json}.
 * Each operation hands over to a {@code direct:} route that calls one handler method; the handlers do the work.
 */
@Component
public class ApiRoutes extends RouteBuilder {

    private static final String JSON = ApiExchanges.JSON;

    private final ProjectApi projectApi;
    private final IntegrationApi integrationApi;
    private final DeadLetterApi deadLetterApi;
    private final PriceBatchApi priceBatchApi;

    public ApiRoutes(ProjectApi projectApi, IntegrationApi integrationApi, DeadLetterApi deadLetterApi,
            PriceBatchApi priceBatchApi) {
        this.projectApi = projectApi;
        this.integrationApi = integrationApi;
        this.deadLetterApi = deadLetterApi;
        this.priceBatchApi = priceBatchApi;
    }

    @Override
    public void configure() {
        restConfiguration()
                .component("platform-http")
                .contextPath("/api")
                .bindingMode(RestBindingMode.off)
                .apiContextPath("/openapi.json")
                .apiProperty("api.title", "Channel Hub API")
                .apiProperty("api.version", "1")
                .apiProperty("api.description",
                        "Projects, their sales-channel integrations, sync history, price batches and dead letters. "
                                + "Authenticate with 'Authorization: Bearer <key>': a project key for its project, "
                                + "the admin key (HUB_ADMIN_KEY) for administration. Errors are application/problem+json.");

        rest("/projects").description("Projects and their API keys")
                .post().id("api-create-project").description("Create a project (admin key); returns its first API key once")
                    .consumes(JSON).produces(JSON).type(CreateProjectRequest.class).outType(IssuedKeyView.class)
                    .responseMessage().code(201).message("Created; the key is shown only in this answer").endResponseMessage()
                    .responseMessage().code(409).message("Slug already taken").endResponseMessage()
                    .to("direct:api-create-project")
                .get("/{slug}").id("api-get-project").description("The project the key belongs to")
                    .produces(JSON).outType(ProjectView.class)
                    .to("direct:api-get-project")
                .get("/{slug}/api-keys").id("api-list-api-keys").description("The project's API keys (prefixes only)")
                    .produces(JSON)
                    .to("direct:api-list-api-keys")
                .post("/{slug}/api-keys").id("api-issue-api-key").description("Issue another API key; shown once")
                    .produces(JSON).outType(IssuedKeyView.class)
                    .to("direct:api-issue-api-key")
                .delete("/{slug}/api-keys/{keyId}").id("api-revoke-api-key").description("Revoke an API key")
                    .to("direct:api-revoke-api-key");

        rest("/projects/{slug}/integrations").description("Sales-channel integrations of a project")
                .get().id("api-list-integrations").description("All integrations of the project")
                    .produces(JSON).outType(IntegrationView[].class)
                    .to("direct:api-list-integrations")
                .post().id("api-create-integration").description("Add an integration (credentials optional, never returned)")
                    .consumes(JSON).produces(JSON).type(CreateIntegrationRequest.class).outType(IntegrationView.class)
                    .responseMessage().code(201).message("Created").endResponseMessage()
                    .responseMessage().code(409).message("The project already has this account").endResponseMessage()
                    .to("direct:api-create-integration")
                .get("/{id}").id("api-get-integration").produces(JSON).outType(IntegrationView.class)
                    .to("direct:api-get-integration")
                .patch("/{id}").id("api-update-integration").description("Change display name, marketplaces or sync settings")
                    .consumes(JSON).produces(JSON).type(UpdateIntegrationRequest.class).outType(IntegrationView.class)
                    .to("direct:api-update-integration")
                .delete("/{id}").id("api-delete-integration")
                    .description("Disconnect: the integration stays for history, its credentials are wiped")
                    .produces(JSON).outType(IntegrationView.class)
                    .to("direct:api-delete-integration")
                .post("/{id}/sync").id("api-start-sync")
                    .description("Start a product pull now; 202 with the run, 409 naming the run already in progress")
                    .consumes(JSON).produces(JSON).type(StartSyncRequest.class).outType(SyncRunView.class)
                    .responseMessage().code(202).message("Started").endResponseMessage()
                    .responseMessage().code(409).message("A pull is already running").endResponseMessage()
                    .to("direct:api-start-sync")
                .get("/{id}/sync-runs/{runId}").id("api-get-sync-run")
                    .description("A run with live progress: counters, items per second, ETA, outcome")
                    .produces(JSON).outType(SyncRunView.class)
                    .to("direct:api-get-sync-run")
                .post("/{id}/sync-runs/{runId}/cancel").id("api-cancel-sync-run")
                    .description("Stop a running pull cleanly at its next page")
                    .produces(JSON).outType(SyncRunView.class)
                    .to("direct:api-cancel-sync-run")
                .get("/{id}/sync-runs").id("api-list-sync-runs").description("Sync history, newest first")
                    .produces(JSON)
                    .param().name("page").type(RestParamType.query).dataType("integer").description("Page, from 0").endParam()
                    .param().name("size").type(RestParamType.query).dataType("integer").description("1 to 200, default 20").endParam()
                    .to("direct:api-list-sync-runs");

        rest("/projects/{slug}").description("Price batches: one call sets prices on every channel that sells each SKU")
                .post("/prices").id("api-submit-price-batch")
                    .description("Take up to 100,000 prices (one per SKU) and send each to every connected channel whose "
                            + "catalog has the SKU. Needs an Idempotency-Key header: the same key with the same body "
                            + "answers the same batch (200), with another body 409. Invalid items answer 400 listing "
                            + "each one (index, field, message) unless partial=true, which accepts the valid items and "
                            + "stores the others as INVALID. Per-channel prices go in an item's 'channels' object, keyed "
                            + "by integration id or by platform (SHOPIFY, AMAZON); an integration's entry wins.")
                    .consumes(JSON).produces(JSON).type(PriceBatchRequest.class).outType(PriceBatchViews.Batch.class)
                    .param().name(PriceBatchApi.IDEMPOTENCY_KEY).type(RestParamType.header).required(true)
                        .description("Unique per batch, 1 to 255 visible ASCII characters; resend it to retry safely").endParam()
                    .param().name("partial").type(RestParamType.query).dataType("boolean")
                        .description("Accept the valid items and report the invalid ones (also settable in the body)").endParam()
                    .responseMessage().code(202).message("Accepted: the batch is stored and being sent").endResponseMessage()
                    .responseMessage().code(200).message("A replay of an earlier request with this key and body").endResponseMessage()
                    .responseMessage().code(400).message("Invalid items (each listed) or no Idempotency-Key").endResponseMessage()
                    .responseMessage().code(409).message("The key was used with a different body").endResponseMessage()
                    .responseMessage().code(413).message("Body over HUB_PRICE_BATCH_MAX_BODY_SIZE").endResponseMessage()
                    .to("direct:api-submit-price-batch")
                .get("/price-batches").id("api-list-price-batches").description("The project's price batches, newest first")
                    .produces(JSON)
                    .param().name("page").type(RestParamType.query).dataType("integer").description("Page, from 0").endParam()
                    .param().name("size").type(RestParamType.query).dataType("integer").description("1 to 200, default 20").endParam()
                    .to("direct:api-list-price-batches")
                .get("/price-batches/{id}").id("api-get-price-batch")
                    .description("Status (ACCEPTED, IN_PROGRESS, COMPLETED, COMPLETED_WITH_ERRORS) and counts per status "
                            + "and per channel")
                    .produces(JSON).outType(PriceBatchViews.Batch.class)
                    .to("direct:api-get-price-batch")
                .get("/price-batches/{id}/items").id("api-list-price-batch-items")
                    .description("Items in order, each with every channel's status, platform result and reason")
                    .produces(JSON)
                    .param().name("status").type(RestParamType.query)
                        .description("Item status (MATCHED, INVALID, UNMATCHED) or channel status (PENDING, IN_FLIGHT, "
                                + "APPLIED, ACCEPTED, REJECTED, FAILED, SUPERSEDED)").endParam()
                    .param().name("page").type(RestParamType.query).dataType("integer").description("Page, from 0").endParam()
                    .param().name("size").type(RestParamType.query).dataType("integer").description("1 to 200, default 20").endParam()
                    .to("direct:api-list-price-batch-items");

        rest("/projects/{slug}").description("Inventory batches: one call sets available quantities on every channel "
                        + "that sells each SKU, with the price batches' contract")
                .post("/inventory").id("api-submit-inventory-batch")
                    .description("Take up to 100,000 available quantities (one per SKU, whole numbers from 0) and set "
                            + "each on every connected channel whose catalog has the SKU: Shopify at the integration's "
                            + "location (compare-and-set), Amazon's seller-fulfilled quantity (Amazon-fulfilled offers "
                            + "answer UNSUPPORTED). Idempotency-Key, partial and per-channel overrides ({\"quantity\": n} "
                            + "keyed by integration id or platform) as for prices.")
                    .consumes(JSON).produces(JSON).type(InventoryBatchRequest.class).outType(PriceBatchViews.Batch.class)
                    .param().name(PriceBatchApi.IDEMPOTENCY_KEY).type(RestParamType.header).required(true)
                        .description("Unique per batch, 1 to 255 visible ASCII characters; resend it to retry safely").endParam()
                    .param().name("partial").type(RestParamType.query).dataType("boolean")
                        .description("Accept the valid items and report the invalid ones (also settable in the body)").endParam()
                    .responseMessage().code(202).message("Accepted: the batch is stored and being sent").endResponseMessage()
                    .responseMessage().code(200).message("A replay of an earlier request with this key and body").endResponseMessage()
                    .responseMessage().code(400).message("Invalid items (each listed) or no Idempotency-Key").endResponseMessage()
                    .responseMessage().code(409).message("The key was used with a different body").endResponseMessage()
                    .responseMessage().code(413).message("Body over HUB_PRICE_BATCH_MAX_BODY_SIZE").endResponseMessage()
                    .to("direct:api-submit-inventory-batch")
                .get("/inventory-batches").id("api-list-inventory-batches")
                    .description("The project's inventory batches, newest first")
                    .produces(JSON)
                    .param().name("page").type(RestParamType.query).dataType("integer").description("Page, from 0").endParam()
                    .param().name("size").type(RestParamType.query).dataType("integer").description("1 to 200, default 20").endParam()
                    .to("direct:api-list-inventory-batches")
                .get("/inventory-batches/{id}").id("api-get-inventory-batch")
                    .description("Status and counts per status and per channel")
                    .produces(JSON).outType(PriceBatchViews.Batch.class)
                    .to("direct:api-get-inventory-batch")
                .get("/inventory-batches/{id}/items").id("api-list-inventory-batch-items")
                    .description("Items in order, each with every channel's status, platform result and reason")
                    .produces(JSON)
                    .param().name("status").type(RestParamType.query)
                        .description("Item status (MATCHED, INVALID, UNMATCHED) or channel status (PENDING, IN_FLIGHT, "
                                + "APPLIED, ACCEPTED, REJECTED, FAILED, SUPERSEDED, UNSUPPORTED)").endParam()
                    .param().name("page").type(RestParamType.query).dataType("integer").description("Page, from 0").endParam()
                    .param().name("size").type(RestParamType.query).dataType("integer").description("1 to 200, default 20").endParam()
                    .to("direct:api-list-inventory-batch-items");

        rest("/dead-letters").description("Failed messages (admin key)")
                .get().id("api-list-dead-letters").produces(JSON)
                    .param().name("routeId").type(RestParamType.query).endParam()
                    .param().name("resolved").type(RestParamType.query).dataType("boolean").endParam()
                    .param().name("integrationId").type(RestParamType.query).endParam()
                    .param().name("since").type(RestParamType.query).description("ISO-8601 instant").endParam()
                    .param().name("page").type(RestParamType.query).dataType("integer").endParam()
                    .param().name("size").type(RestParamType.query).dataType("integer").endParam()
                    .to("direct:api-list-dead-letters")
                .get("/{id}").id("api-get-dead-letter").produces(JSON).outType(DeadLetterView.class)
                    .to("direct:api-get-dead-letter")
                .post("/{id}/replay").id("api-replay-dead-letter")
                    .description("Send the original message again to the route it failed in; answers with the outcome")
                    .produces(JSON).outType(DeadLetterView.class)
                    .to("direct:api-replay-dead-letter")
                .post("/{id}/resolve").id("api-resolve-dead-letter").description("Mark as handled without replaying")
                    .produces(JSON).outType(DeadLetterView.class)
                    .to("direct:api-resolve-dead-letter");

        handle("api-create-project", projectApi::create);
        handle("api-get-project", projectApi::get);
        handle("api-list-api-keys", projectApi::listKeys);
        handle("api-issue-api-key", projectApi::issueKey);
        handle("api-revoke-api-key", projectApi::revokeKey);

        handle("api-list-integrations", integrationApi::list);
        handle("api-create-integration", integrationApi::create);
        handle("api-get-integration", integrationApi::get);
        handle("api-update-integration", integrationApi::update);
        handle("api-delete-integration", integrationApi::delete);
        handle("api-list-sync-runs", integrationApi::syncRuns);
        handle("api-start-sync", integrationApi::startSync);
        handle("api-get-sync-run", integrationApi::syncRun);
        handle("api-cancel-sync-run", integrationApi::cancelSync);

        handle("api-submit-price-batch", e -> priceBatchApi.submit(BatchKind.PRICE, e));
        handle("api-list-price-batches", e -> priceBatchApi.list(BatchKind.PRICE, e));
        handle("api-get-price-batch", e -> priceBatchApi.get(BatchKind.PRICE, e));
        handle("api-list-price-batch-items", e -> priceBatchApi.items(BatchKind.PRICE, e));
        handle("api-submit-inventory-batch", e -> priceBatchApi.submit(BatchKind.INVENTORY, e));
        handle("api-list-inventory-batches", e -> priceBatchApi.list(BatchKind.INVENTORY, e));
        handle("api-get-inventory-batch", e -> priceBatchApi.get(BatchKind.INVENTORY, e));
        handle("api-list-inventory-batch-items", e -> priceBatchApi.items(BatchKind.INVENTORY, e));

        handle("api-list-dead-letters", deadLetterApi::list);
        handle("api-get-dead-letter", deadLetterApi::get);
        handle("api-replay-dead-letter", deadLetterApi::replay);
        handle("api-resolve-dead-letter", deadLetterApi::resolve);
    }

    private void handle(String name, org.apache.camel.Processor handler) {
        from("direct:" + name).routeId(name).routeConfigurationId(ApiErrorHandling.ID).process(handler);
    }
}
