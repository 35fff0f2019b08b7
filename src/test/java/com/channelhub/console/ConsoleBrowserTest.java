package com.channelhub.console;

import com.channelhub.support.HubHttp;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What every console browser test starts from: Chromium for the test class, and for each test a project of its own
 * (its slug and API key) and a fresh browser profile at laptop width. Subclasses are {@code @HubIntegrationTest}s.
 */
abstract class ConsoleBrowserTest {

    static ConsoleBrowser browser;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    HubHttp http;
    String slug;
    String key;
    Page page;

    private final String slugPrefix;

    /** @param slugPrefix the start of each test project's slug, naming the test class in the database */
    ConsoleBrowserTest(String slugPrefix) {
        this.slugPrefix = slugPrefix;
    }

    @BeforeAll
    static void startBrowser() {
        browser = ConsoleBrowser.launch();
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    @BeforeEach
    void openProjectAndPage() {
        http = new HubHttp(port);
        slug = HubHttp.uniqueSlug(slugPrefix);
        key = http.createProject(slug);
        page = browser.newPage();
    }

    @AfterEach
    void closePage() {
        page.context().close();
    }
}
