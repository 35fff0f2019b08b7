package com.channelhub.sandbox.shopify;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Authorization codes, offline access tokens and refresh tokens of the simulated app, per shop. Follows Shopify's
 * offline access token docs (shopify.dev/docs/apps/build/authentication-authorization/access-tokens/offline-access-tokens
 * and the changelog "offline access tokens now support expiry and refresh").
 */
@Component
@ConditionalOnProperty(prefix = "hub.sandbox", name = "enabled", havingValue = "true")
class OAuthGrants {

    record Grant(String shop, String scope, Instant expiresAt) {
        boolean expiring() {
            return expiresAt != null;
        }
    }

    private record Code(String shop, String scope, Instant expiresAt) {
    }

    private static final class Refresh {
        final String shop;
        final String scope;
        final Instant expiresAt;
        final String predecessor;
        volatile Instant rotatedAt;

        Refresh(String shop, String scope, Instant expiresAt, String predecessor) {
            this.shop = shop;
            this.scope = scope;
            this.expiresAt = expiresAt;
            this.predecessor = predecessor;
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ShopifySandboxProperties properties;
    private final Clock clock;
    private final Map<String, Code> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();
    private final Set<String> migratedShops = ConcurrentHashMap.newKeySet();

    OAuthGrants(ShopifySandboxProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    String issueCode(String shop, String scope) {
        String code = random(16);
        codes.put(code, new Code(shop, normaliseScope(scope), clock.instant().plus(properties.authorizationCodeTtl())));
        return code;
    }

    /** Exchanges an authorization code (single use, short-lived) for an offline token. */
    synchronized Map<String, Object> exchangeCode(String shop, String code, boolean expiring) {
        Code grant = code == null ? null : codes.remove(code);
        if (grant == null || !grant.shop().equals(shop) || clock.instant().isAfter(grant.expiresAt())) {
            // Shopify's wording, e.g. ShopifySharp#70 and BNMetrics/Laravel-ShopifyAPI#9
            throw new OAuthException(400, "invalid_request", "The authorization code was not found or was already used");
        }
        return expiring ? issueExpiring(shop, grant.scope(), null) : issueOffline(shop, grant.scope());
    }

    /**
     * Refresh with rotation: a new pair each time; the used refresh token keeps working until its successor is first
     * used, and at most {@code previousRefreshTokenGrace} after it was first rotated (facts: since Aug 2026).
     */
    synchronized Map<String, Object> refresh(String shop, String token) {
        Refresh refresh = token == null ? null : refreshTokens.get(token);
        Instant now = clock.instant();
        if (refresh == null || !refresh.shop.equals(shop) || now.isAfter(refresh.expiresAt)
                || (refresh.rotatedAt != null && now.isAfter(refresh.rotatedAt.plus(properties.previousRefreshTokenGrace())))) {
            // the body Shopify answers for a refresh token that is no longer active (community.shopify.dev, 2026)
            throw new OAuthException(401, "invalid_request", "This request requires an active refresh_token");
        }
        if (refresh.predecessor != null) {
            refreshTokens.remove(refresh.predecessor);
        }
        if (refresh.rotatedAt == null) {
            refresh.rotatedAt = now;
        }
        return issueExpiring(shop, refresh.scope, token);
    }

    /**
     * Migration of a non-expiring offline token into an expiring one, one time per shop: the shop's non-expiring
     * tokens stop working and a second exchange is refused.
     */
    synchronized Map<String, Object> exchangeToken(String shop, String subjectToken) {
        Grant subject = subjectToken == null ? null : accessTokens.get(subjectToken);
        if (subject == null || !subject.shop().equals(shop) || subject.expiring() || migratedShops.contains(shop)) {
            // Shopify's wording for this error (community.shopify.dev, "Oauth error invalid_subject_token")
            throw new OAuthException(400, "invalid_subject_token",
                    "Token exchange cannot be performed due to an invalid subject.");
        }
        accessTokens.values().removeIf(g -> g.shop().equals(shop) && !g.expiring());
        migratedShops.add(shop);
        return issueExpiring(shop, subject.scope(), null);
    }

    /** Issues a token without the OAuth dance, for tests and benchmarks (control API). */
    synchronized Map<String, Object> issueDirectly(String shop, String scope, boolean expiring) {
        String normalised = normaliseScope(scope);
        return expiring ? issueExpiring(shop, normalised, null) : issueOffline(shop, normalised);
    }

    Grant authenticate(String shop, String token) {
        Grant grant = token == null ? null : accessTokens.get(token);
        if (grant == null || !grant.shop().equals(shop)) {
            return null;
        }
        if (grant.expiresAt() != null && clock.instant().isAfter(grant.expiresAt())) {
            accessTokens.remove(token);
            return null;
        }
        return grant;
    }

    /** Removes every code and token of the shop: the merchant revoked the app's access. */
    synchronized int revoke(String shop) {
        int before = accessTokens.size() + refreshTokens.size();
        accessTokens.values().removeIf(g -> g.shop().equals(shop));
        refreshTokens.values().removeIf(r -> r.shop.equals(shop));
        codes.values().removeIf(c -> c.shop().equals(shop));
        return before - accessTokens.size() - refreshTokens.size();
    }

    private Map<String, Object> issueOffline(String shop, String scope) {
        String token = "shpat_" + random(16);
        accessTokens.put(token, new Grant(shop, scope, null));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", token);
        answer.put("scope", scope);
        return answer;
    }

    private Map<String, Object> issueExpiring(String shop, String scope, String predecessor) {
        Instant now = clock.instant();
        String token = "shpat_" + random(16);
        String refresh = "shprt_" + random(16);
        accessTokens.put(token, new Grant(shop, scope, now.plus(properties.accessTokenTtl())));
        refreshTokens.put(refresh, new Refresh(shop, scope, now.plus(properties.refreshTokenTtl()), predecessor));
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("access_token", token);
        answer.put("scope", scope);
        answer.put("expires_in", properties.accessTokenTtl().toSeconds());
        answer.put("refresh_token", refresh);
        answer.put("refresh_token_expires_in", properties.refreshTokenTtl().toSeconds());
        return answer;
    }

    /**
     * The granted scope as Shopify reports it: a write scope implies its read scope, which is then not listed
     * (Shopify/omniauth-shopify-oauth2#40; the reason Shopify's libraries expand implied scopes before comparing).
     */
    static String normaliseScope(String scope) {
        Set<String> scopes = Arrays.stream(scope == null ? new String[0] : scope.split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        return scopes.stream().filter(s -> !scopes.contains(impliedBy(s))).collect(Collectors.joining(","));
    }

    static boolean covers(String grantedScope, String required) {
        Set<String> granted = Set.of(grantedScope.split(","));
        String implying = impliedBy(required);
        return granted.contains(required) || (implying != null && granted.contains(implying));
    }

    /** The write scope that implies this read scope (also for unauthenticated_ scopes), or null. */
    private static String impliedBy(String scope) {
        int at = scope.indexOf("read_");
        if (at < 0 || !(at == 0 || scope.startsWith("unauthenticated_"))) {
            return null;
        }
        return scope.substring(0, at) + "write_" + scope.substring(at + 5);
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
