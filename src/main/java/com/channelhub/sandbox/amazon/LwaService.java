package com.channelhub.sandbox.amazon;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.channelhub.config.HubProperties;
import org.springframework.stereotype.Service;

/**
 * Login with Amazon for the hub's own application: authorization codes from the consent page, refresh tokens per
 * seller, one-hour access tokens, grantless tokens. Amazon's rules followed (developer-docs.amazon.com/sp-api/docs/
 * connecting-to-the-selling-partner-api and website-authorization-workflow): a code is single use and expires in
 * 5 minutes; refresh tokens live until revoked; a wrong client secret is 401 invalid_client.
 */
@Service
@ConditionalOnAmazonSandbox
class LwaService {

    /** Scopes of the grantless operations (Notifications and client-secret rotation APIs). */
    static final Set<String> GRANTLESS_SCOPES = Set.of("sellingpartnerapi::notifications",
            "sellingpartnerapi::client_credential:rotation");

    private final SecureRandom random = new SecureRandom();
    private final HubProperties.Amazon app;
    private final AmazonSandboxProperties properties;
    private final Clock clock;
    private final Map<String, CodeGrant> codes = new ConcurrentHashMap<>();
    private final Map<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();
    private final Map<String, AccessGrant> accessTokens = new ConcurrentHashMap<>();

    private record CodeGrant(String sellerId, String redirectUri, Instant expiresAt) {
    }

    private record RefreshGrant(String sellerId, boolean revoked) {
    }

    /** A valid access token: for a seller, or grantless (sellerId null) for the scope. */
    record AccessGrant(String sellerId, String scope, Instant expiresAt) {
    }

    LwaService(HubProperties hub, AmazonSandboxProperties properties, Clock clock) {
        this.app = hub.amazon();
        this.properties = properties;
        this.clock = clock;
    }

    String applicationId() {
        return app.applicationId();
    }

    /** The seller confirmed the consent page: a code for the redirect. */
    String issueCode(String sellerId, String redirectUri) {
        String code = token("", 30);
        codes.put(code, new CodeGrant(sellerId, redirectUri, clock.instant().plus(properties.authorizationCodeLifetime())));
        return code;
    }

    /** Self-authorization (Seller Central's "Authorize app" for private apps): a refresh token at once. */
    String authorize(String sellerId) {
        String refreshToken = token("Atzr|", 96);
        refreshTokens.put(refreshToken, new RefreshGrant(sellerId, false));
        return refreshToken;
    }

    /** The seller removed the app: its refresh tokens answer invalid_grant from now on. */
    int revoke(String sellerId) {
        int[] revoked = {0};
        refreshTokens.replaceAll((token, grant) -> {
            if (grant.sellerId().equals(sellerId) && !grant.revoked()) {
                revoked[0]++;
                return new RefreshGrant(sellerId, true);
            }
            return grant;
        });
        return revoked[0];
    }

    /** Handles one token request; the answer is the JSON object Amazon returns. */
    Map<String, Object> token(Map<String, String> request) {
        String grantType = required(request, "grant_type");
        authenticateClient(request);
        return switch (grantType) {
            case "authorization_code" -> exchangeCode(request);
            case "refresh_token" -> refresh(request);
            case "client_credentials" -> clientCredentials(request);
            default -> throw new LwaException(400, "unsupported_grant_type",
                    "The authorization grant type is not supported by the authorization server");
        };
    }

    private void authenticateClient(Map<String, String> request) {
        String clientId = required(request, "client_id");
        String secret = required(request, "client_secret");
        if (!equal(clientId, app.clientId()) || !equal(secret, app.clientSecret())) {
            throw new LwaException(401, "invalid_client", "Client authentication failed");
        }
    }

    private Map<String, Object> exchangeCode(Map<String, String> request) {
        String code = required(request, "code");
        CodeGrant grant = codes.remove(code); // single use: gone whether or not it is still valid
        String redirectUri = request.get("redirect_uri");
        if (grant == null || clock.instant().isAfter(grant.expiresAt())
                || (redirectUri != null && grant.redirectUri() != null && !redirectUri.equals(grant.redirectUri()))) {
            throw LwaException.invalidGrant("code", null);
        }
        String refreshToken = authorize(grant.sellerId());
        Map<String, Object> answer = accessTokenAnswer(grant.sellerId(), null);
        answer.put("refresh_token", refreshToken);
        return answer;
    }

    /** Amazon may leave refresh_token out of a refresh answer; the sandbox always does, so clients keep theirs. */
    private Map<String, Object> refresh(Map<String, String> request) {
        RefreshGrant grant = refreshTokens.get(required(request, "refresh_token"));
        if (grant == null) {
            throw LwaException.invalidGrant("refresh_token", null);
        }
        if (grant.revoked()) {
            throw LwaException.invalidGrant("refresh_token",
                    ". User may have revoked or didn't grant the permission.");
        }
        return accessTokenAnswer(grant.sellerId(), null);
    }

    private Map<String, Object> clientCredentials(Map<String, String> request) {
        String scope = request.get("scope");
        if (scope == null || scope.isBlank()) {
            throw new LwaException(400, "invalid_scope", "The request has an invalid parameter : scope");
        }
        for (String one : scope.trim().split("\\s+")) {
            if (!GRANTLESS_SCOPES.contains(one)) {
                throw new LwaException(400, "unauthorized_client", "Not authorized for requested operation");
            }
        }
        return accessTokenAnswer(null, scope.trim());
    }

    private Map<String, Object> accessTokenAnswer(String sellerId, String scope) {
        String accessToken = token("Atza|", 128);
        if (accessTokens.size() > 50_000) {
            Instant now = clock.instant();
            accessTokens.values().removeIf(grant -> grant.expiresAt().isBefore(now));
        }
        accessTokens.put(accessToken, new AccessGrant(sellerId, scope,
                clock.instant().plus(properties.accessTokenLifetime())));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", accessToken);
        answer.put("token_type", "bearer");
        answer.put("expires_in", properties.accessTokenLifetime().toSeconds());
        if (scope != null) {
            answer.put("scope", scope);
        }
        return answer;
    }

    /** The seller an SP-API call acts for, or 403 Unauthorized as Amazon answers. */
    String sellerFor(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new SpApiException(403, SpApiFacts.UNAUTHORIZED, SpApiFacts.ACCESS_DENIED, "");
        }
        AccessGrant grant = accessTokens.get(accessToken);
        if (grant == null) {
            throw new SpApiException(403, SpApiFacts.UNAUTHORIZED, SpApiFacts.ACCESS_DENIED, SpApiFacts.TOKEN_INVALID);
        }
        if (!clock.instant().isBefore(grant.expiresAt())) {
            throw new SpApiException(403, SpApiFacts.UNAUTHORIZED, SpApiFacts.ACCESS_DENIED, SpApiFacts.TOKEN_EXPIRED);
        }
        if (grant.sellerId() == null) {
            // a grantless token reaches only grantless operations, none of which the sandbox serves
            throw new SpApiException(403, SpApiFacts.UNAUTHORIZED, SpApiFacts.ACCESS_DENIED, "");
        }
        return grant.sellerId();
    }

    /** Control API: makes an authorization code or access token expire now; false when it is unknown. */
    boolean expire(String codeOrAccessToken) {
        Instant past = clock.instant().minusSeconds(1);
        CodeGrant code = codes.computeIfPresent(codeOrAccessToken,
                (key, grant) -> new CodeGrant(grant.sellerId(), grant.redirectUri(), past));
        AccessGrant access = accessTokens.computeIfPresent(codeOrAccessToken,
                (key, grant) -> new AccessGrant(grant.sellerId(), grant.scope(), past));
        return code != null || access != null;
    }

    private static String required(Map<String, String> request, String name) {
        String value = request.get(name);
        if (value == null || value.isBlank()) {
            throw new LwaException(400, "invalid_request", "The request is missing a required parameter : " + name);
        }
        return value;
    }

    private static boolean equal(String given, String expected) {
        return expected != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                expected.getBytes(StandardCharsets.UTF_8));
    }

    private String token(String prefix, int bytes) {
        byte[] raw = new byte[bytes];
        random.nextBytes(raw);
        String body = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        return prefix.isEmpty() ? body.replaceAll("[^A-Za-z0-9]", "").substring(0, 20) : prefix + body;
    }
}
