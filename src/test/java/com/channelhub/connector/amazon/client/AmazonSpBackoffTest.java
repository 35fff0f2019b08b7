package com.channelhub.connector.amazon.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class AmazonSpBackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));

    @Test
    void ceilingDoublesPerAttemptAndStopsAtTheMaximum() {
        assertThat(backoff.ceilingMillis(0)).isEqualTo(1_000);
        assertThat(backoff.ceilingMillis(1)).isEqualTo(2_000);
        assertThat(backoff.ceilingMillis(4)).isEqualTo(16_000);
        assertThat(backoff.ceilingMillis(5)).isEqualTo(30_000);
        assertThat(backoff.ceilingMillis(60)).isEqualTo(30_000);
    }

    @Test
    void jitteredDelayStaysBetweenHalfAndAllOfTheCeiling() {
        for (int attempt = 0; attempt < 10; attempt++) {
            long ceiling = backoff.ceilingMillis(attempt);
            for (int i = 0; i < 200; i++) {
                assertThat(backoff.delayMillis(attempt)).isBetween(ceiling / 2, ceiling);
            }
        }
    }

    @Test
    void delaysAreSpreadNotIdentical() {
        long first = backoff.delayMillis(3);
        boolean differs = false;
        for (int i = 0; i < 50 && !differs; i++) {
            differs = backoff.delayMillis(3) != first;
        }
        assertThat(differs).isTrue();
    }
}
