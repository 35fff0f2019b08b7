package com.channelhub.console;

import static com.channelhub.console.ConsoleBrowser.button;
import static com.channelhub.console.ConsoleBrowser.itemsWithStatus;
import static com.channelhub.console.ConsoleBrowser.link;
import static com.channelhub.console.ConsoleBrowser.signIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import com.channelhub.connector.PriceChange;
import java.util.regex.Pattern;

import com.channelhub.pricing.PriceBatchChannels;
import com.channelhub.project.ProjectService;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxShopify;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The console in a real browser, against the whole hub on PostgreSQL with the sandbox as Shopify and Amazon. */
@HubIntegrationTest
class ConsoleIT extends ConsoleBrowserTest {

    @Autowired
    ProjectService projects;
    @Autowired
    org.apache.camel.ProducerTemplate producer;
    SandboxShopify sandbox;

    ConsoleIT() {
        super("console");
    }

    @BeforeEach
    void openSandbox() {
        sandbox = new SandboxShopify(http, port);
    }

    private String url(String path) {
        return http.url(path);
    }

    @Test
    void signInWithTheProjectKeyOpensTheEmptyDashboardAndSignOutEndsTheSession() {
        page.navigate(url("/p/" + slug + "/integrations"));
        assertThat(page).hasURL(Pattern.compile("/p/" + slug + "/login\\?next="));
        ConsoleBrowser.screenshot(page, "01-login");

        page.getByLabel("API key").fill("chk_not-a-real-key-0000000000000000");
        button(page, "Sign in").click();
        assertThat(page.locator("#key-error")).containsText("does not open project");
        ConsoleBrowser.screenshot(page, "02-login-refused");

        page.getByLabel("API key").fill(key);
        button(page, "Sign in").click();
        assertThat(page).hasURL(Pattern.compile("/p/" + slug + "/integrations$"));
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("No sales channels yet"))).isVisible();
        String cookie = page.context().cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .map(c -> c.httpOnly + "/" + c.sameSite).orElseThrow();
        assertThat(cookie).isEqualTo("true/LAX");
        ConsoleBrowser.screenshot(page, "03-integrations-empty");

        button(page, "Sign out").click();
        assertThat(page).hasURL(Pattern.compile("/p/" + slug + "/login\\?signedOut"));
        page.navigate(url("/p/" + slug + "/integrations"));
        assertThat(page).hasURL(Pattern.compile("/login"));
    }

    @Test
    void shopifyStoreIsInstalledThroughOAuthAndAPullIsWatchedToTheEnd() {
        String shop = slug + ".myshopify.com";
        sandbox.createStore(shop, 120, 2);
        signIn(page, http, slug, key);
        link(page, "Add a Shopify store").click();

        page.getByLabel("Store address").fill("my-store.com");
        page.getByLabel("Store address").blur();
        assertThat(page.locator("#shop-error")).containsText("myshopify.com address");
        ConsoleBrowser.screenshot(page, "04-shopify-install-invalid");

        page.getByLabel("Store address").fill(shop);
        button(page, "Continue to Shopify").click();

        assertThat(page).hasURL(Pattern.compile("/p/" + slug + "/integrations/[0-9a-f-]{36}\\?installed=shopify"));
        assertThat(page.getByText("Shopify store installed.")).isVisible();
        assertThat(page.locator("[data-status]")).hasText("Connected");
        // the installation's first pull
        assertThat(page.locator("[data-progress]")).hasAttribute("data-run-status", "SUCCEEDED");

        button(page, "Pull now (full)").click();
        assertThat(page.getByText("Full pull started.")).isVisible();
        assertThat(page.locator("[data-progress]")).hasAttribute("data-run-status", "SUCCEEDED");
        // once the run has ended the page reloads itself: the history then has it, and there is nothing to cancel
        assertThat(page.locator("[data-cancel-form]")).hasCount(0);
        assertThat(page.locator("#history .badge").filter(new Locator.FilterOptions()
                .setHasText("Running"))).hasCount(0);
        assertThat(page.locator("[data-progress-status]")).hasText("Succeeded");
        Locator bar = page.locator("#sync-progress");
        assertThat(bar).hasAttribute("value", "120");
        assertThat(bar).hasAttribute("max", "120");
        assertThat(page.locator("#history tbody tr").filter(new Locator.FilterOptions()
                .setHasText("Product pull"))).hasCount(2);
        assertThat(page.locator("[data-chart] canvas")).hasCount(1);
        ConsoleBrowser.screenshot(page, "05-integration-shopify");

        page.navigate(url("/p/" + slug + "/integrations"));
        assertThat(page.locator("tbody tr")).hasCount(1);
        assertThat(page.locator("tbody tr")).containsText(shop);
        assertThat(page.locator("tbody tr")).containsText("Every 60 min");
        ConsoleBrowser.screenshot(page, "06-integrations");

        Page phone = browser.newPage(ConsoleBrowser.PHONE_WIDTH, ConsoleBrowser.PHONE_HEIGHT);
        phone.context().addCookies(page.context().cookies());
        phone.navigate(url("/p/" + slug + "/integrations"));
        ConsoleBrowser.screenshot(phone, "07-integrations-phone");
        phone.locator("a.account").first().click();
        assertThat(phone.locator("[data-status]")).hasText("Connected");
        ConsoleBrowser.screenshot(phone, "08-integration-phone");
        phone.context().close();
    }

    @Test
    void refusedOAuthCallbackIsAPageWithTheWayBackToTheIntegrations() {
        String shop = slug + ".myshopify.com";
        sandbox.createStore(shop, 2, 1);
        List<String> callbacks = new java.util.ArrayList<>();
        page.onRequest(request -> {
            if (request.url().contains("/api/platforms/shopify/oauth/callback")) {
                callbacks.add(request.url());
            }
        });
        signIn(page, http, slug, key);
        link(page, "Add a Shopify store").click();
        page.getByLabel("Store address").fill(shop);
        button(page, "Continue to Shopify").click();
        assertThat(page).hasURL(Pattern.compile("\\?installed=shopify"));
        assertThat(callbacks).hasSize(1);

        // the merchant's browser comes back to the callback a second time (history, a bookmark): its state is spent
        Response again = page.navigate(callbacks.get(0));

        assertThat(again.status()).isEqualTo(400);
        assertThat(page.locator("h1")).hasText("The Shopify store was not installed");
        assertThat(page.locator("[data-oauth-error]")).hasText(
                "The callback's state was already used; start the installation again.");
        assertThat(page.locator("[data-oauth-advice]")).containsText("Add a Shopify store");
        ConsoleBrowser.screenshot(page, "23-oauth-callback-refused");
        Page phone = browser.newPage(ConsoleBrowser.PHONE_WIDTH, ConsoleBrowser.PHONE_HEIGHT);
        phone.navigate(callbacks.get(0));
        ConsoleBrowser.screenshot(phone, "24-oauth-callback-refused-phone");
        phone.context().close();
        link(page, "Back to the integrations of Project " + slug).click();
        assertThat(page).hasURL(Pattern.compile("/p/" + slug + "/integrations$"));
        assertThat(page.locator("tbody tr")).hasCount(1);
    }

    @Test
    void syncSettingsAreSavedAndBadOnesExplainedNextToTheField() {
        String shop = slug + ".myshopify.com";
        sandbox.createStore(shop, 5, 1);
        String id = sandbox.install(slug, key, shop).get("id").asText();
        signIn(page, http, slug, key);
        page.navigate(url("/p/" + slug + "/integrations/" + id));

        page.getByLabel("Interval in minutes").fill("2");
        button(page, "Save settings").click();
        assertThat(page.locator("#interval-error")).containsText("from 5 to 10080 minutes");

        page.getByLabel("Interval in minutes").fill("30");
        button(page, "Save settings").click();
        assertThat(page.getByText("Sync settings saved.")).isVisible();
        JsonNode sync = http.get("/api/projects/" + slug + "/integrations/" + id, key).json().get("sync");
        assertThat(sync.get("intervalMinutes").asInt()).isEqualTo(30);
        assertThat(page.locator("dd").filter(new Locator.FilterOptions()
                .setHasText("Every 30 min"))).hasCount(1);
        // what the scheduler will fire, with its next fire time
        assertThat(page.locator("dd").filter(new Locator.FilterOptions()
                .setHasText("Every 30 min")))
                .hasText(Pattern.compile("^Every 30 min, next (\\d{4}-\\d{2}-\\d{2} )?\\d{2}:\\d{2} UTC$"));

        page.getByText("Disconnect…").click();
        button(page, "Disconnect now").click();
        // the confirmation box is required: nothing happens until it is ticked
        assertThat(page.locator("[data-status]")).hasText("Connected");
        page.getByLabel("Yes, disconnect " + shop).check();
        button(page, "Disconnect now").click();
        assertThat(page.locator("[data-status]")).hasText("Disconnected");
        ConsoleBrowser.screenshot(page, "09-integration-disconnected");
    }

    @Test
    void amazonSellerIsConnectedWithASelfAuthorizedTokenOrThroughSellerCentral() {
        String sellerId = ("A" + Long.toString(System.nanoTime(), 36)).toUpperCase();
        HubHttp.Response seller = http.post("/sandbox/amazon/_control/sellers", null, "{\"sellerId\":\"" + sellerId
                + "\",\"region\":\"NA\",\"skuCount\":15,\"skuPrefix\":\"C-\"}");
        assertThat(seller.status()).isEqualTo(201);
        String refreshToken = http.post("/sandbox/amazon/_control/sellers/" + sellerId + "/authorize", null, null).json()
                .get("refreshToken").asText();
        signIn(page, http, slug, key);
        link(page, "Connect an Amazon account").click();
        ConsoleBrowser.screenshot(page, "10-amazon-connect");

        page.getByLabel("Seller id (merchant token)").fill(sellerId);
        page.getByLabel("Refresh token", new Page.GetByLabelOptions().setExact(true)).fill("Atzr|not-a-token");
        page.locator("#token select[name=region]").selectOption("EU");
        page.locator("#token").getByLabel("DE (EUR)").check();
        page.locator("#token").getByLabel("UK (GBP)").uncheck();
        page.locator("#token select[name=region]").selectOption("NA");
        page.locator("#token").getByLabel("US (USD)").check();
        page.getByLabel("Refresh token", new Page.GetByLabelOptions().setExact(true)).fill(refreshToken);
        button(page, "Connect").click();

        assertThat(page).hasURL(Pattern.compile("/p/" + slug + "/integrations/[0-9a-f-]{36}\\?installed=amazon"));
        assertThat(page.getByText("Amazon seller connected.")).isVisible();
        assertThat(page.locator("[data-progress]")).hasAttribute("data-run-status", "SUCCEEDED");
        assertThat(page.locator("[data-cancel-form]")).hasCount(0);
        assertThat(page.locator("[data-progress-text]")).containsText("15 of 15 items");
        ConsoleBrowser.screenshot(page, "11-integration-amazon");

        // the website authorization: Seller Central's consent page (auto-approved by the sandbox) and back
        page.navigate(url("/p/" + slug + "/integrations/amazon/connect"));
        page.locator("form[action$='/amazon/authorize'] select[name=region]").selectOption("NA");
        button(page, "Continue to Seller Central").click();
        assertThat(page).hasURL(Pattern.compile("/p/" + slug + "/integrations/[0-9a-f-]{36}\\?installed=amazon"));
        assertThat(page.locator("[data-status]")).hasText("Connected");

        page.navigate(url("/p/" + slug + "/integrations"));
        assertThat(page.locator("tbody tr")).hasCount(2);
        assertThat(page.locator("tbody")).containsText("US (ATVPDKIKX0DER)");
    }

    @Test
    void deadLetterOfAFailedPricePushIsShownWithItsMessageAndReplayed() {
        String shop = slug + ".myshopify.com";
        sandbox.createStore(shop, 8, 1);
        String id = sandbox.install(slug, key, shop).get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUCCEEDED".equals(http.get("/api/projects/" + slug
                + "/integrations/" + id + "/sync-runs", key).json().at("/items/0/status").asText()));
        String sku = jdbc.queryForObject("select sku from channel_variants where integration_id = ?::uuid order by sku"
                + " limit 1", String.class, id);
        // every answer of the store is a truncated body until the faults are cleared: the push fails for good
        sandbox.control("POST", "/" + shop + "/faults", "{\"type\":\"malformed_json\",\"count\":50}");
        producer.sendBodyAndHeader("direct:shopify-price-push", List.of(new PriceChange("1", sku, null, null,
                new BigDecimal("19.99"), null, "USD")), "HubIntegrationId", id);
        sandbox.control("DELETE", "/" + shop + "/faults", null);

        signIn(page, http, slug, key);
        page.navigate(url("/p/" + slug + "/integrations/" + id));
        assertThat(page.locator("#errors li")).hasCount(1);
        assertThat(page.locator("#errors")).containsText("shopify-price-push");
        link(page, "Dead letters").click();
        Locator letter = page.locator("[data-dead-letter]").first();
        assertThat(letter).containsText("shopify-price-push");
        letter.getByText("Original message").click();
        assertThat(letter.locator("pre").first()).containsText(sku);
        assertThat(letter.locator("pre").nth(1)).containsText("HubIntegrationId");
        page.selectOption("#route", "shopify-price-push");
        button(page, "Filter").click();
        assertThat(page.locator("[data-dead-letter]")).hasCount(1);
        ConsoleBrowser.screenshot(page, "12-dead-letters");

        page.locator("[data-dead-letter]").first().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Replay")).click();
        Locator outcome = page.locator("[data-replay-outcome]");
        // the store answers again: the stored JSON goes back into the route and the price is set
        assertThat(outcome).containsText("Replay succeeded: Processed by route shopify-price-push.");
        // resolved now, it has left the list of open ones; the outcome links to it
        assertThat(page.locator("[data-dead-letter]")).hasCount(0);
        page.getByText("Show the message").click();
        assertThat(page.locator("[data-dead-letter]").first()).containsText("replayed 1×");
        assertThat(page.locator("[data-dead-letter]").first()).containsText(sku);
        ConsoleBrowser.screenshot(page, "13-dead-letter-replayed");
    }

    @Test
    void failedPullEndsItsRunAndItsDeadLetterIsReplayedOnceTheStoreAnswersAgain() {
        String shop = slug + ".myshopify.com";
        sandbox.createStore(shop, 6, 1);
        String id = sandbox.install(slug, key, shop).get("id").asText();
        await().atMost(Duration.ofSeconds(30)).until(() -> "SUCCEEDED".equals(http.get("/api/projects/" + slug
                + "/integrations/" + id + "/sync-runs", key).json().at("/items/0/status").asText()));
        sandbox.control("POST", "/" + shop + "/faults", "{\"type\":\"malformed_json\",\"count\":50}");
        signIn(page, http, slug, key);
        page.navigate(url("/p/" + slug + "/integrations/" + id));

        button(page, "Pull now (full)").click();

        // the connector retries the garbled answers with backoff before the run fails
        assertThat(page.locator("[data-progress]")).hasAttribute("data-run-status", "FAILED",
                new com.microsoft.playwright.assertions.LocatorAssertions.HasAttributeOptions().setTimeout(120_000));
        assertThat(page.locator("[data-progress-error]")).not().isEmpty();
        assertThat(page.locator("#errors li")).hasCount(1);
        sandbox.control("DELETE", "/" + shop + "/faults", null);
        ConsoleBrowser.screenshot(page, "15-integration-pull-failed");

        page.navigate(url("/p/" + slug + "/dead-letters?route=shopify-product-pull"));
        page.locator("[data-dead-letter]").first().getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Replay")).click();
        // resolved now, it has left the list of open ones; the outcome stays on the page with a link to it
        assertThat(page.locator("[data-replay-outcome]")).containsText(
                "Replay succeeded: Processed by route shopify-product-pull.");
        assertThat(page.locator("[data-dead-letter]")).hasCount(0);
        page.getByText("Show the message").click();
        assertThat(page.locator("[data-dead-letter]").first()).containsText("Resolved");
        assertThat(page.locator("[data-dead-letter]").first()).containsText("replayed 1×");
        ConsoleBrowser.screenshot(page, "16-dead-letter-replay-succeeded");
    }

    @Test
    void priceBatchIsPushedFromTheConsoleAndItsResultsAreShownPerChannelAndItem() {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        PriceBatchChannels channels = new PriceBatchChannels(http, jdbc, port, slug, key);
        String shopSku = "CON-SHOP-" + suffix;
        String shop = slug + ".myshopify.com";
        channels.installShopifyStore(shop, List.of(List.of(shopSku)));
        String sellerId = "A" + suffix;
        String amazonSku = channels.skus(channels.connectAmazonSeller(sellerId, 2)).get(0);
        String nowhere = "NOWHERE-" + suffix;
        signIn(page, http, slug, key);

        link(page, "Price batches").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("No price batches yet"))).isVisible();
        assertThat(page.locator(".empty pre")).containsText("/api/projects/" + slug + "/prices");
        ConsoleBrowser.screenshot(page, "17-price-batches-empty");

        // a bad price and a line without price or currency: explained next to their lines, nothing is stored
        page.getByLabel("Prices, one per line").fill(shopSku + ", 19.99, USD\n" + amazonSku + ", -1, USD\n" + nowhere);
        button(page, "Push prices").click();
        assertThat(page.locator("#lines-error li")).hasCount(2);
        assertThat(page.locator("#lines-error [data-line='2']")).containsText("The price must be greater than 0.");
        assertThat(page.locator("#lines-error [data-line='3']")).containsText("The price is required.");
        assertThat(page.locator("#lines-error [data-line='3']")).containsText("The currency is required.");
        assertThat(page.getByLabel("Prices, one per line")).hasValue(Pattern.compile("^" + shopSku + ", 19.99, USD"));
        ConsoleBrowser.screenshot(page, "18-price-batches-push-refused");
        assertThat(http.get("/api/projects/" + slug + "/price-batches", key).json().get("totalItems").asInt()).isZero();

        page.getByLabel("Prices, one per line").fill(shopSku + ", 19.99, USD, 24.99\n" + amazonSku + ", 12.50, usd\n"
                + nowhere + ", 5.00, USD");
        button(page, "Push prices").click();

        assertThat(page).hasURL(Pattern.compile("/p/" + slug + "/price-batches/[0-9a-f-]{36}\\?pushed"));
        assertThat(page.getByText("Batch taken")).isVisible();
        // the page follows the batch until every channel has answered, then shows the results
        assertThat(page.locator("[data-batch]")).hasAttribute("data-batch-status", "COMPLETED_WITH_ERRORS");
        assertThat(page.locator("[data-batch-status-label]")).hasText("Completed with errors");
        assertThat(page.locator("#batch-progress")).hasAttribute("value", "2");
        // the items' results are rendered by the server: the page has reloaded itself once the batch was done
        Locator shopResult = page.locator("[data-item='" + shopSku + "'] [data-result=SHOPIFY]");
        assertThat(shopResult).containsText("19.99 USD (compare at 24.99)");
        assertThat(shopResult.locator(".badge")).hasText("Applied");
        assertThat(page.locator("[data-item='" + amazonSku + "'] [data-result=AMAZON] .badge")).hasText("Accepted");
        Locator shopRow = page.locator("#channels tr").filter(
                new Locator.FilterOptions().setHasText(shop));
        assertThat(shopRow.locator("td[data-label='Applied']")).hasText("1");
        Locator sellerRow = page.locator("#channels tr").filter(
                new Locator.FilterOptions().setHasText(sellerId));
        assertThat(sellerRow.locator("td[data-label='Accepted']")).hasText("1");
        assertThat(shopRow.locator("td[data-label='Pending']")).hasText("0");
        Locator unmatched = page.locator("[data-item='" + nowhere + "']");
        assertThat(unmatched.locator("[data-item-status]")).hasText("Unmatched");
        assertThat(unmatched).containsText("No connected channel sells this SKU");
        ConsoleBrowser.screenshot(page, "19-price-batch");

        Locator rowsUnmatched = itemsWithStatus(page, "UNMATCHED");
        assertThat(rowsUnmatched).hasCount(1);
        assertThat(rowsUnmatched).containsText(nowhere);
        Locator rowsApplied = itemsWithStatus(page, "APPLIED");
        assertThat(rowsApplied).hasCount(1);
        assertThat(rowsApplied).containsText(shopSku);

        Page phone = browser.newPage(ConsoleBrowser.PHONE_WIDTH, ConsoleBrowser.PHONE_HEIGHT);
        phone.context().addCookies(page.context().cookies());
        phone.navigate(page.url().replaceAll("\\?.*$", ""));
        assertThat(phone.locator("[data-batch-status-label]")).hasText("Completed with errors");
        ConsoleBrowser.screenshot(phone, "20-price-batch-phone");

        link(page, "Price batches").click();
        Locator listed = page.locator("#batches tbody tr");
        assertThat(listed).hasCount(1);
        assertThat(listed).containsText("Completed with errors");
        assertThat(listed).containsText("3 · 1 unmatched");
        assertThat(listed).containsText("1 applied");
        assertThat(listed).containsText("1 accepted");
        ConsoleBrowser.screenshot(page, "21-price-batches");
        phone.navigate(url("/p/" + slug + "/price-batches"));
        assertThat(phone.locator("#batches tbody tr")).hasCount(1);
        ConsoleBrowser.screenshot(phone, "22-price-batches-phone");
        phone.context().close();
    }

    @Test
    void anotherProjectsPagesAndDataAreRefused() {
        String otherSlug = HubHttp.uniqueSlug("other");
        String otherKey = http.createProject(otherSlug);
        String otherShop = otherSlug + ".myshopify.com";
        sandbox.createStore(otherShop, 3, 1);
        String otherId = sandbox.install(otherSlug, otherKey, otherShop).get("id").asText();
        signIn(page, http, slug, key);

        Response foreignIntegration = page.navigate(url("/p/" + slug + "/integrations/" + otherId));
        assertThat(foreignIntegration.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Not found");
        assertThat(page.locator("body")).not().containsText(otherShop);
        ConsoleBrowser.screenshot(page, "14-foreign-integration-not-found");

        page.navigate(url("/p/" + otherSlug + "/integrations"));
        assertThat(page).hasURL(Pattern.compile("/p/" + otherSlug + "/login"));
        assertThat(page.locator("body")).not().containsText(otherShop);
        page.getByLabel("API key").fill(key);
        button(page, "Sign in").click();
        assertThat(page.locator("#key-error")).containsText("does not open project '" + otherSlug + "'");

        Response progress = page.navigate(url("/p/" + slug + "/integrations/" + otherId + "/progress.json"));
        assertThat(progress.status()).isEqualTo(404);

        HubHttp.Response otherBatch = http.send(http.builder("/api/projects/" + otherSlug + "/prices", otherKey)
                .header("Content-Type", "application/json").header("Idempotency-Key", "other-" + otherSlug)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                        "{\"items\":[{\"sku\":\"OTHER-ONLY-1\",\"price\":3.00,\"currency\":\"USD\"}]}")).build());
        assertThat(otherBatch.status()).as(otherBatch.body()).isEqualTo(202);
        String otherBatchId = otherBatch.json().get("id").asText();
        Response foreignBatch = page.navigate(url("/p/" + slug + "/price-batches/" + otherBatchId));
        assertThat(foreignBatch.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Not found");
        assertThat(page.locator("body")).not().containsText("OTHER-ONLY-1");
        assertThat(page.navigate(url("/p/" + slug + "/price-batches/" + otherBatchId + "/status.json")).status())
                .isEqualTo(404);
        page.navigate(url("/p/" + slug + "/price-batches"));
        assertThat(page.locator("#batches")).hasCount(0);
    }

    @Test
    void formsWithoutTheSessionsCsrfTokenAreRefused() {
        String shop = slug + ".myshopify.com";
        sandbox.createStore(shop, 3, 1);
        String id = sandbox.install(slug, key, shop).get("id").asText();
        signIn(page, http, slug, key);
        page.navigate(url("/p/" + slug + "/integrations"));

        com.microsoft.playwright.APIResponse forged = page.request().post(url("/p/" + slug + "/integrations/" + id
                + "/disconnect"), com.microsoft.playwright.options.RequestOptions.create().setForm(
                com.microsoft.playwright.options.FormData.create().set("confirm", "true")));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(http.get("/api/projects/" + slug + "/integrations/" + id, key).json().get("status").asText())
                .isEqualTo("CONNECTED");
    }

    @Test
    void rootOpensTheDemoProjectOrSaysHowToCreateOne() {
        page.navigate(url("/"));
        if (projects.findBySlug("demo").isPresent()) {
            assertThat(page).hasURL(Pattern.compile("/p/demo/"));
        } else {
            assertThat(page.locator("h1")).hasText("Channel Hub");
            assertThat(page.locator("body")).containsText("POST localhost:8080/api/projects");
            ConsoleBrowser.screenshot(page, "00-welcome");
        }
    }
}
