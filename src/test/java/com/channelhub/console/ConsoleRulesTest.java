package com.channelhub.console;

import static com.channelhub.integration.IntegrationStatus.CONNECTED;
import static com.channelhub.integration.IntegrationStatus.NEEDS_REAUTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.IntegrationView;
import com.channelhub.integration.IntegrationView.NextSync;
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
    void nextSyncIsTheSchedulersTriggerWithItsNextFireTime() {
        Instant now = Instant.parse("2026-11-25T10:07:00Z");
        NextSync everyQuarter = new NextSync(true, Instant.parse("2026-11-25T10:45:00Z"), "every 15 min");
        NextSync nightly = new NextSync(true, Instant.parse("2026-11-26T03:00:00Z"), "cron 0 0 3 * * ?");

        assertThat(SyncSchedule.describe(integration(CONNECTED, SyncSettings.defaults(), everyQuarter), format, now))
                .isEqualTo("Every 15 min, next 10:45 UTC");
        assertThat(SyncSchedule.describe(integration(CONNECTED, SyncSettings.defaults(), nightly), format, now))
                .isEqualTo("Cron 0 0 3 * * ?, next 2026-11-26 03:00 UTC");
        assertThat(SyncSchedule.describe(integration(CONNECTED, SyncSettings.defaults(),
                new NextSync(true, null, "cron 0 0 3 * * ? 2020")), format, now)).isEqualTo("Cron 0 0 3 * * ? 2020");
    }

    @Test
    void withoutATriggerNextSyncSaysWhyNothingWillFire() {
        Instant now = Instant.parse("2026-11-25T10:07:00Z");
        NextSync none = new NextSync(false, null, "not scheduled");

        assertThat(SyncSchedule.describe(integration(CONNECTED, new SyncSettings(false, 60, null), none), format, now))
                .isEqualTo("Off: syncs run only when started here or through the API");
        assertThat(SyncSchedule.describe(integration(NEEDS_REAUTH, SyncSettings.defaults(), none), format, now))
                .isEqualTo("Off: the integration is not connected");
        // the settings say on, yet the scheduler holds no trigger: the page says so rather than the settings' wish
        assertThat(SyncSchedule.describe(integration(CONNECTED, SyncSettings.defaults(), none), format, now))
                .isEqualTo("Not scheduled yet");
    }

    @Test
    void accountDetailsShowWhatTheAccountHasBesideItsName() {
        IntegrationView seller = integration("AMAZON", "A2EXAMPLE12345", "Main seller", "NA", List.of("ATVPDKIKX0DER"));
        IntegrationView namedStore = integration("SHOPIFY", "acme.myshopify.com", "Acme", null, List.of());
        IntegrationView store = integration("SHOPIFY", "acme.myshopify.com", null, null, null);

        assertThat(format.accountDetails(seller)).isEqualTo("A2EXAMPLE12345 · NA · US (ATVPDKIKX0DER)");
        assertThat(format.accountDetails(namedStore)).isEqualTo("acme.myshopify.com");
        assertThat(format.accountDetails(store)).isEmpty();
    }

    private static IntegrationView integration(IntegrationStatus status, SyncSettings sync, NextSync next) {
        return new IntegrationView(UUID.randomUUID(), "acme", "SHOPIFY", "acme.myshopify.com", null, null, List.of(),
                status, null, true, null, List.of(), null, sync, next, null, null, null, 0);
    }

    private static IntegrationView integration(String platform, String account, String displayName, String region,
            List<String> marketplaceIds) {
        return new IntegrationView(UUID.randomUUID(), "acme", platform, account, displayName, region, marketplaceIds,
                CONNECTED, null, true, null, List.of(), null, SyncSettings.defaults(), null, null, null, null, 0);
    }

    @Test
    void pricesReadWithTwoDecimals() {
        assertThat(format.price(new java.math.BigDecimal("19.9900"), new java.math.BigDecimal("25.0000"), "USD"))
                .isEqualTo("19.99 USD (compare at 25.00)");
        assertThat(format.price(new java.math.BigDecimal("1500"), null, "JPY")).isEqualTo("1500.00 JPY");
        assertThat(format.price(new java.math.BigDecimal("0.1250"), null, "EUR")).isEqualTo("0.125 EUR");
        assertThat(format.price(null, null, "USD")).isEqualTo("—");
    }

    @Test
    void priceLinesBecomeTheBatchBodyAndTheChecksProblemsGoBackToTheirLines() {
        BatchLines lines = BatchLines.read(BatchPage.PRICE.lines(),
                "# sku, price, currency\nA-1, 19.99, usd\n\nB-2\t9.5\tEUR\t12\nC-3\nD-4,1,USD,2,3\n");

        assertThat(lines.body(true).toString()).isEqualTo("{\"items\":[{\"sku\":\"A-1\",\"price\":\"19.99\",\"currency\":\"USD\"},"
                + "{\"sku\":\"B-2\",\"price\":\"9.5\",\"currency\":\"EUR\",\"compareAtPrice\":\"12\"},{\"sku\":\"C-3\"}],"
                + "\"partial\":true}");
        assertThat(lines.hasFormatProblems()).isTrue();
        assertThat(lines.problemLines()).extracting(BatchLines.Line::number).containsExactly(6);
        assertThat(lines.lines().get(6).problems()).containsExactly(
                "Write SKU, price, currency and optionally a compare-at price: 5 values is too many.");

        List<String> general = lines.attach(List.of(new ApiProblem.FieldError("items[2].price", "is required", 2),
                new ApiProblem.FieldError("items[2].currency", "is required", 2),
                new ApiProblem.FieldError("Idempotency-Key", "must be 1 to 255 visible ASCII characters")));

        assertThat(lines.lines().get(5).problems()).containsExactly("The price is required.", "The currency is required.");
        assertThat(lines.lines().get(2).problems()).isEmpty();
        assertThat(general).containsExactly("Idempotency-Key must be 1 to 255 visible ASCII characters");
        assertThat(BatchLines.read(BatchPage.PRICE.lines(), " \n# nothing\n").isEmpty()).isTrue();
    }

    @Test
    void quantityLinesSendWholeNumbersAsNumbersAndNameARepeatedSkusFirstLine() {
        BatchLines lines = BatchLines.read(BatchPage.INVENTORY.lines(), "A-1; 12\nB-2\t-3\n\nC-3, 1.5\nA-1, 4\nD-4\n");

        // "5" is refused by the inventory API: a whole number goes as a number, anything else as the text it was
        assertThat(lines.body(false).toString()).isEqualTo("{\"items\":[{\"sku\":\"A-1\",\"quantity\":12},"
                + "{\"sku\":\"B-2\",\"quantity\":-3},{\"sku\":\"C-3\",\"quantity\":\"1.5\"},"
                + "{\"sku\":\"A-1\",\"quantity\":4},{\"sku\":\"D-4\"}]}");
        assertThat(BatchLines.read(BatchPage.INVENTORY.lines(), "A-1, 2, 3").problemLines().get(0).problems())
                .containsExactly("Write SKU and quantity: 3 values is too many.");

        lines.attach(List.of(new ApiProblem.FieldError("items[1].quantity", "must be 0 or more", 1),
                new ApiProblem.FieldError("items[3].sku", "repeats the SKU of item 0; send each SKU once per batch", 3)));

        assertThat(lines.lines().get(2).problems()).containsExactly("The quantity must be 0 or more.");
        assertThat(lines.lines().get(5).problems()).containsExactly(
                "The SKU repeats the SKU of line 1; send each SKU once per batch.");
    }

    @Test
    void eachKindsPagesSayTheirOwnValuesAndApiCall() {
        assertThat(BatchPage.of("inventory-batches")).isEqualTo(BatchPage.INVENTORY);
        assertThat(BatchPage.INVENTORY.noLines()).isEqualTo("Enter at least one line: SKU, quantity, e.g. TSHIRT-RED-M, 12.");
        assertThat(BatchPage.PRICE.noLines()).isEqualTo(
                "Enter at least one line: SKU, price, currency, e.g. TSHIRT-RED-M, 19.99, USD.");
        assertThat(BatchPage.INVENTORY.curlExample("https://hub.example", "acme"))
                .startsWith("curl -X POST https://hub.example/api/projects/acme/inventory \\\n")
                .endsWith("-d '{\"items\": [{\"sku\": \"TSHIRT-RED-M\", \"quantity\": 12}]}'");
        assertThat(BatchPage.PRICE.push()).isEqualTo("Push prices");
        assertThat(BatchPage.INVENTORY.valuesColumn()).isEqualTo("Quantities");
        assertThatThrownBy(() -> BatchPage.of("batches")).isInstanceOfSatisfying(ApiProblem.class,
                problem -> assertThat(problem.status()).isEqualTo(404));
    }
}
