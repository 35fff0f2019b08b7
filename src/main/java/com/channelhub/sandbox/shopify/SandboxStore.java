package com.channelhub.sandbox.shopify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** One simulated shop: its catalog, webhook subscriptions, bulk operations, rate-limit bucket, counters and faults. */
final class SandboxStore {

    /** A webhook subscription made through webhookSubscriptionCreate. */
    record Subscription(long id, String topic, String uri, String format, String apiVersion, long createdAt,
            AtomicLong consecutiveFailures) {
    }

    final String domain;
    final String name;
    final long id;
    final long locationId;
    final String currency;
    volatile String plan;
    volatile boolean installed = true;

    final ConcurrentSkipListMap<Long, SandboxProduct> products = new ConcurrentSkipListMap<>();
    final AtomicLong nextProductIndex = new AtomicLong();
    final Map<Long, Subscription> subscriptions = new ConcurrentHashMap<>();
    final List<BulkOperation> bulkOperations = new CopyOnWriteArrayList<>();
    final CostBucket bucket;
    final Faults faults = new Faults();

    final AtomicLong requests = new AtomicLong();
    final AtomicLong throttled = new AtomicLong();
    final AtomicLong actualCost = new AtomicLong();
    final AtomicLong webhookAttempts = new AtomicLong();
    final AtomicLong webhookFailures = new AtomicLong();

    SandboxStore(String domain, String name, long id, String currency, String plan, CostBucket bucket) {
        this.domain = domain;
        this.name = name;
        this.id = id;
        this.locationId = 70_000_000_000L + id % 1_000_000;
        this.currency = currency;
        this.plan = plan;
        this.bucket = bucket;
    }

    SandboxProduct product(long productId) {
        return products.get(productId);
    }

    /** The variant with this numeric id and its product, or null. */
    SandboxProduct productOfVariant(long variantId) {
        SandboxProduct product = products.get(SandboxProduct.productIdOf(variantId));
        if (product == null) {
            return null;
        }
        for (SandboxVariant v : product.variantsSnapshot()) {
            if (v.id == variantId) {
                return product;
            }
        }
        return null;
    }

    static SandboxVariant variant(SandboxProduct product, long variantId) {
        for (SandboxVariant v : product.variantsSnapshot()) {
            if (v.id == variantId) {
                return v;
            }
        }
        return null;
    }

    String shopName() {
        return domain.substring(0, domain.indexOf('.'));
    }
}
