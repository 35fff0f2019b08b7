package com.channelhub.api;

import com.channelhub.amazon.AmazonRouting;
import com.channelhub.catalog.CatalogViews;
import com.channelhub.configcheck.ConfigurationReport;
import com.channelhub.deadletter.DeadLetterView;
import com.channelhub.integration.CreateIntegrationRequest;
import com.channelhub.integration.HealthView;
import com.channelhub.integration.IntegrationView;
import com.channelhub.integration.InventoryLocations;
import com.channelhub.integration.UpdateIntegrationRequest;
import com.channelhub.platform.PlatformView;
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
    private final AdminApi adminApi;
    private final ProductApi productApi;
    private final CatalogSearchApi catalogSearchApi;
    private final PlatformApi platformApi;

    public ApiRoutes(ProjectApi projectApi, IntegrationApi integrationApi, DeadLetterApi deadLetterApi,
            PriceBatchApi priceBatchApi, AdminApi adminApi, ProductApi productApi, CatalogSearchApi catalogSearchApi,
            PlatformApi platformApi) {
        this.platformApi = platformApi;
        this.projectApi = projectApi;
        this.integrationApi = integrationApi;
        this.deadLetterApi = deadLetterApi;
        this.priceBatchApi = priceBatchApi;
        this.adminApi = adminApi;
        this.productApi = productApi;
        this.catalogSearchApi = catalogSearchApi;
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

        rest("/platforms").description("The platforms this hub connects to")
                .get().id("api-list-platforms")
                    .description("Every platform a connector on this hub provides, with its capabilities (INSTALL_OAUTH, "
                            + "INSTALL_TOKEN, CATALOG_PULL_FULL, CATALOG_PULL_INCREMENTAL, PRICE_PUSH, INVENTORY_PUSH, "
                            + "INVENTORY_LOCATIONS, "
                            + "WEBHOOKS, CATALOG_SEARCH, HEALTH_CHECK, CREDENTIALS_SWEEP) and whether the hub is "
                            + "configured for it: CONFIGURED, or DISABLED with the names of the environment variables "
                            + "to set. Any valid key (project or admin). A platform without a capability is skipped "
                            + "where that capability is needed, e.g. its price batch targets end UNSUPPORTED.")
                    .produces(JSON).outType(PlatformView[].class)
                    .responseMessage().code(200).message("The platforms, by code").endResponseMessage()
                    .responseMessage().code(401).message("No key, or an unknown or revoked one").endResponseMessage()
                    .to("direct:api-list-platforms");

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
                .patch("/{id}").id("api-update-integration")
                    .description("Change display name, marketplaces, sync settings or the inventory location "
                            + "(inventoryLocationId: one of …/inventory-locations, checked live; \"\" for the default)")
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
                .get("/{id}/inventory-locations").id("api-list-inventory-locations")
                    .description("The account's stock locations, asked live, and the one inventory batches set "
                            + "quantities at (inventoryLocationId; null: the account's default, Shopify's primary location)")
                    .produces(JSON).outType(InventoryLocations.Locations.class)
                    .responseMessage().code(409).message("Not connected, or the platform has no locations").endResponseMessage()
                    .to("direct:api-list-inventory-locations")
                .get("/{id}/health").id("api-get-integration-health")
                    .description("The last health probe's result (scheduled or on demand) beside the connection status")
                    .produces(JSON).outType(HealthView.class)
                    .to("direct:api-get-integration-health")
                .post("/{id}/health/check").id("api-check-integration-health")
                    .description("Probe the platform now with the integration's credentials and record the result")
                    .produces(JSON).outType(HealthView.class)
                    .responseMessage().code(409).message("The integration is not connected").endResponseMessage()
                    .to("direct:api-check-integration-health")
                .get("/{id}/sync-runs").id("api-list-sync-runs").description("Sync history, newest first")
                    .produces(JSON)
                    .param().name("page").type(RestParamType.query).dataType("integer").description("Page, from 0").endParam()
                    .param().name("size").type(RestParamType.query).dataType("integer").description("1 to 200, default 20").endParam()
                    .to("direct:api-list-sync-runs")
                .get("/{id}/feeds").id("api-list-amazon-feeds")
                    .description("The Amazon JSON_LISTINGS_FEED documents the hub submitted for the integration, newest "
                            + "first: status (OPEN, COMPLETED, FAILED, STUCK), Amazon's processingStatus, message count "
                            + "and the processing report's counts")
                    .produces(JSON)
                    .param().name("page").type(RestParamType.query).dataType("integer").description("Page, from 0").endParam()
                    .param().name("size").type(RestParamType.query).dataType("integer").description("1 to 200, default 20").endParam()
                    .to("direct:api-list-amazon-feeds");

        batchEndpoints(BatchKind.PRICE, PriceBatchRequest.class,
                "Price batches: one call sets prices on every channel that sells each SKU",
                "Take up to 100,000 prices (one per SKU) and send each to every connected channel whose catalog has "
                        + "the SKU. Needs an Idempotency-Key header: the same key with the same body answers the same "
                        + "batch (200), with another body 409. Invalid items answer 400 listing each one (index, "
                        + "field, message) unless partial=true, which accepts the valid items and stores the others "
                        + "as INVALID. Per-channel prices go in an item's 'channels' object, keyed by integration id "
                        + "or by platform (SHOPIFY, AMAZON); an integration's entry wins.",
                "the platform takes no prices");
        batchEndpoints(BatchKind.INVENTORY, InventoryBatchRequest.class,
                "Inventory batches: one call sets available quantities on every channel that sells each SKU, with "
                        + "the price batches' contract",
                "Take up to 100,000 available quantities (one per SKU, whole numbers from 0) and set each on every "
                        + "connected channel whose catalog has the SKU: Shopify at the integration's location "
                        + "(compare-and-set), Amazon's seller-fulfilled quantity (Amazon-fulfilled offers answer "
                        + "UNSUPPORTED). Idempotency-Key, partial and per-channel overrides ({\"quantity\": n} keyed "
                        + "by integration id or platform) as for prices.",
                "the platform takes no quantities, or Amazon fulfills the offer");

        rest("/projects/{slug}/products").description("The catalog across all of a project's channels (docs/catalog.md)")
                .get().id("api-search-products")
                    .description("Products of every integration, each variant with every channel that sells its SKU "
                            + "(ids, price, quantity, last synced). Keyset paging: pass nextCursor back as cursor, "
                            + "with the same sort and order; rows changed meanwhile neither repeat nor vanish.")
                    .produces(JSON).outType(CatalogViews.ProductPage.class)
                    .param().name("q").type(RestParamType.query)
                        .description("Case-insensitive substring of title, vendor or SKU").endParam()
                    .param().name("sku").type(RestParamType.query).description("Exact SKU of a variant").endParam()
                    .param().name("platform").type(RestParamType.query).description("SHOPIFY or AMAZON").endParam()
                    .param().name("integrationId").type(RestParamType.query).endParam()
                    .param().name("status").type(RestParamType.query)
                        .description("active, draft, archived, inactive, incomplete, deleted; comma-separated; "
                                + "default every status but deleted").endParam()
                    .param().name("minPrice").type(RestParamType.query).dataType("number")
                        .description("A live variant's price at least this").endParam()
                    .param().name("maxPrice").type(RestParamType.query).dataType("number").endParam()
                    .param().name("updatedSince").type(RestParamType.query)
                        .description("ISO-8601 instant: the product or a variant changed in the hub since").endParam()
                    .param().name("sort").type(RestParamType.query)
                        .description("title (default), sku, price (the product's lowest), updatedAt").endParam()
                    .param().name("order").type(RestParamType.query).description("asc (default) or desc").endParam()
                    .param().name("size").type(RestParamType.query).dataType("integer")
                        .description("1 to 200, default 50").endParam()
                    .param().name("cursor").type(RestParamType.query).description("nextCursor of the previous page")
                        .endParam()
                    .to("direct:api-search-products")
                .get("/by-sku").id("api-product-by-sku")
                    .description("Every channel selling the SKU and the products that hold it")
                    .produces(JSON).outType(CatalogViews.SkuLookup.class)
                    .param().name("sku").type(RestParamType.query).required(true).endParam()
                    .to("direct:api-product-by-sku")
                .get("/{id}").id("api-get-product").produces(JSON).outType(CatalogViews.Product.class)
                    .to("direct:api-get-product");

        rest("/projects/{slug}/integrations/{id}/catalog-search")
                .description("Amazon's catalog (Catalog Items 2022-04-01 searchCatalogItems), to find an ASIN")
                .get().id("api-amazon-catalog-search")
                    .description("Search an Amazon integration's marketplace by keywords or by identifiers. Amazon "
                            + "allows 2 requests per second per seller: the hub waits its turn and retries throttled "
                            + "calls; if Amazon keeps throttling, 429 with Retry-After. Other platforms: 409.")
                    .produces(JSON).outType(CatalogSearchApi.SearchResult.class)
                    .param().name("keywords").type(RestParamType.query)
                        .description("Up to 20, comma-separated; not with identifiers").endParam()
                    .param().name("identifiers").type(RestParamType.query)
                        .description("Up to 20, comma-separated; needs identifiersType").endParam()
                    .param().name("identifiersType").type(RestParamType.query)
                        .description("ASIN, EAN, GTIN, ISBN, JAN, MINSAN, SKU (the seller's own), UPC").endParam()
                    .param().name("marketplaceId").type(RestParamType.query)
                        .description("One of the integration's marketplaces; default its first").endParam()
                    .param().name("includedData").type(RestParamType.query)
                        .description("Default " + CatalogSearchApi.DEFAULT_INCLUDED_DATA).endParam()
                    .param().name("pageSize").type(RestParamType.query).dataType("integer")
                        .description("1 to 20, default 10").endParam()
                    .param().name("pageToken").type(RestParamType.query)
                        .description("nextPageToken or previousPageToken of an earlier answer").endParam()
                    .responseMessage().code(409).message("Not an Amazon integration, or not connected").endResponseMessage()
                    .responseMessage().code(429).message("Amazon kept throttling; see Retry-After").endResponseMessage()
                    .to("direct:api-amazon-catalog-search");

        rest("/admin/config").description("The hub's configuration (admin key)")
                .post("/check").id("api-check-configuration")
                    .description("Check every setting, the encryption key, the database and its schema version, and the "
                            + "platforms' credentials with live calls (one per connected integration); answers each "
                            + "check as PASS, WARN or FAIL with what to do, and the worst as the status")
                    .produces(JSON).outType(ConfigurationReport.class)
                    .param().name("project").type(RestParamType.query)
                        .description("Only this project's integrations get a live call (default: every project's)").endParam()
                    .to("direct:api-check-configuration");

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

        handle("api-list-platforms", platformApi::list);

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
        handle("api-get-integration-health", integrationApi::health);
        handle("api-check-integration-health", integrationApi::checkHealth);
        handle("api-list-inventory-locations", integrationApi::inventoryLocations);
        handle("api-list-sync-runs", integrationApi::syncRuns);
        handle("api-list-amazon-feeds", integrationApi::feeds);
        handle("api-start-sync", integrationApi::startSync);
        handle("api-get-sync-run", integrationApi::syncRun);
        handle("api-cancel-sync-run", integrationApi::cancelSync);

        handle("api-search-products", productApi::search);
        handle("api-product-by-sku", productApi::bySku);
        handle("api-get-product", productApi::get);
        // the seller's catalog-search bucket (2 rps, burst 2) is the component's to keep; a throttled call is
        // retried within a few seconds, not the component's default minute, since a person is waiting
        from("direct:api-amazon-catalog-search").routeId("api-amazon-catalog-search")
                .routeConfigurationId(ApiErrorHandling.ID)
                .process(catalogSearchApi::prepare)
                .toD("amazon-sp:catalogSearch?region=${header." + AmazonRouting.REGION + "}&endpointUrl=RAW(${header."
                        + AmazonRouting.SP_API_URL + "})&maxRetries=3&retryBaseDelay=500&retryMaxDelay=2000")
                .process(catalogSearchApi::respond);

        handle("api-check-configuration", adminApi::checkConfiguration);

        handle("api-list-dead-letters", deadLetterApi::list);
        handle("api-get-dead-letter", deadLetterApi::get);
        handle("api-replay-dead-letter", deadLetterApi::replay);
        handle("api-resolve-dead-letter", deadLetterApi::resolve);
    }

    /**
     * A batch kind's four operations, under the same contract: {@code POST …/<submitPath>}, the list, one batch and
     * its items ({@code …/<kind.path()>}), with their handlers.
     */
    private void batchEndpoints(BatchKind kind, Class<?> requestType, String description, String submitDescription,
            String unsupportedMeaning) {
        String submit = "api-submit-" + kind.noun() + "-batch";
        String list = "api-list-" + kind.noun() + "-batches";
        String get = "api-get-" + kind.noun() + "-batch";
        String items = "api-list-" + kind.noun() + "-batch-items";
        rest("/projects/{slug}").description(description)
                .post("/" + kind.submitPath()).id(submit)
                    .description(submitDescription)
                    .consumes(JSON).produces(JSON).type(requestType).outType(PriceBatchViews.Batch.class)
                    .param().name(PriceBatchApi.IDEMPOTENCY_KEY).type(RestParamType.header).required(true)
                        .description("Unique per batch, 1 to 255 visible ASCII characters; resend it to retry safely").endParam()
                    .param().name("partial").type(RestParamType.query).dataType("boolean")
                        .description("Accept the valid items and report the invalid ones (also settable in the body)").endParam()
                    .responseMessage().code(202).message("Accepted: the batch is stored and being sent").endResponseMessage()
                    .responseMessage().code(200).message("A replay of an earlier request with this key and body").endResponseMessage()
                    .responseMessage().code(400).message("Invalid items (each listed) or no Idempotency-Key").endResponseMessage()
                    .responseMessage().code(409).message("The key was used with a different body").endResponseMessage()
                    .responseMessage().code(413).message("Body over HUB_PRICE_BATCH_MAX_BODY_SIZE").endResponseMessage()
                    .to("direct:" + submit)
                .get("/" + kind.path()).id(list)
                    .description("The project's " + kind.noun() + " batches, newest first")
                    .produces(JSON)
                    .param().name("page").type(RestParamType.query).dataType("integer").description("Page, from 0").endParam()
                    .param().name("size").type(RestParamType.query).dataType("integer").description("1 to 200, default 20").endParam()
                    .to("direct:" + list)
                .get("/" + kind.path() + "/{id}").id(get)
                    .description("Status (ACCEPTED, IN_PROGRESS, COMPLETED, COMPLETED_WITH_ERRORS) and counts per status "
                            + "and per channel")
                    .produces(JSON).outType(PriceBatchViews.Batch.class)
                    .to("direct:" + get)
                .get("/" + kind.path() + "/{id}/items").id(items)
                    .description("Items in order, each with every channel's status, platform result and reason")
                    .produces(JSON)
                    .param().name("status").type(RestParamType.query)
                        .description("Item status (MATCHED, INVALID, UNMATCHED) or channel status (PENDING, IN_FLIGHT, "
                                + "APPLIED, ACCEPTED, REJECTED, FAILED, SUPERSEDED, UNSUPPORTED: "
                                + unsupportedMeaning + ")").endParam()
                    .param().name("page").type(RestParamType.query).dataType("integer").description("Page, from 0").endParam()
                    .param().name("size").type(RestParamType.query).dataType("integer").description("1 to 200, default 20").endParam()
                    .to("direct:" + items);
        handle(submit, e -> priceBatchApi.submit(kind, e));
        handle(list, e -> priceBatchApi.list(kind, e));
        handle(get, e -> priceBatchApi.get(kind, e));
        handle(items, e -> priceBatchApi.items(kind, e));
    }

    private void handle(String name, org.apache.camel.Processor handler) {
        from("direct:" + name).routeId(name).routeConfigurationId(ApiErrorHandling.ID).process(handler);
    }
}
