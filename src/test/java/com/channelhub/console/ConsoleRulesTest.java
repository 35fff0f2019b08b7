package com.channelhub.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.channelhub.integration.SyncSettings;
import com.channelhub.platform.ConnectorRegistry;
import org.junit.jupiter.api.Test;

class ConsoleRulesTest {

    private final ConsoleFormat format = new ConsoleFormat(new ConnectorRegistry(List.of()));

    @Test
    void signInReturnsOnlyToAPageOfTheSameProject() {
        assertThat(LoginController.safeNext("acme", "/p/acme/integrations/1")).isEqualTo("/p/acme/integrations/1");
        assertThat(LoginController.safeNext("acme", "/p/other/integrations")).isNull();
        assertThat(LoginController.safeNext("acme", "https://evil.example/p/acme/")).isNull();
        assertThat(LoginController.safeNext("acme", "/p/acme//evil.example")).isNull();
        assertThat(LoginController.safeNext("acme", null)).isNull();
    }

    @Test
    void marketplacesMustBelongToTheChosenRegion() {
        assertThat(AmazonConnectController.checkMarketplaces("NA", List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"))).isNull();
        assertThat(AmazonConnectController.checkMarketplaces("NA", List.of("ATVPDKIKX0DER", "A1PA6795UKMFR9")))
                .isEqualTo("Not in the NA region: DE. Choose marketplaces of one region.");
        assertThat(AmazonConnectController.checkMarketplaces("EU", List.of())).contains("at least one marketplace");
        assertThat(AmazonConnectController.checkMarketplaces("XX", List.of("ATVPDKIKX0DER"))).contains("Choose a region");
    }

    @Test
    void nextSyncIsWordedFromTheSettings() {
        Instant now = Instant.parse("2026-11-25T10:07:00Z");
        assertThat(SyncSchedule.describe(SyncSettings.defaults(), format, now)).isEqualTo("Every 60 min");
        assertThat(SyncSchedule.describe(new SyncSettings(true, null, "0 0/30 * * * ?"), format, now))
                .isEqualTo("Cron 0 0/30 * * * ?, next 2026-11-25 10:30 UTC");
        assertThat(SyncSchedule.describe(new SyncSettings(false, 60, null), format, now)).startsWith("Off");
    }
}
