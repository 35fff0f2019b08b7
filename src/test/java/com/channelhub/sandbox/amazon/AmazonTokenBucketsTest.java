package com.channelhub.sandbox.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmazonTokenBucketsTest {

    @Test
    void aBucketStartsFullEmptiesAtItsBurstAndRefillsAtItsRate() {
        TokenBuckets.Bucket bucket = new TokenBuckets.Bucket(2.0, 2);
        long start = System.nanoTime();
        assertThat(bucket.tryTake(start)).isTrue();
        assertThat(bucket.tryTake(start)).isTrue();
        assertThat(bucket.tryTake(start)).isFalse();
        assertThat(bucket.tryTake(start + 499_000_000L)).isFalse();
        assertThat(bucket.tryTake(start + 1_000_000_000L)).isTrue();
    }

    @Test
    void theHeaderShowsTheAppliedRate() {
        TokenBuckets published = new TokenBuckets(properties(1.0));
        TokenBuckets faster = new TokenBuckets(properties(10.0));

        assertThat(published.rateHeader(SpApiOperation.GET_CATALOG_ITEM)).isEqualTo("2.0");
        assertThat(published.rateHeader(SpApiOperation.CREATE_FEED)).isEqualTo("0.0083");
        assertThat(faster.rateHeader(SpApiOperation.PATCH_LISTINGS_ITEM)).isEqualTo("50.0");
        assertThat(faster.burst(SpApiOperation.PATCH_LISTINGS_ITEM)).isEqualTo(50);
    }

    private static AmazonSandboxProperties properties(double multiplier) {
        return new AmazonSandboxProperties(false, null, multiplier, null, null, null, null, null, null, 5, null, null,
                null, null, false, null);
    }
}
