package com.channelhub.sandbox.shopify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ShopifyOAuthGrantsTest {

    static final String SHOP = "grants.myshopify.com";

    final MovableClock clock = new MovableClock();
    final OAuthGrants grants = new OAuthGrants(new ShopifySandboxProperties(false, Duration.ofMinutes(1),
            Duration.ofHours(1), Duration.ofDays(90), Duration.ofDays(30), 200, 1000, false, Map.of(), List.of(),
            new ShopifySandboxProperties.Webhooks(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(56),
                    8, 8, null, Duration.ofHours(48)),
            new ShopifySandboxProperties.Bulk(Duration.ZERO, 1000, Duration.ZERO)), clock);

    @Test
    void writeScopesHideTheReadScopesTheyImply() {
        assertThat(OAuthGrants.normaliseScope("read_products, write_products,read_locations,"
                + "unauthenticated_read_checkouts,unauthenticated_write_checkouts"))
                .isEqualTo("write_products,read_locations,unauthenticated_write_checkouts");
        assertThat(OAuthGrants.covers("write_products,read_locations", "read_products")).isTrue();
        assertThat(OAuthGrants.covers("read_products", "write_products")).isFalse();
    }

    @Test
    void anAuthorizationCodeExpires() {
        String code = grants.issueCode(SHOP, "read_products");
        clock.advance(Duration.ofMinutes(2));

        assertThatThrownBy(() -> grants.exchangeCode(SHOP, code, false)).isInstanceOf(OAuthException.class)
                .hasMessage("The authorization code was not found or was already used");
    }

    @Test
    void anExpiringAccessTokenStopsWorkingAfterAnHour() {
        Map<String, Object> issued = grants.exchangeCode(SHOP, grants.issueCode(SHOP, "read_products"), true);
        String token = (String) issued.get("access_token");
        assertThat(grants.authenticate(SHOP, token)).isNotNull();

        clock.advance(Duration.ofMinutes(61));

        assertThat(grants.authenticate(SHOP, token)).isNull();
        assertThat(grants.refresh(SHOP, (String) issued.get("refresh_token"))).containsKey("access_token");
    }

    @Test
    void aRotatedRefreshTokenExpiresAfterTheGracePeriodEvenIfItsSuccessorIsUnused() {
        String first = (String) grants.issueDirectly(SHOP, "read_products", true).get("refresh_token");
        grants.refresh(SHOP, first);
        clock.advance(Duration.ofDays(29));
        assertThat(grants.refresh(SHOP, first)).containsKey("refresh_token");

        clock.advance(Duration.ofDays(2));

        assertThatThrownBy(() -> grants.refresh(SHOP, first)).isInstanceOf(OAuthException.class)
                .hasMessage("This request requires an active refresh_token");
    }

    @Test
    void tokenExchangeWorksOncePerShop() {
        String legacy = (String) grants.issueDirectly(SHOP, "read_products", false).get("access_token");
        String another = (String) grants.issueDirectly(SHOP, "read_products", false).get("access_token");

        assertThat(grants.exchangeToken(SHOP, legacy)).containsKeys("access_token", "refresh_token");

        assertThat(grants.authenticate(SHOP, another)).isNull();
        String later = (String) grants.issueDirectly(SHOP, "read_products", false).get("access_token");
        assertThatThrownBy(() -> grants.exchangeToken(SHOP, later)).isInstanceOf(OAuthException.class)
                .hasMessage("Token exchange cannot be performed due to an invalid subject.");
    }

    @Test
    void tokensOfOneShopDoNotOpenAnother() {
        String token = (String) grants.issueDirectly(SHOP, "read_products", false).get("access_token");
        assertThat(grants.authenticate("other.myshopify.com", token)).isNull();
    }

    static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
