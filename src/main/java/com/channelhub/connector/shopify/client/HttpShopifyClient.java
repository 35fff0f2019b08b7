package com.channelhub.connector.shopify.client;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.util.Timeout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.CatalogVariant;
import com.channelhub.connector.shopify.ShopifyAccessTokenProvider;
import com.channelhub.connector.shopify.ShopifyPlatformFacts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@link ShopifyClient} over Apache HttpClient 5: all of the connector's HTTP and JSON. GraphQL goes through
 * {@link GraphqlTransport} (pacing, throttling, retries); OAuth through {@link ShopifyOAuth}.
 */
public final class HttpShopifyClient implements ShopifyClient {

    private static final Logger LOG = LoggerFactory.getLogger(HttpShopifyClient.class);
    private static final int MAX_VARIANT_PAGE = ShopifyPlatformFacts.MAX_PAGE_SIZE;

    private final ShopifyClientSettings settings;
    private final CloseableHttpClient http;
    private final ObjectMapper json = new ObjectMapper();
    private final GraphqlTransport graphql;
    private final ShopifyOAuth oauth;
    private final InventoryGraphql inventory;
    /** Products per page each shop accepted after a MAX_COST_EXCEEDED split, by variants page size. */
    private final Map<String, Integer> pageCaps = new ConcurrentHashMap<>();

    public HttpShopifyClient(ShopifyClientSettings settings, ShopifyAccessTokenProvider tokens) {
        this(settings, tokens, new CostPacer(System::nanoTime, Thread::sleep));
    }

    HttpShopifyClient(ShopifyClientSettings settings, ShopifyAccessTokenProvider tokens, CostPacer pacer) {
        this.settings = settings;
        this.http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                                .setSocketTimeout(Timeout.of(settings.responseTimeout())).build())
                        .setMaxConnPerRoute(20).setMaxConnTotal(100).build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.responseTimeout())).build())
                .disableCookieManagement()
                // HttpClient would otherwise repeat 429 and 503 on its own, blind to Shopify's cost bucket
                .disableAutomaticRetries()
                .build();
        this.graphql = new GraphqlTransport(settings, tokens, http, json, pacer);
        this.oauth = new ShopifyOAuth(settings, http, json);
        this.inventory = new InventoryGraphql(json, settings.apiVersion());
    }

    @Override
    public ProductPage products(String shop, ProductPageRequest request) {
        int variantsFirst = Math.max(1, Math.min(request.variantsPageSize(), MAX_VARIANT_PAGE));
        String capKey = shop + "|" + variantsFirst;
        int first = Math.min(ShopifyQueries.affordablePageSize(request.pageSize(), variantsFirst),
                pageCaps.getOrDefault(capKey, Integer.MAX_VALUE));
        while (true) {
            try {
                return productsPage(shop, first, variantsFirst, request);
            } catch (ShopifyQueryCostExceededException e) {
                if (first == 1) {
                    throw e;
                }
                // never retried as is: the same page is asked for in halves (Shopify: "shrink first")
                first = first / 2;
                pageCaps.put(capKey, first);
                LOG.info("Shopify refused a products page on {} as too costly ({}); asking for {} products per page",
                        shop, e.getMessage(), first);
            }
        }
    }

    private ProductPage productsPage(String shop, int first, int variantsFirst, ProductPageRequest request) {
        ObjectNode variables = json.createObjectNode().put("first", first).put("variantsFirst", variantsFirst)
                .put("after", request.after()).put("query", ShopifyQueries.updatedSinceFilter(request.updatedSince()));
        JsonNode data = graphql.execute(shop, "products/" + first + "/" + variantsFirst,
                ShopifyQueries.productsCost(first, variantsFirst), ShopifyQueries.PRODUCTS, variables);
        String currency = ShopifyJson.text(data.path("shop").path("currencyCode"));
        JsonNode connection = data.path("products");
        List<CatalogProduct> products = new ArrayList<>();
        for (JsonNode node : ShopifyJson.nodes(connection)) {
            products.add(ShopifyJson.product(node, variants(shop, node, currency)));
        }
        return new ProductPage(products, ShopifyJson.hasNextPage(connection), ShopifyJson.endCursor(connection),
                first);
    }

    /** The product's inline variants, then further pages of them when it has more (up to 2,048 per product). */
    private List<CatalogVariant> variants(String shop, JsonNode product, String currency) {
        JsonNode connection = product.path("variants");
        List<CatalogVariant> variants = new ArrayList<>();
        ShopifyJson.nodes(connection).forEach(v -> variants.add(ShopifyJson.variant(v, currency)));
        while (ShopifyJson.hasNextPage(connection)) {
            ObjectNode variables = json.createObjectNode().put("id", ShopifyJson.text(product.path("id")))
                    .put("first", MAX_VARIANT_PAGE).put("after", ShopifyJson.endCursor(connection));
            connection = graphql.execute(shop, "productVariants", ShopifyQueries.productVariantsCost(MAX_VARIANT_PAGE),
                    ShopifyQueries.PRODUCT_VARIANTS, variables).path("product").path("variants");
            ShopifyJson.nodes(connection).forEach(v -> variants.add(ShopifyJson.variant(v, currency)));
        }
        return variants;
    }

    @Override
    public long productsCount(String shop, Instant updatedSince) {
        ObjectNode variables = json.createObjectNode().put("query", ShopifyQueries.updatedSinceFilter(updatedSince));
        return graphql.execute(shop, "productsCount", 1, ShopifyQueries.PRODUCTS_COUNT, variables)
                .path("productsCount").path("count").asLong();
    }

    @Override
    public BulkOperation startBulkProductsExport(String shop, Instant updatedSince) {
        ObjectNode variables = json.createObjectNode().put("query", ShopifyQueries.bulkProductsQuery(updatedSince));
        JsonNode payload = graphql.execute(shop, "bulkOperationRunQuery", ShopifyQueries.mutationCost(),
                ShopifyQueries.BULK_RUN_QUERY, variables).path("bulkOperationRunQuery");
        List<UserError> errors = ShopifyJson.userErrors(payload.path("userErrors"));
        if (!errors.isEmpty()) {
            throw new ShopifyApiException(shop, 200, errors.get(0).code(), "Shopify refused the bulk export on "
                    + shop + ": " + errors.get(0).message());
        }
        return ShopifyJson.bulkOperation(payload.path("bulkOperation"));
    }

    @Override
    public BulkOperation bulkOperation(String shop, String id) {
        if (id == null) {
            return ShopifyJson.bulkOperation(graphql.execute(shop, "currentBulkOperation", 1,
                    ShopifyQueries.CURRENT_BULK_OPERATION, null).path("currentBulkOperation"));
        }
        ObjectNode variables = json.createObjectNode().put("id", id);
        boolean byId = ShopifyQueries.readsBulkOperationById(settings.apiVersion());
        JsonNode data = graphql.execute(shop, "bulkOperation", 1, byId ? ShopifyQueries.BULK_OPERATION_BY_ID
                : ShopifyQueries.BULK_OPERATION_BY_NODE, variables);
        return ShopifyJson.bulkOperation(data.path(byId ? "bulkOperation" : "node"));
    }

    @Override
    public BulkProductReader openBulkProducts(String shop, String url, String currencyCode, int window) {
        Path file;
        try {
            file = Files.createTempFile("shopify-bulk-", ".jsonl");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for the bulk export", e);
        }
        try {
            download(url, file);
            BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            return new BulkProductReader(reader, json, currencyCode, window, () -> deleteQuietly(file));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(file);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new ShopifyUnavailableException(shop, "downloading the bulk export of " + shop + " failed: " + e, e);
        }
    }

    /** Copies the JSONL to disk as it arrives: the signed URL is short-lived and processing may be slow. */
    private void download(String url, Path file) throws IOException {
        http.execute(new HttpGet(url), response -> {
            if (response.getCode() != 200 || response.getEntity() == null) {
                throw new IOException("HTTP " + response.getCode() + " from the bulk export URL");
            }
            try (InputStream in = response.getEntity().getContent()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return null;
        });
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.debug("could not delete {}", file, e);
        }
    }

    @Override
    public VariantPriceUpdate updateVariantPrices(String shop, String productId, List<VariantPriceInput> variants) {
        ArrayNode inputs = json.createArrayNode();
        for (VariantPriceInput variant : variants) {
            ObjectNode input = inputs.addObject().put("id", variant.variantId())
                    .put("price", variant.price().toPlainString());
            if (variant.compareAtPrice() != null) {
                input.put("compareAtPrice", variant.compareAtPrice().toPlainString());
            }
        }
        ObjectNode variables = json.createObjectNode().put("productId", productId);
        variables.set("variants", inputs);
        int estimate = ShopifyQueries.mutationCost()
                + (int) Math.ceil(variants.size() * ShopifyPlatformFacts.PRICE_UPDATE_COST_PER_VARIANT);
        JsonNode payload = graphql.execute(shop, "productVariantsBulkUpdate", estimate, ShopifyQueries.PRICE_UPDATE,
                variables).path("productVariantsBulkUpdate");
        List<UpdatedVariant> updated = new ArrayList<>();
        payload.path("productVariants").forEach(v -> updated.add(ShopifyJson.updatedVariant(v)));
        return new VariantPriceUpdate(updated, ShopifyJson.userErrors(payload.path("userErrors")));
    }

    @Override
    public List<WebhookSubscription> webhookSubscriptions(String shop) {
        List<WebhookSubscription> subscriptions = new ArrayList<>();
        String after = null;
        do {
            JsonNode connection = graphql.execute(shop, "webhookSubscriptions", 203,
                    ShopifyQueries.webhookSubscriptions(settings.apiVersion()),
                    json.createObjectNode().put("after", after)).path("webhookSubscriptions");
            ShopifyJson.nodes(connection).forEach(n -> subscriptions.add(ShopifyJson.webhookSubscription(n)));
            after = ShopifyJson.hasNextPage(connection) ? ShopifyJson.endCursor(connection) : null;
        } while (after != null);
        return subscriptions;
    }

    @Override
    public WebhookSubscriptionCreated createWebhookSubscription(String shop, String topic, String uri) {
        ObjectNode subscription = json.createObjectNode()
                .put(ShopifyQueries.usesWebhookUri(settings.apiVersion()) ? "uri" : "callbackUrl", uri)
                .put("format", "JSON");
        ObjectNode variables = json.createObjectNode().put("topic", topic);
        variables.set("sub", subscription);
        JsonNode payload = graphql.execute(shop, "webhookSubscriptionCreate", ShopifyQueries.mutationCost(),
                ShopifyQueries.webhookSubscriptionCreate(settings.apiVersion()), variables)
                .path("webhookSubscriptionCreate");
        JsonNode created = payload.path("webhookSubscription");
        return new WebhookSubscriptionCreated(created.isObject() ? ShopifyJson.webhookSubscription(created) : null,
                ShopifyJson.userErrors(payload.path("userErrors")));
    }

    @Override
    public ShopInfo shop(String shop) {
        return ShopifyJson.shop(graphql.execute(shop, "shop", 2, ShopifyQueries.SHOP, null).path("shop"));
    }

    @Override
    public List<ShopLocation> locations(String shop) {
        List<ShopLocation> locations = new ArrayList<>();
        String after = null;
        do {
            JsonNode connection = graphql.execute(shop, "locations", 102, ShopifyQueries.LOCATIONS,
                    json.createObjectNode().put("after", after)).path("locations");
            ShopifyJson.nodes(connection).forEach(n -> locations.add(ShopifyJson.location(n)));
            after = ShopifyJson.hasNextPage(connection) ? ShopifyJson.endCursor(connection) : null;
        } while (after != null);
        return locations;
    }

    @Override
    public ShopLocation primaryLocation(String shop) {
        JsonNode location = graphql.execute(shop, "location", 1, InventoryGraphql.PRIMARY_LOCATION, null)
                .path("location");
        return location.isObject() ? ShopifyJson.location(location) : null;
    }

    @Override
    public InventorySetResult setInventoryQuantities(String shop, List<InventoryQuantityInput> quantities,
            String referenceDocumentUri) {
        return InventoryGraphql.setResult(graphql.execute(shop, "inventorySetQuantities",
                InventoryGraphql.setCost(), inventory.setDocument(),
                inventory.setVariables(quantities, referenceDocumentUri)).path("inventorySetQuantities"));
    }

    @Override
    public Integer availableQuantity(String shop, String inventoryItemId, String locationId) {
        ObjectNode variables = json.createObjectNode().put("item", inventoryItemId).put("location", locationId);
        return InventoryGraphql.available(graphql.execute(shop, "inventoryLevel", 3, InventoryGraphql.AVAILABLE,
                variables));
    }

    @Override
    public ShopifyTokenGrant exchangeCode(String shop, String code) {
        return oauth.exchangeCode(shop, code);
    }

    @Override
    public ShopifyTokenGrant refreshToken(String shop, String refreshToken) {
        return oauth.refresh(shop, refreshToken);
    }

    @Override
    public ShopifyTokenGrant migrateToken(String shop, String nonExpiringToken) {
        return oauth.migrate(shop, nonExpiringToken);
    }

    @Override
    public ShopifyCallStats stats() {
        return graphql.stats();
    }

    @Override
    public ThrottleStatus throttleStatus(String shop) {
        return graphql.throttleStatus(shop);
    }

    @Override
    public void close() {
        try {
            http.close();
        } catch (IOException e) {
            LOG.debug("closing the Shopify HTTP client failed", e);
        }
    }
}
