package com.channelhub.console;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.channelhub.support.HubHttp;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * Playwright on the system's Chromium ({@code /usr/bin/chromium}, from the distribution's packages): Playwright never
 * downloads a browser. Without Chromium the browser tests are skipped locally with a message, and fail on CI
 * ({@code CI=true}), where {@code .ci/run} installs it. Also what every console browser test does on a page: sign in,
 * find buttons, links and headings by their accessible names, take screenshots.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    static final int LAPTOP_WIDTH = 1280;
    static final int LAPTOP_HEIGHT = 900;
    static final int PHONE_WIDTH = 390;
    static final int PHONE_HEIGHT = 844;

    private final Playwright playwright;
    private final Browser browser;

    private ConsoleBrowser(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    static ConsoleBrowser launch() {
        if (!Files.isExecutable(CHROMIUM)) {
            String message = "The console browser tests need Chromium at " + CHROMIUM
                    + "; install it with: apt-get update && apt-get install -y chromium";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            assumeTrue(false, message);
        }
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--no-first-run", "--disable-sync")));
        return new ConsoleBrowser(playwright, browser);
    }

    /** A fresh browser profile (no cookies) at laptop width. */
    Page newPage() {
        return newPage(LAPTOP_WIDTH, LAPTOP_HEIGHT);
    }

    Page newPage(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    /** Signs in with one of the project's API keys, as a person does, and waits for the page sign-in opens. */
    static void signIn(Page page, HubHttp http, String slug, String key) {
        page.navigate(http.url("/p/" + slug + "/login"));
        page.getByLabel("API key").fill(key);
        button(page, "Sign in").click();
        assertThat(page).hasURL(Pattern.compile("/p/" + slug + "/integrations$"));
    }

    /** Shows a batch page's items of one status (an item or a channel status) and answers the rows shown. */
    static Locator itemsWithStatus(Page page, String status) {
        page.selectOption("#status", status);
        button(page, "Filter").click();
        return page.locator("#item-table tbody tr");
    }

    static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The first link of that name: the top bar's when a page repeats it (the crumbs). */
    static Locator link(Page page, String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first();
    }

    static Locator heading(Page page, String name) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
