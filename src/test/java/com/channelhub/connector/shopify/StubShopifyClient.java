package com.channelhub.connector.shopify;

import java.time.Instant;
import java.util.List;

import com.channelhub.connector.shopify.client.BulkOperation;
import com.channelhub.connector.shopify.client.BulkProductReader;
import com.channelhub.connector.shopify.client.ProductPage;
import com.channelhub.connector.shopify.client.ProductPageRequest;
import com.channelhub.connector.shopify.client.ShopInfo;
import com.channelhub.connector.shopify.client.InventoryQuantityInput;
import com.channelhub.connector.shopify.client.InventorySetResult;
import com.channelhub.connector.shopify.client.ShopLocation;
import com.channelhub.connector.shopify.client.ShopifyCallStats;
import com.channelhub.connector.shopify.client.ShopifyClient;
import com.channelhub.connector.shopify.client.ShopifyTokenGrant;
import com.channelhub.connector.shopify.client.ThrottleStatus;
import com.channelhub.connector.shopify.client.VariantPriceInput;
import com.channelhub.connector.shopify.client.VariantPriceUpdate;
import com.channelhub.connector.shopify.client.WebhookSubscription;
import com.channelhub.connector.shopify.client.WebhookSubscriptionCreated;

/** A client whose every call fails unless a test overrides it. */
class StubShopifyClient implements ShopifyClient {

    @Override
    public ProductPage products(String shop, ProductPageRequest request) {
        throw new UnsupportedOperationException("products");
    }

    @Override
    public long productsCount(String shop, Instant updatedSince) {
        throw new UnsupportedOperationException("productsCount");
    }

    @Override
    public BulkOperation startBulkProductsExport(String shop, Instant updatedSince) {
        throw new UnsupportedOperationException("startBulkProductsExport");
    }

    @Override
    public BulkOperation bulkOperation(String shop, String id) {
        throw new UnsupportedOperationException("bulkOperation");
    }

    @Override
    public BulkProductReader openBulkProducts(String shop, String url, String currencyCode, int window) {
        throw new UnsupportedOperationException("openBulkProducts");
    }

    @Override
    public VariantPriceUpdate updateVariantPrices(String shop, String productId, List<VariantPriceInput> variants) {
        throw new UnsupportedOperationException("updateVariantPrices");
    }

    @Override
    public List<WebhookSubscription> webhookSubscriptions(String shop) {
        throw new UnsupportedOperationException("webhookSubscriptions");
    }

    @Override
    public WebhookSubscriptionCreated createWebhookSubscription(String shop, String topic, String uri) {
        throw new UnsupportedOperationException("createWebhookSubscription");
    }

    @Override
    public ShopInfo shop(String shop) {
        return new ShopInfo("Test", shop, "EUR", "Basic");
    }

    @Override
    public List<ShopLocation> locations(String shop) {
        throw new UnsupportedOperationException("locations");
    }

    @Override
    public ShopLocation primaryLocation(String shop) {
        return new ShopLocation("gid://shopify/Location/1", "Primary", true);
    }

    @Override
    public InventorySetResult setInventoryQuantities(String shop, List<InventoryQuantityInput> quantities,
            String referenceDocumentUri) {
        throw new UnsupportedOperationException("setInventoryQuantities");
    }

    @Override
    public Integer availableQuantity(String shop, String inventoryItemId, String locationId) {
        throw new UnsupportedOperationException("availableQuantity");
    }

    @Override
    public ShopifyTokenGrant exchangeCode(String shop, String code) {
        throw new UnsupportedOperationException("exchangeCode");
    }

    @Override
    public ShopifyTokenGrant refreshToken(String shop, String refreshToken) {
        throw new UnsupportedOperationException("refreshToken");
    }

    @Override
    public ShopifyTokenGrant migrateToken(String shop, String nonExpiringToken) {
        throw new UnsupportedOperationException("migrateToken");
    }

    @Override
    public ShopifyCallStats stats() {
        return new ShopifyCallStats(0, 0, 0, 0, 0);
    }

    @Override
    public ThrottleStatus throttleStatus(String shop) {
        return null;
    }

    @Override
    public void close() {
    }
}
