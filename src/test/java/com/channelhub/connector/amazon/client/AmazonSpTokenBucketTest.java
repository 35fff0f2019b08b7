package com.channelhub.connector.amazon.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class AmazonSpTokenBucketTest {

    private final AtomicLong now = new AtomicLong(0);

    @Test
    void burstIsFreeThenEachCallWaitsOneOverRate() {
        TokenBucket bucket = new TokenBucket(5, 10, now::get);
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.reserve()).isZero();
        }
        assertThat(bucket.reserve()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
        assertThat(bucket.reserve()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(400));
    }

    @Test
    void bucketRefillsAtRateUpToBurst() {
        TokenBucket bucket = new TokenBucket(2, 2, now::get);
        bucket.reserve();
        bucket.reserve();
        now.addAndGet(TimeUnit.SECONDS.toNanos(10));
        assertThat(bucket.available()).isEqualTo(2.0);
        assertThat(bucket.reserve()).isZero();
    }

    @Test
    void slowOperationsWaitMinutes() {
        TokenBucket createFeed = new TokenBucket(AmazonSpPlatformFacts.Api.CREATE_FEED.rate(), 1, now::get);
        createFeed.reserve();
        assertThat(TimeUnit.NANOSECONDS.toSeconds(createFeed.reserve())).isBetween(119L, 121L);
    }

    @Test
    void rateHeaderResizesTheRefill() {
        TokenBucket bucket = new TokenBucket(5, 1, now::get);
        bucket.adjustRate("0.5");
        assertThat(bucket.rate()).isEqualTo(0.5);
        bucket.reserve();
        assertThat(bucket.reserve()).isEqualTo(TimeUnit.SECONDS.toNanos(2));
    }

    @Test
    void unreadableOrNonPositiveRateHeadersAreIgnored() {
        TokenBucket bucket = new TokenBucket(5, 1, now::get);
        bucket.adjustRate("fast");
        bucket.adjustRate("0");
        bucket.adjustRate("-3");
        bucket.adjustRate(null);
        assertThat(bucket.rate()).isEqualTo(5.0);
    }

    @Test
    void aThrottledAnswerEmptiesTheBucket() {
        TokenBucket bucket = new TokenBucket(5, 10, now::get);
        bucket.drain();
        assertThat(bucket.reserve()).isEqualTo(TimeUnit.MILLISECONDS.toNanos(200));
    }

    @Test
    void bucketsAreKeptPerSellerAndOperation() {
        RateLimiters limiters = new RateLimiters(now::get);
        TokenBucket a = limiters.bucket("na", "SELLER_A", AmazonSpPlatformFacts.Api.GET_LISTINGS_ITEM);
        assertThat(limiters.bucket("na", "SELLER_A", AmazonSpPlatformFacts.Api.GET_LISTINGS_ITEM)).isSameAs(a);
        assertThat(limiters.bucket("na", "SELLER_B", AmazonSpPlatformFacts.Api.GET_LISTINGS_ITEM)).isNotSameAs(a);
        assertThat(limiters.bucket("na", "SELLER_A", AmazonSpPlatformFacts.Api.PATCH_LISTINGS_ITEM)).isNotSameAs(a);
        assertThat(a.burst()).isEqualTo(10);
    }

    @Test
    void sixthListingsFeedInFiveMinutesWaitsForTheFirstToLeaveTheWindow() {
        FeedSubmissionLimiter limiter = new FeedSubmissionLimiter(5, java.time.Duration.ofMinutes(5), now::get);
        for (int i = 0; i < 5; i++) {
            assertThat(limiter.reserve("na")).isZero();
            now.addAndGet(TimeUnit.SECONDS.toNanos(10));
        }
        assertThat(TimeUnit.NANOSECONDS.toSeconds(limiter.reserve("na"))).isEqualTo(250);
        assertThat(limiter.reserve("eu")).isZero();
    }
}
