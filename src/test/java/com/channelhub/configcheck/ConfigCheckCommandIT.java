package com.channelhub.configcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.channelhub.support.HubTestPort;
import org.junit.jupiter.api.Test;

/** {@code --check-config} as a command: its own process settings, its table, its exit code. */
class ConfigCheckCommandIT {

    private record Outcome(int exitCode, String table) {
    }

    private static Outcome check(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exitCode = ConfigCheckCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8));
        return new Outcome(exitCode, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void defaultSetupPassesWithoutFailures() {
        // the default settings, but a port nothing listens on: a hub running on this machine must not answer for it
        Outcome outcome = check(ConfigCheckCommand.OPTION,
                "--hub.data-directory=./target/config-check/" + UUID.randomUUID(),
                "--server.port=" + HubTestPort.freePort());

        assertThat(outcome.exitCode()).as(outcome.table()).isZero();
        assertThat(outcome.table()).doesNotContainPattern("(?m)^FAIL")
                .containsPattern("(?m)^PASS +Settings +start-up validation")
                .containsPattern("(?m)^PASS +Database +connection +H2")
                .containsPattern("(?m)^WARN +Database +schema version +empty database; \\d+ migration\\(s\\) up to V\\d+ pending")
                .containsPattern("(?m)^PASS +Encryption +HUB_ENCRYPTION_KEY")
                .contains("Configuration check: WARN");
    }

    @Test
    void brokenSetupFailsAndSaysWhatToDoForEachProblem() {
        Outcome outcome = check(ConfigCheckCommand.OPTION,
                "--hub.data-directory=./target/config-check/" + UUID.randomUUID(),
                "--hub.sandbox.enabled=false",
                "--hub.public-base-url=http://hub.example.com",
                "--hub.encryption.key=not base64",
                "--hub.admin-key=0123456789abcdef0123456789abcdef",
                "--hub.shopify.client-id=shopify-client",
                "--hub.shopify.client-secret=",
                "--hub.shopify.api-version=2026-13",
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/unreachable");

        assertThat(outcome.exitCode()).as(outcome.table()).isEqualTo(1);
        assertThat(outcome.table())
                .containsPattern("(?m)^FAIL +Settings +HUB_ENCRYPTION_KEY +is not valid base64")
                .containsPattern("(?m)^FAIL +Settings +HUB_SHOPIFY_CLIENT_SECRET +missing while other Shopify variables are set")
                .containsPattern("(?m)^FAIL +Settings +HUB_PUBLIC_BASE_URL +http://hub.example.com is not HTTPS")
                .containsPattern("(?m)^FAIL +Shopify +HUB_SHOPIFY_API_VERSION +'2026-13' is not a Shopify API version")
                .containsPattern("(?m)^FAIL +Database +connection +cannot connect")
                .containsPattern("(?m)^WARN +Amazon +platform +disabled")
                .contains("-> Shopify and Amazon redirect only to HTTPS URLs")
                .contains("Configuration check: FAIL");
    }
}
