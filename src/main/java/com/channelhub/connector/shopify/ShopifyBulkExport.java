package com.channelhub.connector.shopify;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.channelhub.connector.shopify.client.BulkOperation;
import com.channelhub.connector.shopify.client.BulkProductReader;
import com.channelhub.connector.shopify.client.ShopifyApiException;
import com.channelhub.connector.shopify.client.ShopifyClient;
import com.channelhub.connector.shopify.client.ShopifyUnavailableException;

/**
 * Runs a bulk export of a shop's products to the end: start it, check its status every {@code pollInterval} until
 * it is finished, then open its JSONL as a stream of products. Shopify's {@code bulk_operations/finish} webhook would
 * save the polling, but a producer answers synchronously.
 */
final class ShopifyBulkExport {

    private static final Logger LOG = LoggerFactory.getLogger(ShopifyBulkExport.class);

    private final ShopifyClient client;
    private final long pollIntervalMillis;
    private final long timeoutMillis;
    private final int window;

    ShopifyBulkExport(ShopifyClient client, ShopifyConfiguration configuration) {
        this.client = client;
        this.pollIntervalMillis = Math.max(1, configuration.getBulkPollInterval());
        this.timeoutMillis = configuration.getBulkTimeout();
        this.window = configuration.getBulkAssemblyWindow();
    }

    /** The finished operation; throws when it failed, was canceled or expired, or took too long. */
    BulkOperation run(String shop, Instant updatedSince) throws InterruptedException {
        BulkOperation operation = client.startBulkProductsExport(shop, updatedSince);
        long deadline = System.currentTimeMillis() + timeoutMillis;
        while (!operation.isFinished()) {
            if (System.currentTimeMillis() > deadline) {
                throw new ShopifyUnavailableException(shop, "The bulk export " + operation.id() + " of " + shop
                        + " did not finish within " + timeoutMillis + " ms (status " + operation.status() + ")", null);
            }
            Thread.sleep(pollIntervalMillis);
            operation = client.bulkOperation(shop, operation.id());
        }
        if (!"COMPLETED".equals(operation.status())) {
            throw new ShopifyApiException(shop, 200, operation.errorCode(), "The bulk export " + operation.id()
                    + " of " + shop + " ended " + operation.status()
                    + (operation.errorCode() == null ? "" : " (" + operation.errorCode() + ")")
                    + (operation.partialDataUrl() == null ? "" : "; partial data was produced but is not used"));
        }
        LOG.info("Bulk export {} of {} completed with {} objects", operation.id(), shop, operation.objectCount());
        return operation;
    }

    /** The export's products, one at a time; null URL (nothing matched) gives an empty reader. */
    BulkProductReader open(String shop, BulkOperation operation, String currencyCode) {
        if (operation.url() == null) {
            return BulkProductReader.empty();
        }
        return client.openBulkProducts(shop, operation.url(), currencyCode, window);
    }
}
