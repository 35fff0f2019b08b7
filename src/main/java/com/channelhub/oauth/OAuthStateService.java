package com.channelhub.oauth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues and consumes OAuth {@code state} values. A state is random (256 bits), lives a few minutes, and is accepted
 * once: an unknown, reused, expired or foreign state is refused with the reason.
 */
@Service
public class OAuthStateService {

    public static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OAuthStateRepository states;
    private final Clock clock;

    public OAuthStateService(OAuthStateRepository states, Clock clock) {
        this.states = states;
        this.clock = clock;
    }

    @Transactional
    public OAuthState issue(String platform, UUID projectId, String account, String region) {
        return issue(platform, projectId, account, region, null);
    }

    @Transactional
    public OAuthState issue(String platform, UUID projectId, String account, String region, String marketplaceIds) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        Instant now = clock.instant();
        states.deleteExpiredBefore(now.minus(Duration.ofDays(1)));
        OAuthState state = new OAuthState(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), platform,
                projectId, account, region, now, now.plus(LIFETIME));
        state.chooseMarketplaces(marketplaceIds);
        return states.save(state);
    }

    /**
     * Consumes the state of a callback; the account the platform names must be the one the install started for
     * (when the install named one).
     */
    @Transactional
    public OAuthState consume(String platform, String state, String account) {
        if (state == null || state.isBlank()) {
            throw ApiProblem.badRequest("The callback carries no state; start the installation again.");
        }
        OAuthState stored = states.findById(state).filter(s -> s.getPlatform().equals(platform))
                .orElseThrow(() -> ApiProblem.badRequest("The callback's state is unknown; start the installation again."));
        if (stored.getAccount() != null && !stored.getAccount().equalsIgnoreCase(account)) {
            throw ApiProblem.badRequest("The callback is for " + account + " but the installation was started for "
                    + stored.getAccount() + ".");
        }
        Instant now = clock.instant();
        if (stored.getConsumedAt() == null && !stored.getExpiresAt().isAfter(now)) {
            throw ApiProblem.badRequest("The installation took too long and its state expired; start it again.");
        }
        // the conditional update, not the read above, decides: of two racing callbacks only one consumes it
        if (stored.getConsumedAt() != null || states.consume(state, platform, now) != 1) {
            throw ApiProblem.badRequest("The callback's state was already used; start the installation again.");
        }
        return stored;
    }
}
