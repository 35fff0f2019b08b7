package com.channelhub.sync;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.channelhub.catalog.CatalogService;
import com.channelhub.catalog.ChannelProductRepository;
import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.amazon.AmazonSpConstants;
import com.channelhub.connector.shopify.ShopifyConstants;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.platform.ConnectorRegistry;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The steps of the product-pull routes: prepare the pull from the run and the integration, store each page of
 * products in the canonical catalog with the run's counters, and end the run with its outcome. A product that
 * cannot be stored is counted as failed (the run ends PARTIAL), never dropped silently; a cancel request stops
 * the pull at the next page.
 */
@Component("productPulls")
public class ProductPulls {

    public static final String HAS_NEXT = "HubHasNextPage";
    public static final String MODE = "HubPullMode";
    /** Whether the pull's data was stored completely enough for its detail stage (not cancelled, not empty). */
    public static final String REFRESH_DETAILS = "HubRefreshDetails";
    private static final String STARTED_AT = "HubPullStartedAt";
    private static final String CANCELLED = "HubPullCancelled";
    private static final String STREAM = "HubPullStream";
    /**
     * Products of a streamed pull (bulk export, listings report) between two updates of the run's counters: one
     * counter transaction per product doubled the commits of a 100,000-listing pull; a cancel is seen within this many.
     */
    static final int STREAM_PROGRESS_EVERY = 500;
    private static final Logger LOG = LoggerFactory.getLogger(ProductPulls.class);

    private final SyncRunService runs;
    private final CatalogService catalog;
    private final IntegrationRepository integrations;
    private final ChannelProductRepository products;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int bulkThreshold;
    private final ConnectorRegistry platforms;

    public ProductPulls(SyncRunService runs, CatalogService catalog, IntegrationRepository integrations,
            ChannelProductRepository products, TransactionTemplate transactions, Clock clock,
            @Value("${hub.sync.bulk-threshold:10000}") int bulkThreshold, ConnectorRegistry platforms) {
        this.platforms = platforms;
        this.runs = runs;
        this.catalog = catalog;
        this.integrations = integrations;
        this.products = products;
        this.transactions = transactions;
        this.clock = clock;
        this.bulkThreshold = bulkThreshold;
    }

    /**
     * Shopify: the shop, the cursor for an incremental pull, and paged or bulk: a full pull of a catalog known to
     * be large goes through a bulk operation (memory stays flat), everything else page by page.
     */
    public void prepareShopify(Exchange exchange) {
        PlatformIntegration integration = integration(exchange);
        UUID integrationId = integration.getId();
        boolean incremental = SyncLauncher.PullMode.INCREMENTAL.name()
                .equals(exchange.getIn().getHeader(SyncLauncher.MODE_HEADER, String.class));
        exchange.setProperty(STARTED_AT, clock.instant());
        exchange.getIn().setHeader(ShopifyConstants.SHOP, integration.getExternalAccount());
        exchange.getIn().removeHeader(ShopifyConstants.CURSOR);
        if (incremental && integration.getSyncCursor() != null) {
            exchange.getIn().setHeader(ShopifyConstants.UPDATED_SINCE, integration.getSyncCursor());
        }
        long known = products.countByIntegrationIdAndDeletedFalse(integrationId);
        exchange.setProperty(MODE, !incremental && known >= bulkThreshold ? "BULK" : "PAGED");
        exchange.setProperty(STREAM, new StreamProgress());
        exchange.setProperty(HAS_NEXT, true);
        if (!incremental && known > 0) {
            // an estimate for the progress bar until the pull knows better
            runs.expect(runId(exchange), (int) known);
        }
    }

    /**
     * The platform's pull route, from the connector registry: the incremental one when asked for and the platform
     * has one, else the full one. A platform without either was refused when the run was started.
     */
    public String route(@Header(SyncLauncher.PLATFORM_HEADER) String platform,
            @Header(SyncLauncher.MODE_HEADER) String mode) {
        return platforms.pullEndpoint(platform, SyncLauncher.PullMode.INCREMENTAL.name().equals(mode))
                .orElseThrow(() -> new IllegalArgumentException("No product pull for platform " + platform));
    }

    /**
     * A pull streamed product by product ({@link #storeProduct}), always full: the run's counters.
     */
    public void prepareStreamed(Exchange exchange) {
        prepareStream(exchange, false);
    }

    /**
     * Amazon: the listings report is always a full pull (the report API has no incremental form). Each stored row
     * keeps its fingerprint, so that new and changed listings are due for the detail stage.
     */
    public void prepareAmazon(Exchange exchange) {
        prepareStream(exchange, true);
    }

    private void prepareStream(Exchange exchange, boolean noteReportRows) {
        exchange.setProperty(STARTED_AT, clock.instant());
        StreamProgress progress = new StreamProgress();
        progress.noteReportRows = noteReportRows;
        exchange.setProperty(STREAM, progress);
        long known = products.countByIntegrationIdAndDeletedFalse(integrationId(exchange));
        if (known > 0) {
            runs.expect(runId(exchange), (int) known);
        }
    }

    /** Stores one page of products and moves the cursor; stops paging when the last page or a cancel is reached. */
    public void storePage(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<CatalogProduct> page = exchange.getIn().getBody(List.class);
        boolean cancel = store(exchange, page, true);
        boolean hasNext = Boolean.TRUE.equals(exchange.getIn().getHeader(ShopifyConstants.HAS_NEXT_PAGE, Boolean.class));
        exchange.getIn().setHeader(ShopifyConstants.CURSOR, exchange.getIn().getHeader(ShopifyConstants.END_CURSOR));
        exchange.setProperty(HAS_NEXT, hasNext && !cancel);
        if (cancel) {
            exchange.setProperty(CANCELLED, true);
        }
    }

    /**
     * Stores one product of a streamed pull (the split's body). The split's exchanges are copies of the pull's, so
     * the counters and the cancel flag live in one {@link StreamProgress} they all share, created by the prepare
     * step; the run's counters are updated every {@link #STREAM_PROGRESS_EVERY} products and at the end. Variants
     * are merged, not taken as complete: a bulk export can deliver a product's late variants as a second record.
     */
    public void storeProduct(Exchange exchange) {
        StreamProgress progress = exchange.getProperty(STREAM, StreamProgress.class);
        if (progress == null) {
            // not started by a prepare step: count this product on its own
            store(exchange, List.of(exchange.getIn().getBody(CatalogProduct.class)), false);
            return;
        }
        if (progress.cancelled) {
            return;
        }
        if (upsert(integrationId(exchange), exchange.getIn().getBody(CatalogProduct.class), false,
                progress.noteReportRows)) {
            progress.stored++;
        } else {
            progress.failed++;
        }
        if (progress.stored + progress.failed >= STREAM_PROGRESS_EVERY) {
            flush(exchange, progress);
        }
    }

    private void flush(Exchange exchange, StreamProgress progress) {
        if (progress.stored + progress.failed > 0) {
            progress.cancelled |= runs.count(runId(exchange), progress.stored, progress.failed);
            progress.stored = 0;
            progress.failed = 0;
        }
    }

    private boolean store(Exchange exchange, List<CatalogProduct> page, boolean completeVariants) {
        UUID integrationId = integrationId(exchange);
        int stored = 0;
        int failed = 0;
        for (CatalogProduct product : page) {
            if (upsert(integrationId, product, completeVariants, false)) {
                stored++;
            } else {
                failed++;
            }
        }
        return runs.count(runId(exchange), stored, failed);
    }

    private boolean upsert(UUID integrationId, CatalogProduct product, boolean completeVariants,
            boolean noteReportRows) {
        try {
            catalog.upsert(integrationId, product, completeVariants, noteReportRows);
            return true;
        } catch (RuntimeException e) {
            LOG.warn("Product {} of integration {} could not be stored: {}", product.externalId(), integrationId,
                    e.getMessage());
            return false;
        }
    }

    /**
     * After a streamed pull's last product: writes the counters and sets {@link #REFRESH_DETAILS}, false when the
     * run was cancelled or Amazon had no data (nothing changed, nothing to refresh).
     */
    public void streamStored(Exchange exchange) {
        StreamProgress progress = exchange.getProperty(STREAM, StreamProgress.class);
        if (progress != null) {
            flush(exchange, progress);
        }
        boolean cancelled = progress != null && progress.cancelled
                || Boolean.TRUE.equals(exchange.getProperty(CANCELLED, Boolean.class));
        boolean noData = "NO_DATA".equals(exchange.getIn().getHeader(AmazonSpConstants.PULL_STATUS, String.class));
        exchange.setProperty(REFRESH_DETAILS, !cancelled && !noData);
    }

    /** Ends the run: CANCELLED (a cancel was requested), PARTIAL (some products failed), or SUCCEEDED with the incremental cursor advanced. */
    public void finish(Exchange exchange) {
        UUID runId = runId(exchange);
        StreamProgress progress = exchange.getProperty(STREAM, StreamProgress.class);
        if (progress != null) {
            flush(exchange, progress);
        }
        SyncRun run = runs.find(runId).orElseThrow();
        // a cancel seen by a step after the last page (e.g. Amazon's detail stage) counts too
        if (Boolean.TRUE.equals(exchange.getProperty(CANCELLED, Boolean.class)) || progress != null && progress.cancelled
                || run.isCancelRequested()) {
            runs.finish(runId, SyncRunStatus.CANCELLED, "Cancelled on request after " + run.getProcessedItems()
                    + " products");
            return;
        }
        if ("NO_DATA".equals(exchange.getIn().getHeader(AmazonSpConstants.PULL_STATUS, String.class))) {
            runs.finish(runId, SyncRunStatus.FAILED, "Amazon cancelled the listings report: it had no data for these "
                    + "marketplaces; nothing was changed");
            return;
        }
        runs.expect(runId, run.getProcessedItems() + run.getFailedItems());
        if (run.getFailedItems() > 0) {
            runs.finish(runId, SyncRunStatus.PARTIAL, run.getFailedItems() + " of "
                    + (run.getProcessedItems() + run.getFailedItems()) + " products could not be stored; see the log");
            return;
        }
        Instant startedAt = exchange.getProperty(STARTED_AT, Instant.class);
        transactions.executeWithoutResult(status -> integrations.findById(integrationId(exchange))
                .ifPresent(i -> i.advanceSyncCursor(startedAt.toString(), clock.instant())));
        runs.finish(runId, SyncRunStatus.SUCCEEDED, null);
    }

    /** Dead-letter step: a pull that failed for good ends its run FAILED with the reason. */
    public void failRun(Exchange exchange) {
        String runId = exchange.getIn().getHeader(SyncLauncher.RUN_HEADER, String.class);
        if (runId == null) {
            return;
        }
        StreamProgress progress = exchange.getProperty(STREAM, StreamProgress.class);
        if (progress != null && progress.stored + progress.failed > 0) {
            runs.count(UUID.fromString(runId), progress.stored, progress.failed);
        }
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        runs.finish(UUID.fromString(runId), SyncRunStatus.FAILED,
                failure == null ? "Failed" : failure.getClass().getSimpleName() + ": " + failure.getMessage());
    }

    private PlatformIntegration integration(Exchange exchange) {
        return integrations.findById(integrationId(exchange)).orElseThrow(() ->
                new IllegalArgumentException("No integration " + integrationId(exchange)));
    }

    private static UUID integrationId(Exchange exchange) {
        return UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
    }

    private static UUID runId(Exchange exchange) {
        return UUID.fromString(exchange.getIn().getHeader(SyncLauncher.RUN_HEADER, String.class));
    }

    /** Counters of a streamed pull not yet written to its run, and whether a cancel was seen; one thread at a time. */
    static final class StreamProgress {
        int stored;
        int failed;
        boolean cancelled;
        boolean noteReportRows;
    }
}
