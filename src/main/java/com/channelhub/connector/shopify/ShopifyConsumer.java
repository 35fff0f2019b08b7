package com.channelhub.connector.shopify;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.Processor;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.ScheduledBatchPollingConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.shopify.client.BulkOperation;
import com.channelhub.connector.shopify.client.BulkProductReader;
import com.channelhub.connector.shopify.client.ProductPage;
import com.channelhub.connector.shopify.client.ProductPageRequest;
import com.channelhub.connector.shopify.client.ShopifyClient;

/**
 * Pulls a shop's catalog page by page: one exchange per page, its body a {@code List<CatalogProduct>}. A pass walks
 * every page; the cursor ({@code endCursor}) of the last page the route completed is kept between polls, so a poll
 * that stops early (maxMessagesPerPoll, a failed exchange, an outage) resumes where it left off. With
 * {@code incremental=true} each later pass asks only for products updated after the newest {@code updatedAt} of the
 * previous passes (but never after the previous pass started, see {@link #CLOCK_MARGIN}). A full pass over at least
 * {@code bulkThreshold} products runs as one bulk export instead. Pages without products are not sent.
 */
public class ShopifyConsumer extends ScheduledBatchPollingConsumer {

    private static final Logger LOG = LoggerFactory.getLogger(ShopifyConsumer.class);
    /**
     * A product updated during a pass, after its page was read, may carry an updatedAt older than products read
     * later; the next pass therefore never starts after the moment this pass started (minus a margin for the
     * difference between Shopify's clock and ours). Re-reading a few products is harmless, missing one is not.
     */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(1);

    private final String shop;
    private HealthCheckRegistry healthRegistry;
    private ShopifyConsumerHealthCheck healthCheck;

    /** Cursor of the last page the route completed in the current pass; null at the start of a pass. */
    private volatile String cursor;
    /** The filter of the current pass (null: everything). */
    private volatile Instant passUpdatedSince;
    /** The filter the next pass starts with. */
    private volatile Instant nextUpdatedSince;
    /** Newest updatedAt seen in the current pass. */
    private volatile Instant watermark;
    private volatile Instant passStartedAt;
    private volatile int pageNumber;
    private volatile boolean inPass;

    public ShopifyConsumer(ShopifyEndpoint endpoint, Processor processor) {
        super(endpoint, processor);
        this.shop = endpoint.getConfiguration().getShop();
        String since = endpoint.getConfiguration().getUpdatedSince();
        this.nextUpdatedSince = since == null ? null : ShopifyPlatformFacts.parseInstant(since);
    }

    @Override
    public ShopifyEndpoint getEndpoint() {
        return (ShopifyEndpoint) super.getEndpoint();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        healthRegistry = HealthCheckRegistry.get(getEndpoint().getCamelContext());
        if (healthRegistry != null) {
            healthCheck = new ShopifyConsumerHealthCheck(this, getRouteId());
            healthCheck.setCamelContext(getEndpoint().getCamelContext());
            healthCheck.setEnabled(getEndpoint().getComponent().isHealthCheckConsumerEnabled());
            healthRegistry.register(healthCheck);
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (healthRegistry != null && healthCheck != null) {
            healthRegistry.unregister(healthCheck);
            healthCheck = null;
        }
        super.doStop();
    }

    @Override
    protected int poll() throws Exception {
        if (!inPass) {
            startPass();
            if (usesBulk()) {
                return pollBulk();
            }
        }
        int pages = 0;
        while (isRunAllowed() && (maxMessagesPerPoll <= 0 || pages < maxMessagesPerPoll)) {
            ProductPage page = client().products(shop, new ProductPageRequest(configuration().getPageSize(),
                    configuration().getVariantsPageSize(), cursor, passUpdatedSince));
            // an empty page (nothing changed) is not sent: Camel's idle handling (sendEmptyMessageWhenIdle) applies
            if (!page.products().isEmpty()) {
                if (!deliver(pageExchange(page.products(), page.endCursor(), !page.hasNextPage()))) {
                    return pages;
                }
                pages++;
            }
            cursor = page.endCursor();
            track(page.products());
            if (!page.hasNextPage()) {
                endPass();
                break;
            }
        }
        return pages;
    }

    private void startPass() {
        inPass = true;
        cursor = null;
        pageNumber = 0;
        watermark = null;
        passStartedAt = Instant.now();
        passUpdatedSince = nextUpdatedSince;
    }

    private void endPass() {
        inPass = false;
        cursor = null;
        if (configuration().isIncremental() && watermark != null) {
            Instant safe = passStartedAt.minus(CLOCK_MARGIN);
            Instant candidate = watermark.isBefore(safe) ? watermark : safe;
            if (nextUpdatedSince == null || candidate.isAfter(nextUpdatedSince)) {
                nextUpdatedSince = candidate;
            }
        }
        LOG.debug("Shopify pull of {} finished a pass after {} pages; next pass from {}", shop, pageNumber,
                nextUpdatedSince);
    }

    private boolean usesBulk() {
        int threshold = configuration().getBulkThreshold();
        return threshold > 0 && passUpdatedSince == null && client().productsCount(shop, null) >= threshold;
    }

    /** The whole pass in one poll: bulk exports cannot be resumed half-way, a failed page restarts the pass. */
    private int pollBulk() throws Exception {
        ShopifyBulkExport export = new ShopifyBulkExport(client(), configuration());
        BulkOperation operation = export.run(shop, null);
        int pages = 0;
        try (BulkProductReader reader = export.open(shop, operation, client().shop(shop).currencyCode())) {
            List<CatalogProduct> batch = new ArrayList<>();
            while (reader.hasNext() && isRunAllowed()) {
                batch.add(reader.next());
                if (batch.size() >= configuration().getPageSize() || !reader.hasNext()) {
                    if (!deliver(pageExchange(batch, null, !reader.hasNext()))) {
                        inPass = false;
                        return pages;
                    }
                    track(batch);
                    pages++;
                    batch = new ArrayList<>();
                }
            }
        }
        endPass();
        return pages;
    }

    private Exchange pageExchange(List<CatalogProduct> products, String endCursor, boolean lastPage) {
        Exchange exchange = createExchange(false);
        pageNumber++;
        exchange.getMessage().setBody(products);
        exchange.getMessage().setHeader(ShopifyConstants.SHOP, shop);
        exchange.getMessage().setHeader(ShopifyConstants.PAGE_NUMBER, pageNumber);
        exchange.getMessage().setHeader(ShopifyConstants.END_CURSOR, endCursor);
        exchange.getMessage().setHeader(ShopifyConstants.HAS_NEXT_PAGE, !lastPage);
        exchange.getMessage().setHeader(ShopifyConstants.LAST_PAGE, lastPage);
        exchange.getMessage().setHeader(ShopifyConstants.UPDATED_SINCE, passUpdatedSince);
        return exchange;
    }

    /** Processes one page; true when the route completed it, so the cursor may move past it. */
    private boolean deliver(Exchange exchange) throws Exception {
        Queue<Object> batch = new ArrayDeque<>(1);
        batch.add(exchange);
        if (processBatch(batch) == 1) {
            return true;
        }
        pageNumber--; // the page comes again
        return false;
    }

    /** Processes the exchanges in order and returns how many the route completed without an exception. */
    @Override
    public int processBatch(Queue<Object> exchanges) throws Exception {
        int total = exchanges.size();
        int index = 0;
        int completed = 0;
        for (Object item : exchanges) {
            Exchange exchange = (Exchange) item;
            exchange.setProperty(ExchangePropertyKey.BATCH_INDEX, index);
            exchange.setProperty(ExchangePropertyKey.BATCH_SIZE, total);
            exchange.setProperty(ExchangePropertyKey.BATCH_COMPLETE, index == total - 1);
            pendingExchanges = total - index - 1;
            try {
                getProcessor().process(exchange);
            } catch (Exception e) {
                exchange.setException(e);
            }
            if (exchange.getException() != null) {
                getExceptionHandler().handleException("Shopify catalog page " + pageNumber + " of " + shop
                        + " failed; the next poll retries it", exchange, exchange.getException());
            } else {
                completed++;
            }
            releaseExchange(exchange, false);
            index++;
        }
        return completed;
    }

    private void track(List<CatalogProduct> products) {
        for (CatalogProduct product : products) {
            Instant updated = product.updatedAt();
            if (updated != null && (watermark == null || updated.isAfter(watermark))) {
                watermark = updated;
            }
        }
    }

    ShopifyClient client() {
        return getEndpoint().getShopifyClient();
    }

    String shop() {
        return shop;
    }

    private ShopifyConfiguration configuration() {
        return getEndpoint().getConfiguration();
    }

    /** The cursor the next poll continues from (null at the start of a pass). */
    public String getCursor() {
        return cursor;
    }

    /** The updated-since filter the next pass will use. */
    public Instant getNextUpdatedSince() {
        return nextUpdatedSince;
    }

    Throwable lastError() {
        return getLastError();
    }

    @Override
    public String toString() {
        return "ShopifyConsumer[" + Objects.toString(shop) + "]";
    }
}
