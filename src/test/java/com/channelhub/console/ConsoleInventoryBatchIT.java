package com.channelhub.console;

import static com.channelhub.console.ConsoleBrowser.button;
import static com.channelhub.console.ConsoleBrowser.itemsWithStatus;
import static com.channelhub.console.ConsoleBrowser.heading;
import static com.channelhub.console.ConsoleBrowser.link;
import static com.channelhub.console.ConsoleBrowser.signIn;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.regex.Pattern;

import com.channelhub.pricing.PriceBatchChannels;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

/**
 * The console's inventory batch pages in a real browser, on a sandbox store and a sandbox seller with an
 * Amazon-fulfilled offer, pulled for real: quantities pushed from the form and followed to each channel's result.
 */
@HubIntegrationTest
class ConsoleInventoryBatchIT extends ConsoleBrowserTest {

    ConsoleInventoryBatchIT() {
        super("stockui");
    }

    @Test
    void quantitiesArePushedFromTheConsoleAndEachChannelsResultIsShown() {
        String suffix = Long.toString(System.nanoTime(), 36).toUpperCase();
        PriceBatchChannels channels = new PriceBatchChannels(http, jdbc, port, slug, key);
        String sellerId = "Q" + suffix;
        String amazon = channels.connectAmazonSeller(sellerId, 4, 4);
        String fba = jdbc.queryForObject("select sku from channel_variants where integration_id = ?::uuid"
                + " and fulfillment_channel like 'AMAZON%'", String.class, amazon);
        List<String> sellerFulfilled = channels.skus(amazon).stream().filter(sku -> !sku.equals(fba)).toList();
        String shared = sellerFulfilled.get(0);
        String amazonOnly = sellerFulfilled.get(1);
        String stale = "CI-STALE-" + suffix;
        String unknownItem = "CI-GONE-" + suffix;
        String nowhere = "CI-NOWHERE-" + suffix;
        String shop = slug + ".myshopify.com";
        String shopify = channels.installShopifyStore(shop, List.of(List.of(shared, stale), List.of(unknownItem)));
        // the hub last heard 99 for STALE (Shopify holds 5), and knows an inventory item the store no longer has
        jdbc.update("update channel_variants set inventory_quantity = 99 where integration_id = ?::uuid and sku = ?",
                shopify, stale);
        jdbc.update("update channel_variants set inventory_item_id = 'gid://shopify/InventoryItem/1'"
                + " where integration_id = ?::uuid and sku = ?", shopify, unknownItem);
        signIn(page, http, slug, key);

        link(page, "Inventory batches").click();
        assertThat(heading(page, "No inventory batches yet")).isVisible();
        assertThat(page.locator(".empty pre")).containsText("/api/projects/" + slug + "/inventory");
        assertThat(page.locator(".empty pre")).containsText("\"quantity\": 12");
        ConsoleBrowser.screenshot(page, "31-inventory-batches-empty");

        // a negative quantity, one that is not a whole number and a repeated SKU: each explained next to its line
        Locator lines = page.getByLabel("Quantities, one per line");
        lines.fill(shared + ", 12\n" + amazonOnly + ", -1\n" + fba + "; 2.5\n" + shared + "\t4");
        button(page, "Push quantities").click();
        assertThat(page.locator("#lines-error li")).hasCount(3);
        assertThat(page.locator("#lines-error [data-line='2']")).containsText("The quantity must be 0 or more.");
        assertThat(page.locator("#lines-error [data-line='3']")).containsText(
                "The quantity must be a whole number such as 12.");
        assertThat(page.locator("#lines-error [data-line='4']")).containsText("The SKU repeats the SKU of line 1");
        assertThat(lines).hasValue(Pattern.compile("^" + shared + ", 12\n"));
        ConsoleBrowser.screenshot(page, "32-inventory-batches-push-refused");
        assertThat(http.get("/api/projects/" + slug + "/inventory-batches", key).json().get("totalItems").asInt())
                .isZero();

        String valid = shared + ", 12\n" + amazonOnly + "; 7\n" + fba + "\t3\n" + stale + ", 40\n" + unknownItem
                + ", 8\n" + nowhere + ", 1";
        lines.fill(valid);
        button(page, "Push quantities").click();

        assertThat(page).hasURL(Pattern.compile("/p/" + slug + "/inventory-batches/[0-9a-f-]{36}\\?pushed"));
        assertThat(page.getByText("Batch taken")).containsText("each quantity");
        // the page follows the batch until every channel has answered, then reloads with the results
        assertThat(page.locator("[data-batch]")).hasAttribute("data-batch-status", "COMPLETED_WITH_ERRORS",
                new LocatorAssertions.HasAttributeOptions().setTimeout(90_000));
        assertThat(page.locator("[data-batch-status-label]")).hasText("Completed with errors");
        assertThat(page.locator("#batch-progress")).hasAttribute("value", "6");
        assertThat(page.locator("[data-batch-progress-text]")).hasText("6 of 6 quantities done");

        Locator sharedOnShopify = result(shared, "SHOPIFY");
        assertThat(sharedOnShopify.locator(".badge")).hasText("Applied");
        assertThat(sharedOnShopify.locator("[data-sent]")).hasText("12");
        assertThat(sharedOnShopify.locator("[data-applied]")).hasText("now 12 on the channel");
        assertThat(result(shared, "AMAZON").locator(".badge")).hasText("Accepted");
        assertThat(result(shared, "AMAZON").locator("[data-sent]")).hasText("12");
        assertThat(result(amazonOnly, "AMAZON").locator("[data-sent]")).hasText("7");
        Locator fbaResult = result(fba, "AMAZON");
        assertThat(fbaResult.locator(".badge")).hasText("Unsupported");
        assertThat(fbaResult).containsText("AMAZON_FULFILLED: Amazon fulfills SKU " + fba + " (AMAZON_NA)");
        Locator staleResult = result(stale, "SHOPIFY");
        assertThat(staleResult.locator(".badge")).hasText("Applied");
        assertThat(staleResult.locator("[data-applied]")).hasText("now 40 on the channel");
        assertThat(staleResult).containsText("Shopify held 5, the hub knew 99");
        assertThat(result(unknownItem, "SHOPIFY").locator(".badge")).hasText("Rejected");
        assertThat(result(unknownItem, "SHOPIFY")).containsText("INVALID_INVENTORY_ITEM");
        Locator unmatched = page.locator("[data-item='" + nowhere + "']");
        assertThat(unmatched.locator("[data-item-status]")).hasText("Unmatched");
        assertThat(unmatched.locator("[data-quantity]")).hasText("1");
        assertThat(unmatched).containsText("No connected channel sells this SKU");

        Locator shopRow = channelRow(shop);
        assertThat(shopRow.locator("td[data-label='Quantities']")).hasText("3");
        assertThat(shopRow.locator("td[data-label='Applied']")).hasText("2");
        assertThat(shopRow.locator("td[data-label='Rejected']")).hasText("1");
        Locator sellerRow = channelRow(sellerId);
        assertThat(sellerRow.locator("td[data-label='Accepted']")).hasText("2");
        assertThat(sellerRow.locator("td[data-label='Unsupported']")).hasText("1");
        ConsoleBrowser.screenshot(page, "33-inventory-batch");

        Locator rowsUnsupported = itemsWithStatus(page, "UNSUPPORTED");
        assertThat(rowsUnsupported).hasCount(1);
        assertThat(rowsUnsupported).containsText(fba);
        Locator rowsApplied = itemsWithStatus(page, "APPLIED");
        assertThat(rowsApplied).hasCount(2);

        String batchUrl = page.url().replaceAll("\\?.*$", "");
        String batchKey = page.locator("[data-batch] dd code").textContent();
        Page phone = browser.newPage(ConsoleBrowser.PHONE_WIDTH, ConsoleBrowser.PHONE_HEIGHT);
        phone.context().addCookies(page.context().cookies());
        phone.navigate(batchUrl);
        assertThat(phone.locator("[data-batch-status-label]")).hasText("Completed with errors");
        ConsoleBrowser.screenshot(phone, "34-inventory-batch-phone");

        link(page, "Inventory batches").click();
        Locator listed = page.locator("#batches tbody tr");
        assertThat(listed).hasCount(1);
        assertThat(listed).containsText("Completed with errors");
        assertThat(listed).containsText("6 · 1 unmatched");
        assertThat(listed).containsText("2 applied");
        assertThat(listed).containsText("2 accepted");
        assertThat(listed).containsText("1 rejected");
        assertThat(listed).containsText("1 unsupported");
        ConsoleBrowser.screenshot(page, "35-inventory-batches");
        phone.navigate(http.url("/p/" + slug + "/inventory-batches"));
        assertThat(phone.locator("#batches tbody tr")).hasCount(1);
        ConsoleBrowser.screenshot(phone, "36-inventory-batches-phone");
        phone.context().close();

        // the form sent again with its key (back, resend): the same lines show the batch, other lines need a new key
        Locator formKey = page.locator("#push input[name=idempotencyKey]");
        formKey.evaluate("(input, key) => input.value = key", batchKey);
        lines.fill(valid.replace(", 40", ", 41"));
        button(page, "Push quantities").click();
        assertThat(page.locator("#push-errors")).containsText("This form was already sent with other quantities. "
                + "Press Push quantities again to send these lines as a new batch.");
        assertThat(formKey).not().hasValue(batchKey);
        formKey.evaluate("(input, key) => input.value = key", batchKey);
        lines.fill(valid);
        button(page, "Push quantities").click();
        assertThat(page).hasURL(batchUrl + "?replayed");
        assertThat(page.getByText("This form had already been sent")).isVisible();

        // the kinds keep apart: the inventory batch is neither in the price list nor under its pages
        String batchId = batchUrl.substring(batchUrl.lastIndexOf('/') + 1);
        assertThat(page.navigate(http.url("/p/" + slug + "/price-batches/" + batchId)).status()).isEqualTo(404);
        page.navigate(http.url("/p/" + slug + "/price-batches"));
        assertThat(page.locator("#batches")).hasCount(0);
        assertThat(http.get("/api/projects/" + slug + "/inventory-batches", key).json().get("totalItems").asInt())
                .isEqualTo(1);
    }

    @Test
    void anotherProjectsInventoryBatchAndAFormWithoutTheSessionsTokenAreRefused() {
        String otherSlug = HubHttp.uniqueSlug("other");
        String otherKey = http.createProject(otherSlug);
        HubHttp.Response other = http.send(http.builder("/api/projects/" + otherSlug + "/inventory", otherKey)
                .header("Content-Type", "application/json").header("Idempotency-Key", "other-" + otherSlug)
                .POST(HttpRequest.BodyPublishers.ofString("{\"items\":[{\"sku\":\"OTHER-STOCK-1\",\"quantity\":3}]}"))
                .build());
        assertThat(other.status()).as(other.body()).isEqualTo(202);
        String otherBatch = other.json().get("id").asText();
        signIn(page, http, slug, key);

        Response foreign = page.navigate(http.url("/p/" + slug + "/inventory-batches/" + otherBatch));
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Not found");
        assertThat(page.locator("body")).not().containsText("OTHER-STOCK-1");
        ConsoleBrowser.screenshot(page, "37-foreign-inventory-batch-not-found");
        assertThat(page.navigate(http.url("/p/" + slug + "/inventory-batches/" + otherBatch + "/status.json"))
                .status()).isEqualTo(404);
        page.navigate(http.url("/p/" + slug + "/inventory-batches"));
        assertThat(page.locator("#batches")).hasCount(0);

        APIResponse forged = page.request().post(http.url("/p/" + slug + "/inventory-batches"), RequestOptions.create()
                .setForm(FormData.create().set("lines", "FORGED-1, 5").set("idempotencyKey", "forged-" + slug)));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(http.get("/api/projects/" + slug + "/inventory-batches", key).json().get("totalItems").asInt())
                .isZero();
    }

    private Locator result(String sku, String platform) {
        return page.locator("[data-item='" + sku + "'] [data-result=" + platform + "]");
    }

    private Locator channelRow(String account) {
        return page.locator("#channels tr").filter(new Locator.FilterOptions().setHasText(account));
    }
}
