package com.channelhub.console;

import static com.channelhub.console.ConsoleBrowser.button;
import static com.channelhub.console.ConsoleBrowser.heading;
import static com.channelhub.console.ConsoleBrowser.link;
import static com.channelhub.console.ConsoleBrowser.signIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.RoundingMode;
import java.util.List;

import com.channelhub.pricing.PriceBatchChannels;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxShopify;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

/** The console's products page in a real browser, on a store and a seller the sandbox plays, synced for real. */
@HubIntegrationTest
class ConsoleProductsIT extends ConsoleBrowserTest {

    ConsoleProductsIT() {
        super("products");
    }

    @Test
    void productsAreSearchedFilteredAndPagedWithEveryChannelsPriceOfTheirSkus() {
        signIn(page, http, slug, key);
        link(page, "Products").click();
        assertThat(heading(page, "No sales channels yet")).isVisible();
        assertThat(link(page, "Add a store or a seller account")).hasAttribute("href", "/p/" + slug + "/integrations");
        ConsoleBrowser.screenshot(page, "23-products-no-channels");

        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        PriceBatchChannels channels = new PriceBatchChannels(http, jdbc, port, slug, key);
        String sellerId = "P" + suffix;
        String amazonId = channels.connectAmazonSeller(sellerId, 3, 2);
        String both = channels.skus(amazonId).get(0);
        String shop = slug + ".myshopify.com";
        channels.installShopifyStore(shop, List.of(List.of(both), List.of("CP-ALPHA-" + suffix),
                List.of("CP-BETA-" + suffix), List.of("CP-GAMMA-" + suffix)));

        link(page, "Products").click();
        assertThat(products()).hasCount(7);
        ConsoleBrowser.screenshot(page, "24-products");

        search("Search", "cp-beta");
        assertThat(products()).hasCount(1);
        assertThat(products()).containsText("CP-BETA-" + suffix);

        search("Search", "");
        search("Exact SKU", both);
        assertThat(products()).hasCount(2);
        JsonNode offers = http.get("/api/projects/" + slug + "/products/by-sku?sku=" + both, key).json().get("channels");
        Locator shopifyProduct = page.locator("#products > tbody > tr[data-platform=SHOPIFY]");
        Locator onShopify = shopifyProduct.locator("[data-offers='" + both + "'] [data-channel=SHOPIFY]");
        Locator onAmazon = shopifyProduct.locator("[data-offers='" + both + "'] [data-channel=AMAZON]");
        assertThat(onShopify.locator("[data-price]")).hasText(priceOf(offers, "SHOPIFY"));
        assertThat(onShopify.locator("[data-price]")).hasText("10.00 USD");
        assertThat(onShopify.locator("[data-quantity]")).hasText("5");
        assertThat(onShopify).containsText(shop);
        assertThat(onAmazon.locator("[data-price]")).hasText(priceOf(offers, "AMAZON"));
        assertThat(onAmazon).containsText(sellerId);
        assertThat(page.locator("#products > tbody > tr[data-platform=AMAZON] [data-channel=SHOPIFY] [data-price]"))
                .hasText("10.00 USD");
        ConsoleBrowser.screenshot(page, "25-products-by-sku");

        String fbaSku = jdbc.queryForObject("select sku from channel_variants where integration_id = ?::uuid"
                + " and fulfillment_channel like 'AMAZON%'", String.class, amazonId);
        search("Exact SKU", fbaSku);
        Locator fba = page.locator("#products > tbody > tr[data-platform=AMAZON] [data-channel=AMAZON]");
        assertThat(fba.locator("[data-fulfillment]")).hasText("FBA (AMAZON_NA)");
        assertThat(fba.locator("[data-issues]")).hasText("No issues");
        assertThat(fba.locator(".listing-status")).hasText("Buyable, discoverable");

        search("Exact SKU", "");
        page.getByLabel("Lowest price").fill("-1");
        button(page, "Search").click();
        assertThat(page.locator("#minPrice-error")).hasText("Lowest price must be a decimal number of at least 0,"
                + " such as 19.99.");
        assertThat(page.getByLabel("Lowest price")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#products")).hasCount(0);
        ConsoleBrowser.screenshot(page, "26-products-invalid-filter");

        link(page, "Clear filters").click();
        page.getByLabel("Platform").selectOption("SHOPIFY");
        button(page, "Search").click();
        assertThat(products()).hasCount(4);
        assertThat(page.locator("#products > tbody > tr[data-platform=AMAZON]")).hasCount(0);

        search("Search", "no-such-product-" + suffix);
        assertThat(heading(page, "No products match")).isVisible();
        link(page, "Clear filters").click();
        assertThat(products()).hasCount(7);
    }

    @Test
    void pagesGoForwardAndBackByTheCatalogsCursor() {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        PriceBatchChannels channels = new PriceBatchChannels(http, jdbc, port, slug, key);
        channels.installShopifyStore(slug + ".myshopify.com", List.of(List.of("PG-1-" + suffix),
                List.of("PG-2-" + suffix), List.of("PG-3-" + suffix), List.of("PG-4-" + suffix),
                List.of("PG-5-" + suffix)));
        signIn(page, http, slug, key);
        page.navigate(http.url("/p/" + slug + "/products?size=2"));

        List<String> first = productIds();
        assertThat(first).hasSize(2);
        assertThat(link(page, "Previous page")).hasCount(0);
        link(page, "Next page").click();
        assertThat(page.locator("#results-summary")).hasText("Page 2 · 2 products");
        List<String> second = productIds();
        link(page, "Next page").click();
        assertThat(page.locator("#results-summary")).hasText("Page 3 · 1 product");
        assertThat(link(page, "Next page")).hasCount(0);
        List<String> third = productIds();
        assertThat(second).doesNotContainAnyElementsOf(first);
        assertThat(third).doesNotContainAnyElementsOf(first).doesNotContainAnyElementsOf(second);
        ConsoleBrowser.screenshot(page, "27-products-page-3");

        link(page, "Previous page").click();
        assertThat(page.locator("#results-summary")).hasText("Page 2 · 2 products");
        assertThat(productIds()).isEqualTo(second);
        link(page, "Previous page").click();
        assertThat(page.locator("#results-summary")).hasText("Page 1 · 2 products");
        assertThat(productIds()).isEqualTo(first);

        page.getByText("Product PG-1-" + suffix).click();
        assertThat(page.locator("h1")).hasText("Product PG-1-" + suffix);
        assertThat(page.locator("[data-offers='PG-1-" + suffix + "'] [data-channel=SHOPIFY] [data-price]"))
                .hasText("10.00 USD");
        ConsoleBrowser.screenshot(page, "28-product");

        Page phone = browser.newPage(ConsoleBrowser.PHONE_WIDTH, ConsoleBrowser.PHONE_HEIGHT);
        phone.context().addCookies(page.context().cookies());
        phone.navigate(http.url("/p/" + slug + "/products"));
        assertThat(phone.locator("#products > tbody > tr")).hasCount(5);
        ConsoleBrowser.screenshot(phone, "29-products-phone");
        phone.context().close();
    }

    @Test
    void aCatalogNotPulledYetSaysSoAndAnotherProjectsProductIsRefused() {
        String otherSlug = HubHttp.uniqueSlug("other");
        String otherKey = http.createProject(otherSlug);
        String otherShop = otherSlug + ".myshopify.com";
        PriceBatchChannels others = new PriceBatchChannels(http, jdbc, port, otherSlug, otherKey);
        String otherIntegration = others.installShopifyStore(otherShop, List.of(List.of("OTHER-ONLY-" + otherSlug)));
        String otherProduct = http.get("/api/projects/" + otherSlug + "/products", otherKey).json()
                .at("/items/0/id").asText();

        SandboxShopify sandbox = new SandboxShopify(http, port);
        String shop = slug + ".myshopify.com";
        sandbox.createStore(shop, 0, 1);
        String id = sandbox.install(slug, key, shop).get("id").asText();
        signIn(page, http, slug, key);
        link(page, "Products").click();
        assertThat(heading(page, "No products yet")).isVisible();
        assertThat(page.locator(".empty a")).hasAttribute("href", "/p/" + slug + "/integrations/" + id);
        ConsoleBrowser.screenshot(page, "30-products-not-pulled");

        Response foreign = page.navigate(http.url("/p/" + slug + "/products/" + otherProduct));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Not found");
        assertThat(page.locator("body")).not().containsText("OTHER-ONLY-");

        page.navigate(http.url("/p/" + slug + "/products?integrationId=" + otherIntegration));
        assertThat(page.locator("#integrationId-error")).hasText("Channel is not an integration of this project.");
        assertThat(page.locator("body")).not().containsText(otherShop);
    }

    private void search(String field, String value) {
        page.getByLabel(field, new Page.GetByLabelOptions().setExact(true)).fill(value);
        button(page, "Search").click();
    }

    private Locator products() {
        return page.locator("#products > tbody > tr");
    }

    private List<String> productIds() {
        return products().all().stream().map(row -> row.getAttribute("data-product")).toList();
    }

    private static String priceOf(JsonNode offers, String platform) {
        for (JsonNode offer : offers) {
            if (offer.get("platform").asText().equals(platform)) {
                return offer.get("price").decimalValue().setScale(2, RoundingMode.UNNECESSARY).toPlainString() + " "
                        + offer.get("currency").asText();
            }
        }
        throw new AssertionError("No " + platform + " offer in " + offers);
    }
}
