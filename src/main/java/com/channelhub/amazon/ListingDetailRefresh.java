package com.channelhub.amazon;

import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import com.channelhub.catalog.CatalogService;
import com.channelhub.config.HubProperties;
import com.channelhub.connector.amazon.AmazonSpConstants;
import com.channelhub.connector.amazon.client.AmazonSpAuthorizationException;
import com.channelhub.connector.amazon.client.AmazonSpException;
import com.channelhub.connector.amazon.client.ListingsItem;
import com.channelhub.sync.SyncLauncher;
import com.channelhub.sync.SyncRun;
import com.channelhub.sync.SyncRunService;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The second stage of an Amazon listings pull: listings whose report row was new or changed get getListingsItem's
 * detail (see {@link ListingDetails}). At most {@code hub.amazon.detail-refresh-limit} per pull, so a first pull of
 * 100,000 listings does not make 100,000 calls: the others stay due and go first on the next pulls (changed
 * listings before the never-refreshed backlog). One listing's failure is counted and recorded on it, never fatal;
 * only a refused authorization ends the run. A cancelled run stops before its next SKU.
 */
@Component("listingDetailRefresh")
public class ListingDetailRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(ListingDetailRefresh.class);

    private final CatalogService catalog;
    private final SyncRunService runs;
    private final int limit;

    public ListingDetailRefresh(CatalogService catalog, SyncRunService runs, HubProperties properties) {
        this.catalog = catalog;
        this.runs = runs;
        this.limit = properties.amazon().detailRefreshLimit();
    }

    /**
     * Route step: the body becomes the SKUs to refresh now, in order, as an iterator that ends early when the run's
     * cancel is requested (checked before each SKU, so a cancel stops the stage within one call).
     */
    public void dueSkus(Exchange exchange) {
        List<String> skus = catalog.dueForDetail(integrationId(exchange), limit);
        LOG.info("refreshing the detail of {} listings of integration {}", skus.size(), integrationId(exchange));
        UUID runId = runId(exchange);
        Iterator<String> untilCancelled = skus.stream()
                .takeWhile(sku -> !runs.find(runId).map(SyncRun::isCancelRequested).orElse(true))
                .iterator();
        exchange.getIn().setBody(untilCancelled);
    }

    /** Route step after getListingsItem: stores the detail; an empty answer is Amazon's 404 for an unknown SKU. */
    public void store(Exchange exchange) {
        String sku = sku(exchange);
        ListingsItem item = exchange.getIn().getBody(ListingsItem.class);
        if (item == null) {
            record(exchange, sku, "Amazon has no listing for SKU " + sku + " (getListingsItem answered 404)", false);
            return;
        }
        String marketplaceId = exchange.getIn().getHeader(AmazonSpConstants.MARKETPLACE_IDS, String.class)
                .split(",")[0];
        if (catalog.applyDetail(integrationId(exchange), sku, ListingDetails.of(item, marketplaceId))) {
            runs.countDetails(runId(exchange), 1, 0);
        } else {
            runs.countDetails(runId(exchange), 0, 1);
        }
    }

    /**
     * Route step when getListingsItem failed (after the connector's own retries of 429 and 5xx): counted and
     * recorded; a retryable failure keeps the listing due for the next pull. A refused authorization is rethrown.
     */
    public void failed(Exchange exchange) {
        Exception failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        if (failure instanceof AmazonSpAuthorizationException refused) {
            throw refused;
        }
        boolean retryable = failure instanceof AmazonSpException e && e.isRetryable();
        record(exchange, sku(exchange), failure == null ? "getListingsItem failed" : failure.getMessage(), retryable);
    }

    private void record(Exchange exchange, String sku, String error, boolean retryLater) {
        LOG.warn("detail refresh of SKU {} (integration {}) failed: {}", sku, integrationId(exchange), error);
        catalog.detailFailed(integrationId(exchange), sku, error, retryLater);
        runs.countDetails(runId(exchange), 0, 1);
    }

    private static String sku(Exchange exchange) {
        return exchange.getIn().getHeader(AmazonSpConstants.SKU, String.class);
    }

    private static UUID integrationId(Exchange exchange) {
        return UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
    }

    private static UUID runId(Exchange exchange) {
        return UUID.fromString(exchange.getIn().getHeader(SyncLauncher.RUN_HEADER, String.class));
    }
}
