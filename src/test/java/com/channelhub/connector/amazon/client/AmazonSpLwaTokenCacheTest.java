package com.channelhub.connector.amazon.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class AmazonSpLwaTokenCacheTest {

    private static final String LWA = "https://api.amazon.com/auth/o2/token";
    private static final SellerCredentials SELLER_A = new SellerCredentials("A", "client", "secret", "Atzr|a");
    private static final SellerCredentials SELLER_B = new SellerCredentials("B", "client", "secret", "Atzr|b");

    private final AtomicInteger refreshes = new AtomicInteger();

    private LwaTokens refresh(SellerCredentials credentials) {
        return new LwaTokens("Atza|" + credentials.sellerId() + refreshes.incrementAndGet(), null, "bearer", 3600);
    }

    @Test
    void concurrentCallersShareOneRefresh() throws Exception {
        LwaTokenCache cache = new LwaTokenCache();
        int callers = 16;
        CountDownLatch arrived = new CountDownLatch(callers);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            List<Future<String>> tokens = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                tokens.add(pool.submit(() -> {
                    arrived.countDown();
                    return cache.token(LWA, SELLER_A, c -> {
                        // the refresh is slow: it finishes only once every caller has asked for a token
                        await(arrived);
                        return refresh(c);
                    }).accessToken();
                }));
            }
            for (Future<String> token : tokens) {
                assertThat(token.get(10, TimeUnit.SECONDS)).isEqualTo("Atza|A1");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(refreshes).hasValue(1);
    }

    @Test
    void tokensAreKeptPerRefreshTokenNeverShared() {
        LwaTokenCache cache = new LwaTokenCache();
        assertThat(cache.token(LWA, SELLER_A, this::refresh).accessToken()).isEqualTo("Atza|A1");
        assertThat(cache.token(LWA, SELLER_B, this::refresh).accessToken()).isEqualTo("Atza|B2");
        assertThat(cache.token(LWA, SELLER_A, this::refresh).accessToken()).isEqualTo("Atza|A1");
    }

    @Test
    void tokenIsRefreshedWithinSixtySecondsOfExpiry() {
        MutableClock clock = new MutableClock();
        LwaTokenCache cache = new LwaTokenCache(clock, Duration.ofSeconds(60));
        cache.token(LWA, SELLER_A, this::refresh);
        clock.advance(Duration.ofSeconds(3600 - 61));
        assertThat(cache.token(LWA, SELLER_A, this::refresh).accessToken()).isEqualTo("Atza|A1");
        clock.advance(Duration.ofSeconds(2));
        assertThat(cache.token(LWA, SELLER_A, this::refresh).accessToken()).isEqualTo("Atza|A2");
    }

    @Test
    void onlyTheFirstRefusalOfATokenForcesARefresh() {
        LwaTokenCache cache = new LwaTokenCache();
        String first = cache.token(LWA, SELLER_A, this::refresh).accessToken();
        cache.invalidate(LWA, SELLER_A, first);
        String second = cache.token(LWA, SELLER_A, this::refresh).accessToken();
        cache.invalidate(LWA, SELLER_A, first);
        assertThat(cache.token(LWA, SELLER_A, this::refresh).accessToken()).isEqualTo(second).isEqualTo("Atza|A2");
    }

    @Test
    void credentialsAndTokensNeverPrintTheirSecrets() {
        assertThat(SELLER_A.toString()).doesNotContain("secret").doesNotContain("Atzr");
        assertThat(new LwaTokens("Atza|x", "Atzr|y", "bearer", 3600).toString()).doesNotContain("Atza").doesNotContain("Atzr");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
