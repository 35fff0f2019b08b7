package com.channelhub.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import com.channelhub.support.TestHubProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubConfigurationValidatorTest {

    private static final String POSTGRES = "jdbc:postgresql://db:5432/hub";
    private static final String H2 = "jdbc:h2:file:./data/channelhub";
    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    private static final String ADMIN = "admin-key-0123456789abcdefgh";

    @TempDir
    Path dataDirectory;

    private HubProperties properties(String adminKey, String encryptionKey, HubProperties.Shopify shopify,
            HubProperties.Amazon amazon, String publicBaseUrl) {
        return new HubProperties(adminKey, publicBaseUrl, dataDirectory, Path.of("routes"),
                new HubProperties.Encryption(encryptionKey, null), new HubProperties.Api(1_048_576, 5_242_880, 33_554_432),
                shopify, amazon);
    }

    private static HubProperties.Shopify noShopify() {
        return TestHubProperties.shopify(null, null);
    }

    private static HubProperties.Amazon noAmazon() {
        return TestHubProperties.amazon(null, null, null);
    }

    @Test
    void completeProductionConfigurationIsAccepted() {
        HubSettings settings = new HubConfigurationValidator(properties(ADMIN, KEY,
                TestHubProperties.shopify("id", "secret"),
                TestHubProperties.amazon("app", "client", "secret"), "https://hub.example.com"), POSTGRES).validate();

        assertThat(settings.enabledPlatforms()).containsExactlyInAnyOrder("SHOPIFY", "AMAZON");
        assertThat(settings.embeddedDatabase()).isFalse();
        assertThat(settings.publicBaseUrl().toString()).isEqualTo("https://hub.example.com");
    }

    @Test
    void everyProblemIsNamedInOneMessage() {
        HubConfigurationValidator validator = new HubConfigurationValidator(properties(null, "not-base64!",
                TestHubProperties.shopify("id", null),
                TestHubProperties.amazon(null, "client", null), "hub.example.com"), POSTGRES);

        assertThatThrownBy(validator::validate)
                .isInstanceOfSatisfying(HubConfigurationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p).startsWith("HUB_ADMIN_KEY"))
                        .anySatisfy(p -> assertThat(p).startsWith("HUB_ENCRYPTION_KEY").contains("base64"))
                        .anySatisfy(p -> assertThat(p).startsWith("HUB_SHOPIFY_CLIENT_SECRET"))
                        .anySatisfy(p -> assertThat(p).startsWith("HUB_AMAZON_APPLICATION_ID"))
                        .anySatisfy(p -> assertThat(p).startsWith("HUB_AMAZON_LWA_CLIENT_SECRET"))
                        .anySatisfy(p -> assertThat(p).startsWith("HUB_PUBLIC_BASE_URL"))
                        .hasSize(6));
    }

    @Test
    void keyOfWrongLengthIsNamed() {
        HubConfigurationValidator validator = new HubConfigurationValidator(properties(ADMIN, "AAEC", noShopify(),
                noAmazon(), "http://localhost:8080"), POSTGRES);

        assertThatThrownBy(validator::validate).hasMessageContaining("HUB_ENCRYPTION_KEY: must be base64 of 32 bytes");
    }

    @Test
    void unconfiguredPlatformsAreDisabledNotErrors() {
        HubSettings settings = new HubConfigurationValidator(properties(ADMIN, KEY, noShopify(), noAmazon(),
                "http://localhost:8080"), POSTGRES).validate();

        assertThat(settings.enabledPlatforms()).isEmpty();
        assertThat(settings.platformEnabled("SHOPIFY")).isFalse();
    }

    @Test
    void embeddedDatabaseGeneratesMissingKeysOnceAndKeepsThem() throws Exception {
        HubSettings first = new HubConfigurationValidator(properties(null, null, noShopify(), noAmazon(),
                "http://localhost:8080"), H2).validate();
        HubSettings second = new HubConfigurationValidator(properties(null, null, noShopify(), noAmazon(),
                "http://localhost:8080"), H2).validate();

        assertThat(Files.exists(dataDirectory.resolve("encryption.key"))).isTrue();
        assertThat(first.adminKey()).isNotBlank().isEqualTo(second.adminKey());
        assertThat(first.keyRing().currentKeyId()).isEqualTo(second.keyRing().currentKeyId());
        assertThat(first.embeddedDatabase()).isTrue();
    }

    @Test
    void databaseOtherThanPostgresqlOrTheEmbeddedOneIsRefused() {
        HubConfigurationValidator validator = new HubConfigurationValidator(properties(ADMIN, KEY, noShopify(),
                noAmazon(), "http://localhost:8080"), "jdbc:mysql://db/hub");

        assertThatThrownBy(validator::validate).hasMessageContaining("HUB_DB_URL");
    }
}
