package com.channelhub.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxShopify;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A refused OAuth callback: a page for the merchant's browser (what went wrong, what to do, the way back to the
 * project when the state names it), problem+json for an API client.
 */
@HubIntegrationTest
class OAuthCallbackErrorPageIT {

    static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
            + "image/webp,*/*;q=0.8";

    @LocalServerPort
    int port;
    HubHttp http;
    String slug;
    String key;

    @BeforeEach
    void setUp() {
        http = new HubHttp(port);
        slug = HubHttp.uniqueSlug("oauth-page");
        key = http.createProject(slug);
    }

    private HubHttp.Response get(String pathAndQuery, String accept) {
        return http.send(http.builder(pathAndQuery, null).header("Accept", accept).GET().build());
    }

    /** The Shopify callback URL the sandbox's (auto-approved) authorize page sends the merchant to. */
    private String shopifyCallback() {
        String shop = slug + ".myshopify.com";
        SandboxShopify sandbox = new SandboxShopify(http, port);
        sandbox.createStore(shop, 1, 1);
        return HubHttp.pathAndQuery(sandbox.approvedCallback(slug, key, shop));
    }

    private void assertPage(HubHttp.Response page, int status, String detail) {
        assertThat(page.status()).isEqualTo(status);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<h1>The Shopify store was not installed</h1>", detail, "What to do")
                .doesNotContain("Exception", "at com.channelhub", "\"status\"");
        assertThat(page.header("HubIntegrationId")).isNull();
    }

    @Test
    void browserGetsAPageWithTheWayBackToTheProjectWhileAnApiClientGetsProblemJson() {
        String callback = shopifyCallback();
        assertThat(http.get(callback, null).status()).isEqualTo(302);

        HubHttp.Response page = get(callback, BROWSER_ACCEPT);
        HubHttp.Response problem = get(callback, "application/json");

        assertPage(page, 400, "The callback&#39;s state was already used; start the installation again.");
        assertThat(page.body()).contains("href=\"/p/" + slug + "/integrations\"", "Back to the integrations of Project " + slug,
                "Start the installation again from the project&#39;s integrations page");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.contentType()).isEqualTo("application/problem+json");
        assertThat(problem.json().get("detail").asText()).contains("already used");
        // curl's */* and no Accept at all are API clients
        assertThat(get(callback, "*/*").contentType()).isEqualTo("application/problem+json");
    }

    @Test
    void tamperedCallbackIsAPageNamingTheProjectItsStateWasIssuedFor() {
        String tampered = shopifyCallback().replace("code=", "code=x");

        HubHttp.Response page = get(tampered, BROWSER_ACCEPT);

        assertPage(page, 401, "it did not come from Shopify");
        assertThat(page.body()).contains("href=\"/p/" + slug + "/integrations\"");
    }

    @Test
    void unknownStateIsAPageWithoutAProject() {
        HubHttp.Response page = get("/api/platforms/amazon/oauth/callback?state=not-issued&selling_partner_id=A2EXAMPLE12345"
                + "&spapi_oauth_code=ANexample", BROWSER_ACCEPT);

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("The Amazon seller was not connected", "state is unknown",
                "Connect the seller again", "Open the console").doesNotContain("/p/");
    }

    @Test
    void amazonCallbackWithoutItsCodeNamesTheProjectOfItsState() {
        String consent = http.get("/api/platforms/amazon/oauth/install?project=" + slug + "&region=NA", key)
                .header("Location");
        String state = URLDecoder.decode(consent.replaceAll(".*[?&]state=([^&]+).*", "$1"), StandardCharsets.UTF_8);
        String callback = "/api/platforms/amazon/oauth/callback?state=" + state + "&selling_partner_id=A2EXAMPLE12345";

        HubHttp.Response page = get(callback, BROWSER_ACCEPT);
        HubHttp.Response problem = get(callback, "application/problem+json");

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("needs selling_partner_id and spapi_oauth_code",
                "href=\"/p/" + slug + "/integrations\"");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.json().get("detail").asText()).contains("spapi_oauth_code");
    }
}
