package com.channelhub.sandbox.amazon;

import java.net.URI;

import com.channelhub.config.HubSettings;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Seller Central's consent page of the website authorization workflow (developer-docs.amazon.com/sp-api/docs/
 * website-authorization-workflow): {@code /apps/authorize/consent?application_id&state[&version=beta]}; on Confirm
 * Amazon redirects to the app's registered redirect URI with {@code state}, {@code selling_partner_id} and
 * {@code spapi_oauth_code}. Who is logged in is the sandbox's {@code selling_partner_id} parameter (default: the
 * first configured seller).
 */
@RestController
@ConditionalOnAmazonSandbox
@RequestMapping(AmazonSandboxPaths.SELLER_CENTRAL + "/apps/authorize")
class ConsentController {

    static final String CALLBACK_PATH = "/api/platforms/amazon/oauth/callback";

    private final LwaService lwa;
    private final SandboxSellers sellers;
    private final AmazonSandboxProperties properties;
    private final String registeredRedirectUri;

    ConsentController(LwaService lwa, SandboxSellers sellers, AmazonSandboxProperties properties,
            HubSettings settings) {
        this.lwa = lwa;
        this.sellers = sellers;
        this.properties = properties;
        this.registeredRedirectUri = StringUtils.hasText(properties.redirectUri()) ? properties.redirectUri()
                : settings.publicBaseUrl().toString().replaceAll("/+$", "") + CALLBACK_PATH;
    }

    @GetMapping(path = "/consent", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> consent(@RequestParam(name = "application_id", required = false) String applicationId,
            @RequestParam(required = false) String state, @RequestParam(required = false) String version,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(name = "selling_partner_id", required = false) String sellingPartnerId) {
        String problem = problem(applicationId, state, redirectUri);
        SandboxSeller seller = seller(sellingPartnerId);
        if (problem == null && seller == null) {
            problem = "No such seller is logged in to Seller Central: " + sellingPartnerId + ".";
        }
        if (problem != null) {
            return page(HttpStatus.BAD_REQUEST, "<h1>We can't authorize this application</h1><p>"
                    + HtmlUtils.htmlEscape(problem) + "</p>");
        }
        if (properties.autoApprove()) {
            return redirect(seller, state, redirectUri);
        }
        return page(HttpStatus.OK, "<h1>Authorize " + HtmlUtils.htmlEscape(applicationId) + "</h1>"
                + "<p>Selling partner " + HtmlUtils.htmlEscape(seller.sellerId()) + " (" + seller.region()
                + ", marketplace " + seller.marketplaceId() + ")" + ("beta".equals(version) ? " &mdash; draft app" : "")
                + "</p><form method=\"post\" action=\"confirm\">"
                + hidden("application_id", applicationId) + hidden("state", state)
                + hidden("selling_partner_id", seller.sellerId())
                + (redirectUri == null ? "" : hidden("redirect_uri", redirectUri))
                + "<button type=\"submit\">Confirm</button></form>");
    }

    @PostMapping("/confirm")
    ResponseEntity<String> confirm(@RequestParam(name = "application_id", required = false) String applicationId,
            @RequestParam(required = false) String state,
            @RequestParam(name = "redirect_uri", required = false) String redirectUri,
            @RequestParam(name = "selling_partner_id", required = false) String sellingPartnerId) {
        String problem = problem(applicationId, state, redirectUri);
        SandboxSeller seller = seller(sellingPartnerId);
        if (problem != null || seller == null) {
            return page(HttpStatus.BAD_REQUEST, "<h1>We can't authorize this application</h1><p>"
                    + HtmlUtils.htmlEscape(problem == null ? "Unknown seller." : problem) + "</p>");
        }
        return redirect(seller, state, redirectUri);
    }

    private String problem(String applicationId, String state, String redirectUri) {
        if (applicationId == null || !applicationId.equals(lwa.applicationId())) {
            return "The application id '" + applicationId + "' is not a registered application.";
        }
        if (!StringUtils.hasText(state)) {
            return "The request has no state parameter.";
        }
        if (redirectUri != null && !redirectUri.equals(registeredRedirectUri)) {
            return "The redirect_uri is not registered for this application.";
        }
        return null;
    }

    private SandboxSeller seller(String sellingPartnerId) {
        String id = sellingPartnerId != null ? sellingPartnerId : properties.sellers().get(0).sellerId();
        return sellers.find(id).orElse(null);
    }

    private ResponseEntity<String> redirect(SandboxSeller seller, String state, String redirectUri) {
        String target = redirectUri != null ? redirectUri : registeredRedirectUri;
        URI location = UriComponentsBuilder.fromUriString(target)
                .queryParam("state", state)
                .queryParam("selling_partner_id", seller.sellerId())
                .queryParam("spapi_oauth_code", lwa.issueCode(seller.sellerId(), target))
                .encode().build().toUri();
        return ResponseEntity.status(HttpStatus.FOUND).header(HttpHeaders.LOCATION, location.toString()).build();
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + HtmlUtils.htmlEscape(value) + "\">";
    }

    private static ResponseEntity<String> page(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_HTML)
                .body("<!doctype html><html><head><meta charset=\"utf-8\"><title>Seller Central (sandbox)</title>"
                        + "</head><body>" + body + "</body></html>");
    }
}
