package com.channelhub.configcheck;

import static com.channelhub.configcheck.CheckResult.fail;
import static com.channelhub.configcheck.CheckResult.pass;
import static com.channelhub.configcheck.CheckResult.warn;

import java.time.Duration;

import com.channelhub.config.HubProperties;
import com.channelhub.connector.amazon.client.AmazonSpAuthorizationException;
import com.channelhub.connector.amazon.client.AmazonSpException;
import com.channelhub.connector.amazon.client.Backoff;
import com.channelhub.connector.amazon.client.FeedSubmissionLimiter;
import com.channelhub.connector.amazon.client.HttpAmazonSpClient;
import com.channelhub.connector.amazon.client.LwaTokenCache;
import com.channelhub.connector.amazon.client.LwaTokens;
import com.channelhub.connector.amazon.client.RateLimiters;
import com.channelhub.connector.amazon.client.Sleeper;

/**
 * Proves the Amazon app's LWA client id and secret with a grantless token (client_credentials), which needs no
 * seller and changes nothing. LWA authenticates the client before it looks at the scope, so
 * {@code unauthorized_client} (the app has no role for the scope) still proves the credentials.
 */
final class AmazonLwaCheck {

    /** The grantless scope every SP-API app may ask for (platform facts, "Login with Amazon"). */
    static final String GRANTLESS_SCOPE = "sellingpartnerapi::notifications";
    private static final String AREA = "Amazon";
    private static final String CHECK = "LWA credentials (live)";

    private final HubProperties.Amazon amazon;
    private final boolean sandbox;

    AmazonLwaCheck(HubProperties.Amazon amazon, boolean sandbox) {
        this.amazon = amazon;
        this.sandbox = sandbox;
    }

    CheckResult run() {
        var settings = new HttpAmazonSpClient.Settings(amazon.region("NA").spApiUrl(), amazon.lwaTokenUrl(),
                "ChannelHub/0.1 (Language=Java/17; configuration check)", 1,
                new Backoff(Duration.ofMillis(200), Duration.ofSeconds(1)), Duration.ofSeconds(5), Duration.ofSeconds(15));
        try (var client = new HttpAmazonSpClient(settings, new LwaTokenCache(), new RateLimiters(),
                new FeedSubmissionLimiter(), Sleeper.THREAD)) {
            LwaTokens token = client.clientCredentialsGrant(amazon.clientId(), amazon.clientSecret(), GRANTLESS_SCOPE);
            return pass(AREA, CHECK, "LWA issued a grantless token (valid " + token.expiresInSeconds() + " s)");
        } catch (AmazonSpException e) {
            if ("unauthorized_client".equals(e.getCode())) {
                return pass(AREA, CHECK, "LWA accepted the client id and secret (the app has no role for "
                        + GRANTLESS_SCOPE + ", which the hub does not need)");
            }
            if (e instanceof AmazonSpAuthorizationException || "invalid_client".equals(e.getCode())) {
                return fail(AREA, CHECK, "LWA refused the app (" + e.getCode() + ")",
                        "copy HUB_AMAZON_LWA_CLIENT_ID and HUB_AMAZON_LWA_CLIENT_SECRET again from the app's LWA credentials");
            }
            return unreachable(e);
        } catch (IllegalStateException e) {
            return unreachable(e);
        }
    }

    private CheckResult unreachable(RuntimeException e) {
        if (sandbox) {
            return warn(AREA, CHECK, "the sandbox's LWA at " + amazon.lwaTokenUrl() + " did not answer ("
                    + e.getMessage() + ")", "the sandbox answers only while the hub runs: "
                    + "run the check on the running hub with POST /api/admin/config/check");
        }
        return fail(AREA, CHECK, "LWA at " + amazon.lwaTokenUrl() + " did not answer: " + e.getMessage(),
                "check HUB_AMAZON_LWA_TOKEN_URL and that this host reaches it (proxy, firewall)");
    }
}
