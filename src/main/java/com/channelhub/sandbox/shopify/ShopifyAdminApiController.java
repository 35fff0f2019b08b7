package com.channelhub.sandbox.shopify;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The GraphQL Admin API endpoint {@code POST /sandbox/shopify/{shop}/admin/api/{version}/graphql.json} and the bulk
 * operation result files.
 */
@RestController
@ConditionalOnProperty(prefix = "hub.sandbox", name = "enabled", havingValue = "true")
class ShopifyAdminApiController {

    /** Stable versions are quarterly: YYYY-01, -04, -07, -10; plus "unstable" (shopify.dev API versioning). */
    private static final Pattern VERSION = Pattern.compile("^(\\d{4}-(01|04|07|10)|unstable)$");

    private final SandboxStores stores;
    private final OAuthGrants grants;
    private final SandboxRequests requests;
    private final AdminGraphql graphql;
    private final ShopifySandboxProperties properties;

    ShopifyAdminApiController(SandboxStores stores, OAuthGrants grants, SandboxRequests requests, AdminGraphql graphql,
            ShopifySandboxProperties properties) {
        this.properties = properties;
        this.stores = stores;
        this.grants = grants;
        this.requests = requests;
        this.graphql = graphql;
    }

    @PostMapping("/sandbox/shopify/{shop}/admin/api/{version}/graphql.json")
    ResponseEntity<String> graphql(@PathVariable String shop, @PathVariable String version,
            @RequestHeader(value = "X-Shopify-Access-Token", required = false) String token,
            @RequestHeader(value = "Content-Type", required = false) String contentType,
            @RequestBody(required = false) String body) {
        SandboxStore store = stores.find(shop);
        if (store == null || !VERSION.matcher(version).matches()) {
            return SandboxJson.answer(404, Map.of("errors", "Not Found"));
        }
        ResponseEntity<String> fault = requests.applyFault(store);
        if (fault != null) {
            return fault;
        }
        OAuthGrants.Grant grant = grants.authenticate(store.domain, token);
        if (grant == null) {
            return ResponseEntity.status(401).contentType(MediaType.APPLICATION_JSON).body(ShopifyFacts.INVALID_TOKEN_BODY);
        }
        if (!grant.expiring() && properties.rejectNonExpiringTokens()) {
            return ResponseEntity.status(403).contentType(MediaType.APPLICATION_JSON)
                    .body(ShopifyFacts.NON_EXPIRING_TOKEN_BODY);
        }
        String query;
        Map<String, Object> variables = null;
        String operationName = null;
        try {
            if (contentType != null && contentType.startsWith("application/graphql")) {
                query = body;
            } else {
                JsonNode request = SandboxJson.MAPPER.readTree(body == null ? "" : body);
                query = request == null || !request.hasNonNull("query") ? null : request.get("query").asText();
                if (request != null && request.hasNonNull("variables")) {
                    variables = SandboxJson.MAPPER.convertValue(request.get("variables"), new TypeReference<Map<String, Object>>() {
                    });
                }
                operationName = request == null || !request.hasNonNull("operationName") ? null
                        : request.get("operationName").asText();
            }
        } catch (IOException | IllegalArgumentException e) {
            query = null;
        }
        if (query == null || query.isBlank()) {
            // Shopify's answer to a request without a usable query parameter
            return SandboxJson.answer(400, Map.of("errors", Map.of("query", "Required parameter missing or invalid")));
        }
        String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        AdminGraphql.Answer answer = graphql.execute(RequestScope.api(store, version, grant.scope(), baseUrl),
                query, variables, operationName);
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(answer.status())
                .contentType(MediaType.APPLICATION_JSON).header("X-Shopify-API-Version", version);
        if (answer.retryAfterSeconds() != null && answer.status() == 429) {
            builder.header("Retry-After", Long.toString((long) Math.ceil(answer.retryAfterSeconds())));
        }
        return builder.body(SandboxJson.write(answer.body()));
    }

    /** A bulk operation's JSONL file; like Shopify's signed download URLs it needs no token. */
    @GetMapping("/sandbox/shopify/{shop}/bulk/{file}")
    ResponseEntity<Resource> bulkFile(@PathVariable String shop, @PathVariable String file) throws IOException {
        SandboxStore store = stores.find(shop);
        if (store == null || !file.endsWith(".jsonl")) {
            return ResponseEntity.notFound().build();
        }
        BulkOperation op;
        try {
            op = store.bulkOperations.stream()
                    .filter(o -> o.id == Long.parseLong(file.substring(0, file.length() - ".jsonl".length())))
                    .findFirst().orElse(null);
        } catch (NumberFormatException e) {
            op = null;
        }
        if (op == null || op.active() || op.file == null || !Files.exists(op.file)) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/jsonl"))
                .contentLength(Files.size(op.file)).body(new FileSystemResource(op.file));
    }
}
