package com.channelhub.connector.shopify;

import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.Message;
import org.apache.camel.support.DefaultProducer;
import org.apache.camel.support.SynchronizationAdapter;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.shopify.client.BulkOperation;
import com.channelhub.connector.shopify.client.BulkProductReader;
import com.channelhub.connector.shopify.client.ProductPage;
import com.channelhub.connector.shopify.client.ProductPageRequest;
import com.channelhub.connector.shopify.client.ShopifyCallStats;
import com.channelhub.connector.shopify.client.ShopifyClient;
import com.channelhub.connector.shopify.client.ThrottleStatus;
import com.channelhub.connector.shopify.client.WebhookSubscription;
import com.channelhub.connector.shopify.client.WebhookSubscriptionCreated;

/**
 * Runs one Shopify operation per message; the operation comes from the endpoint or the CamelShopifyOperation header.
 */
public class ShopifyProducer extends DefaultProducer {

    public ShopifyProducer(ShopifyEndpoint endpoint) {
        super(endpoint);
    }

    @Override
    public ShopifyEndpoint getEndpoint() {
        return (ShopifyEndpoint) super.getEndpoint();
    }

    @Override
    public void process(Exchange exchange) throws Exception {
        switch (operation(exchange)) {
            case products -> products(exchange);
            case bulkProducts -> bulkProducts(exchange);
            case prices -> prices(exchange);
            case inventory -> inventory(exchange);
            case webhookSubscriptions -> webhookSubscriptions(exchange);
            case shop -> exchange.getMessage().setBody(client().shop(shop(exchange)));
            case locations -> exchange.getMessage().setBody(client().locations(shop(exchange)));
            case exchangeCode -> exchange.getMessage().setBody(
                    client().exchangeCode(shop(exchange), requiredBody(exchange, "authorization code")));
            case refreshToken -> exchange.getMessage().setBody(
                    client().refreshToken(shop(exchange), requiredBody(exchange, "refresh token")));
            case migrateToken -> exchange.getMessage().setBody(
                    client().migrateToken(shop(exchange), requiredBody(exchange, "non-expiring access token")));
            default -> throw new IllegalArgumentException("Unsupported Shopify operation " + operation(exchange));
        }
        reportUsage(exchange);
    }

    private void products(Exchange exchange) {
        Message in = exchange.getMessage();
        ShopifyConfiguration configuration = configuration();
        ProductPage page = client().products(shop(exchange), new ProductPageRequest(configuration.getPageSize(),
                configuration.getVariantsPageSize(), in.getHeader(ShopifyConstants.CURSOR, String.class),
                updatedSince(exchange)));
        in.setBody(page.products());
        in.setHeader(ShopifyConstants.END_CURSOR, page.endCursor());
        in.setHeader(ShopifyConstants.HAS_NEXT_PAGE, page.hasNextPage());
    }

    /** The body becomes an Iterator of products, read from the export as the route consumes it. */
    private void bulkProducts(Exchange exchange) throws InterruptedException {
        String shop = shop(exchange);
        ShopifyBulkExport export = new ShopifyBulkExport(client(), configuration());
        BulkOperation operation = export.run(shop, updatedSince(exchange));
        BulkProductReader reader = export.open(shop, operation, client().shop(shop).currencyCode());
        // the reader holds a temporary file: released when the exchange is done, even if not read to the end
        exchange.getExchangeExtension().addOnCompletion(new SynchronizationAdapter() {
            @Override
            public void onDone(Exchange done) {
                reader.close();
            }
        });
        Message message = exchange.getMessage();
        message.setBody(reader);
        message.setHeader(ShopifyConstants.BULK_OPERATION_ID, operation.id());
        message.setHeader(ShopifyConstants.BULK_OBJECT_COUNT, operation.objectCount());
    }

    @SuppressWarnings("unchecked")
    private void prices(Exchange exchange) throws InvalidPayloadException {
        Object body = exchange.getMessage().getBody();
        List<PriceChange> changes;
        if (body instanceof PriceChange single) {
            changes = List.of(single);
        } else if (body instanceof Collection<?> collection
                && collection.stream().allMatch(PriceChange.class::isInstance)) {
            changes = new ArrayList<>((Collection<PriceChange>) collection);
        } else {
            throw new InvalidPayloadException(exchange, List.class);
        }
        exchange.getMessage().setBody(new ShopifyPricePush(client()).push(shop(exchange), changes));
    }

    @SuppressWarnings("unchecked")
    private void inventory(Exchange exchange) throws InvalidPayloadException {
        Object body = exchange.getMessage().getBody();
        List<QuantityChange> changes;
        if (body instanceof QuantityChange single) {
            changes = List.of(single);
        } else if (body instanceof Collection<?> collection
                && collection.stream().allMatch(QuantityChange.class::isInstance)) {
            changes = new ArrayList<>((Collection<QuantityChange>) collection);
        } else {
            throw new InvalidPayloadException(exchange, List.class);
        }
        Message in = exchange.getMessage();
        String location = in.getHeader(ShopifyConstants.LOCATION_ID, configuration().getLocationId(), String.class);
        String reference = in.getHeader(ShopifyConstants.REFERENCE_DOCUMENT_URI,
                configuration().getReferenceDocumentUri(), String.class);
        in.setBody(new ShopifyInventoryPush(client()).push(shop(exchange), location, reference, changes));
    }

    private void webhookSubscriptions(Exchange exchange) {
        String shop = shop(exchange);
        String uri = exchange.getMessage().getHeader(ShopifyConstants.WEBHOOK_URI, configuration().getWebhookUri(),
                String.class);
        if (uri == null || uri.isBlank()) {
            throw new IllegalArgumentException("webhookSubscriptions needs the URI to deliver to: set the webhookUri "
                    + "option or the " + ShopifyConstants.WEBHOOK_URI + " header");
        }
        Map<String, WebhookSubscription> existing = client().webhookSubscriptions(shop).stream()
                .filter(s -> uri.equals(s.uri()))
                .collect(Collectors.toMap(WebhookSubscription::topic, s -> s, (a, b) -> a));
        List<WebhookEnsureResult> results = new ArrayList<>();
        for (String topic : topics(exchange)) {
            WebhookSubscription present = existing.get(topic);
            if (present != null) {
                results.add(new WebhookEnsureResult(topic, present.id(), WebhookEnsureResult.EXISTING, null));
                continue;
            }
            WebhookSubscriptionCreated created = client().createWebhookSubscription(shop, topic, uri);
            results.add(created.userErrors().isEmpty() && created.subscription() != null
                    ? new WebhookEnsureResult(topic, created.subscription().id(), WebhookEnsureResult.CREATED, null)
                    : new WebhookEnsureResult(topic, null, WebhookEnsureResult.FAILED, created.userErrors().isEmpty()
                            ? "Shopify returned no subscription" : created.userErrors().get(0).message()));
        }
        exchange.getMessage().setBody(results);
    }

    /**
     * Topics from the body (a list or a comma-separated string) or the option, in Shopify's enum form:
     * {@code products/update} becomes {@code PRODUCTS_UPDATE}.
     */
    private List<String> topics(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        List<String> raw = new ArrayList<>();
        if (body instanceof Collection<?> collection) {
            collection.forEach(t -> raw.add(String.valueOf(t)));
        } else if (body instanceof String text && !text.isBlank()) {
            raw.addAll(Arrays.asList(text.split(",")));
        } else if (configuration().getWebhookTopics() != null) {
            raw.addAll(Arrays.asList(configuration().getWebhookTopics().split(",")));
        }
        List<String> topics = raw.stream().map(String::trim).filter(t -> !t.isEmpty())
                .map(t -> t.replace('/', '_').toUpperCase(Locale.ROOT)).distinct().toList();
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("webhookSubscriptions needs topics: a list in the body or the "
                    + "webhookTopics option, e.g. products/update,app/uninstalled");
        }
        return topics;
    }

    private void reportUsage(Exchange exchange) {
        ShopifyCallStats stats = client().stats();
        Message message = exchange.getMessage();
        message.setHeader(ShopifyConstants.THROTTLED_TOTAL, stats.throttled());
        message.setHeader(ShopifyConstants.ACTUAL_COST_TOTAL, stats.actualCost());
        ThrottleStatus status = client().throttleStatus(shop(exchange));
        if (status != null) {
            message.setHeader(ShopifyConstants.CURRENTLY_AVAILABLE, status.currentlyAvailable());
        }
    }

    private ShopifyOperations operation(Exchange exchange) {
        ShopifyOperations operation = exchange.getMessage().getHeader(ShopifyConstants.OPERATION,
                ShopifyOperations.class);
        return operation != null ? operation : configuration().getOperation();
    }

    private String shop(Exchange exchange) {
        String shop = exchange.getMessage().getHeader(ShopifyConstants.SHOP, configuration().getShop(), String.class);
        if (shop == null) {
            throw new IllegalArgumentException("No shop: set the shop option or the " + ShopifyConstants.SHOP
                    + " header to the store's myshopify.com hostname");
        }
        return ShopifyPlatformFacts.requireShopDomain(shop);
    }

    private Instant updatedSince(Exchange exchange) {
        Object value = exchange.getMessage().getHeader(ShopifyConstants.UPDATED_SINCE);
        if (value == null) {
            value = configuration().getUpdatedSince();
        }
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof TemporalAccessor temporal) {
            return Instant.from(temporal);
        }
        return ShopifyPlatformFacts.parseInstant(value.toString());
    }

    private static String requiredBody(Exchange exchange, String what) {
        String value = exchange.getMessage().getBody(String.class);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The message body must be the " + what);
        }
        return value.trim();
    }

    private ShopifyClient client() {
        return getEndpoint().getShopifyClient();
    }

    private ShopifyConfiguration configuration() {
        return getEndpoint().getConfiguration();
    }
}
