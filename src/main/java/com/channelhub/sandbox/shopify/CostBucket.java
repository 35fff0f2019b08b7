package com.channelhub.sandbox.shopify;

/**
 * The leaky bucket of one app on one store: a query runs only when the bucket holds its requested cost; afterwards
 * the difference between requested and actual cost is refunded (shopify.dev GraphQL Admin rate limits, "requested
 * and actual cost"). Restores continuously at the plan's rate up to its size.
 */
final class CostBucket {

    record Status(double maximumAvailable, double currentlyAvailable, double restoreRate) {
    }

    private double maximumAvailable;
    private double restoreRate;
    private double available;
    private long lastNanos;

    CostBucket(ShopifySandboxProperties.Plan plan, long nowNanos) {
        this.maximumAvailable = plan.maximumAvailable();
        this.restoreRate = plan.restoreRate();
        this.available = maximumAvailable;
        this.lastNanos = nowNanos;
    }

    synchronized void changePlan(ShopifySandboxProperties.Plan plan, long nowNanos) {
        restore(nowNanos);
        maximumAvailable = plan.maximumAvailable();
        restoreRate = plan.restoreRate();
        available = Math.min(available, maximumAvailable);
    }

    /** Takes the requested cost when the bucket holds it; answers whether it did. */
    synchronized boolean tryTake(int requested, long nowNanos) {
        restore(nowNanos);
        if (requested > available) {
            return false;
        }
        available -= requested;
        return true;
    }

    synchronized void refund(int points, long nowNanos) {
        restore(nowNanos);
        available = Math.min(maximumAvailable, available + points);
    }

    /** Empties the bucket, for tests and demonstrations of throttling. */
    synchronized void drain(long nowNanos) {
        restore(nowNanos);
        available = 0;
    }

    synchronized Status status(long nowNanos) {
        restore(nowNanos);
        return new Status(maximumAvailable, Math.floor(available), restoreRate);
    }

    private void restore(long nowNanos) {
        double seconds = (nowNanos - lastNanos) / 1e9;
        if (seconds > 0) {
            available = Math.min(maximumAvailable, available + seconds * restoreRate);
            lastNanos = nowNanos;
        }
    }
}
