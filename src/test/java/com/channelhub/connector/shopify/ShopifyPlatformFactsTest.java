package com.channelhub.connector.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class ShopifyPlatformFactsTest {

    @Test
    void onlyMyshopifyHostnamesAreAccepted() {
        assertThat(ShopifyPlatformFacts.requireShopDomain("my-store.myshopify.com")).isEqualTo("my-store.myshopify.com");
        assertThatThrownBy(() -> ShopifyPlatformFacts.requireShopDomain("my-store.myshopify.com.evil.example"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("myshopify.com");
        assertThatThrownBy(() -> ShopifyPlatformFacts.requireShopDomain("-x.myshopify.com"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ShopifyPlatformFacts.requireShopDomain(null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void versionsCompareAsQuarters() {
        assertThat(ShopifyPlatformFacts.isVersionAtLeast("2026-01", "2025-10")).isTrue();
        assertThat(ShopifyPlatformFacts.isVersionAtLeast("2025-07", "2025-10")).isFalse();
        assertThat(ShopifyPlatformFacts.isVersionAtLeast("unstable", "2026-01")).isTrue();
    }

    @Test
    void instantsAreReadWithZuluOrAnOffset() {
        assertThat(ShopifyPlatformFacts.parseInstant("2026-01-01T00:00:00Z"))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(ShopifyPlatformFacts.parseInstant("2026-01-01T01:00:00+01:00"))
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }
}
