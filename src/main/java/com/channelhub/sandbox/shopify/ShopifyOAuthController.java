package com.channelhub.sandbox.shopify;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.channelhub.config.HubProperties;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Shopify's OAuth endpoints under {@code /sandbox/shopify/{shop}}: the authorize (consent) page and the token
 * endpoint with its three grants (authorization code, refresh token, token exchange).
 */
@RestController
@RequestMapping("/sandbox/shopify/{shop}/admin/oauth")
@ConditionalOnProperty(prefix = "hub.sandbox", name = "enabled", havingValue = "true")
class ShopifyOAuthController {


    private final SandboxStores stores;
    private final OAuthGrants grants;
    private final SandboxRequests requests;
    private final ShopifySandboxProperties properties;
    private final HubProperties.Shopify app;
    private final Clock clock;

    ShopifyOAuthController(SandboxStores stores, OAuthGrants grants, SandboxRequests requests,
            ShopifySandboxProperties properties, HubProperties hub, Clock clock) {
        this.stores = stores;
        this.grants = grants;
        this.requests = requests;
        this.properties = properties;
        this.app = hub.shopify();
        this.clock = clock;
    }

    @GetMapping(value = "/authorize")
    ResponseEntity<String> authorize(@PathVariable String shop, @RequestParam Map<String, String> params) {
        SandboxStore store = stores.find(shop);
        String problem = authorizeProblem(store, params);
        if (problem != null) {
            return ResponseEntity.status(store == null ? 404 : 400).contentType(MediaType.TEXT_PLAIN).body(problem);
        }
        if (properties.autoApprove()) {
            return approve(store, params);
        }
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(consentPage(store, params));
    }

    /** The consent page's Install button. */
    @PostMapping(value = "/authorize", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> install(@PathVariable String shop, @RequestParam Map<String, String> params) {
        SandboxStore store = stores.find(shop);
        String problem = authorizeProblem(store, params);
        if (problem != null) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(problem);
        }
        return approve(store, params);
    }

    @PostMapping("/access_token")
    ResponseEntity<String> accessToken(@PathVariable String shop, HttpServletRequest request) throws IOException {
        SandboxStore store = stores.find(shop);
        if (store == null) {
            return json(404, Map.of("errors", "Not Found"));
        }
        ResponseEntity<String> fault = requests.applyFault(store);
        if (fault != null) {
            return fault;
        }
        try {
            Map<String, String> params = params(request);
            checkClient(params);
            String grantType = params.getOrDefault("grant_type", "authorization_code");
            Map<String, Object> answer = switch (grantType) {
                case "authorization_code" -> grants.exchangeCode(store.domain, required(params, "code"),
                        isOne(params.get("expiring")));
                case ShopifyFacts.GRANT_REFRESH -> grants.refresh(store.domain, required(params, "refresh_token"));
                case ShopifyFacts.GRANT_TOKEN_EXCHANGE -> tokenExchange(store, params);
                default -> throw new OAuthException(400, "unsupported_grant_type",
                        "The authorization grant type is not supported by the authorization server.");
            };
            return json(200, answer);
        } catch (OAuthException e) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", e.error());
            body.put("error_description", e.getMessage());
            return json(e.status(), body);
        }
    }

    private Map<String, Object> tokenExchange(SandboxStore store, Map<String, String> params) {
        if (!ShopifyFacts.OFFLINE_TOKEN_TYPE.equals(params.get("subject_token_type"))
                || !ShopifyFacts.OFFLINE_TOKEN_TYPE.equals(params.get("requested_token_type"))
                || !isOne(params.get("expiring"))) {
            throw new OAuthException(400, "invalid_request", "Migrating an offline token needs subject_token_type and "
                    + "requested_token_type '" + ShopifyFacts.OFFLINE_TOKEN_TYPE + "' and expiring=1.");
        }
        return grants.exchangeToken(store.domain, required(params, "subject_token"));
    }

    private void checkClient(Map<String, String> params) {
        if (!Signatures.constantTimeEquals(app.clientId(), params.get("client_id"))
                || !Signatures.constantTimeEquals(app.clientSecret(), params.get("client_secret"))) {
            throw new OAuthException(401, "invalid_client", "Client authentication failed due to unknown client, "
                    + "no client authentication included, or unsupported authentication method.");
        }
    }

    private String authorizeProblem(SandboxStore store, Map<String, String> params) {
        if (store == null) {
            return "There is no sandbox store at this address.";
        }
        if (!Signatures.constantTimeEquals(app.clientId(), params.get("client_id"))) {
            return "Oauth error invalid_request: The client_id '" + params.get("client_id") + "' is not a known app.";
        }
        String redirect = params.get("redirect_uri");
        try {
            URI uri = URI.create(redirect == null ? "" : redirect);
            if (!uri.isAbsolute() || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
                return "Oauth error invalid_request: The redirect_uri must be an absolute http(s) URL.";
            }
        } catch (IllegalArgumentException e) {
            return "Oauth error invalid_request: The redirect_uri is not a valid URL.";
        }
        return null;
    }

    private ResponseEntity<String> approve(SandboxStore store, Map<String, String> params) {
        store.installed = true;
        Map<String, String> callback = new LinkedHashMap<>();
        callback.put("code", grants.issueCode(store.domain, params.getOrDefault("scope", "")));
        // host: base64 of the shop's admin URL, as Shopify sends it to embedded apps
        callback.put("host", Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("admin.shopify.com/store/" + store.shopName()).getBytes(StandardCharsets.UTF_8)));
        callback.put("shop", store.domain);
        if (params.get("state") != null) {
            callback.put("state", params.get("state"));
        }
        callback.put("timestamp", Long.toString(clock.instant().getEpochSecond()));
        callback.put("hmac", Signatures.callbackHmac(callback, app.clientSecret()));
        UriComponentsBuilder location = UriComponentsBuilder.fromUriString(params.get("redirect_uri"));
        callback.forEach((name, value) -> location.queryParam(name, "{" + name + "}"));
        URI target = location.encode().buildAndExpand(callback).toUri();
        return ResponseEntity.status(302).header(HttpHeaders.LOCATION, target.toString()).build();
    }

    private String consentPage(SandboxStore store, Map<String, String> params) {
        StringBuilder hidden = new StringBuilder();
        for (String name : new String[] {"client_id", "scope", "redirect_uri", "state"}) {
            if (params.get(name) != null) {
                hidden.append("<input type=\"hidden\" name=\"").append(name).append("\" value=\"")
                        .append(HtmlUtils.htmlEscape(params.get(name))).append("\">\n");
            }
        }
        return """
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Install app - %1$s</title></head>
                <body style="font-family: sans-serif; max-width: 32em; margin: 3em auto">
                <h1>Install app on %1$s</h1>
                <p>This simulated Shopify store is asked to grant the app these permissions:</p>
                <p><code>%2$s</code></p>
                <form method="post">
                %3$s<button type="submit">Install app</button>
                </form>
                </body></html>
                """.formatted(HtmlUtils.htmlEscape(store.name + " (" + store.domain + ")"),
                HtmlUtils.htmlEscape(params.getOrDefault("scope", "")), hidden);
    }

    private static Map<String, String> params(HttpServletRequest request) throws IOException {
        Map<String, String> params = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> params.put(name, values[0]));
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("application/json")) {
            byte[] body = request.getInputStream().readAllBytes();
            if (body.length > 0) {
                try {
                    SandboxJson.MAPPER.readTree(body).fields().forEachRemaining(e -> params.put(e.getKey(),
                            e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
                } catch (IOException e) {
                    throw new OAuthException(400, "invalid_request", "The request body is not valid JSON.");
                }
            }
        }
        return params;
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isBlank()) {
            throw new OAuthException(400, "invalid_request", "The request is missing a required parameter: " + name + ".");
        }
        return value;
    }

    private static boolean isOne(String value) {
        return "1".equals(value) || "true".equalsIgnoreCase(value);
    }

    private static ResponseEntity<String> json(int status, Object body) {
        return SandboxJson.answer(status, body);
    }
}
