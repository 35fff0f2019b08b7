package com.channelhub.connector.shopify.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShopifyCostPacerTest {

    private final FakeShopify.FakeClock clock = new FakeShopify.FakeClock();
    private final CostPacer pacer = new CostPacer(clock::nanos, clock::sleep);

    @Test
    void aShopNotHeardFromYetIsNotWaitedFor() {
        assertThat(pacer.reserve("a.myshopify.com", 900)).isZero();
    }

    @Test
    void waitsExactlyTheTimeTheBucketNeedsToRefillTheExpectedCost() {
        pacer.observe("a.myshopify.com", new ThrottleStatus(1000, 100, 50));

        // 600 points wanted, 100 there: 500 missing at 50 points/s
        assertThat(pacer.reserve("a.myshopify.com", 600)).isEqualTo(10_000);
    }

    @Test
    void theBucketIsProjectedForwardAtItsRestoreRate() {
        pacer.observe("a.myshopify.com", new ThrottleStatus(2000, 100, 100));
        clock.advance(4_000);

        // 100 + 4 s × 100/s = 500 available
        assertThat(pacer.reserve("a.myshopify.com", 500)).isZero();
    }

    @Test
    void theProjectionNeverExceedsTheBucketSize() {
        pacer.observe("a.myshopify.com", new ThrottleStatus(1000, 900, 50));
        clock.advance(60_000);

        assertThat(pacer.reserve("a.myshopify.com", 1000)).isZero();
        assertThat(pacer.reserve("a.myshopify.com", 100)).isEqualTo(2_000);
    }

    @Test
    void concurrentReservationsQueueBehindEachOther() {
        pacer.observe("a.myshopify.com", new ThrottleStatus(1000, 1000, 50));

        assertThat(pacer.reserve("a.myshopify.com", 500)).isZero();
        assertThat(pacer.reserve("a.myshopify.com", 500)).isZero();
        assertThat(pacer.reserve("a.myshopify.com", 500)).isEqualTo(10_000);
        assertThat(pacer.reserve("a.myshopify.com", 500)).isEqualTo(20_000);
    }

    @Test
    void aQueryDearerThanTheBucketWaitsForAFullBucketOnly() {
        pacer.observe("a.myshopify.com", new ThrottleStatus(1000, 0, 100));

        assertThat(pacer.reserve("a.myshopify.com", 5000)).isEqualTo(10_000);
    }

    @Test
    void shopsHaveTheirOwnBuckets() {
        pacer.observe("a.myshopify.com", new ThrottleStatus(1000, 0, 50));

        assertThat(pacer.reserve("b.myshopify.com", 900)).isZero();
    }

    @Test
    void aThrottledAnswerIsWaitedOutForTheMissingPointsOverTheRestoreRate() {
        assertThat(CostPacer.throttledWaitMillis(752, new ThrottleStatus(1000, 2, 50))).isEqualTo(15_000);
        assertThat(CostPacer.throttledWaitMillis(101, new ThrottleStatus(2000, 100, 100))).isEqualTo(10);
        assertThat(CostPacer.throttledWaitMillis(50, new ThrottleStatus(1000, 100, 50))).isZero();
    }
}
