package com.channelhub.config;

import java.net.URI;
import java.util.Set;
import java.util.regex.Pattern;

import com.channelhub.crypto.EncryptionKeyRing;

/**
 * The hub's configuration after validation: what the rest of the application reads.
 *
 * @param adminKey          the administrative API key (never logged)
 * @param publicBaseUrl     absolute base URL of this hub
 * @param keyRing           credential encryption keys
 * @param embeddedDatabase  whether the hub runs on its embedded default database
 * @param enabledPlatforms  platform codes whose credentials are configured
 * @param maxBodySize       largest accepted API request body in bytes
 * @param webhookMaxBodySize largest accepted webhook delivery in bytes
 * @param priceBatchMaxBodySize largest accepted price batch ({@code POST /api/projects/{slug}/prices}) in bytes
 */
public record HubSettings(String adminKey, URI publicBaseUrl, EncryptionKeyRing keyRing, boolean embeddedDatabase,
        Set<String> enabledPlatforms, long maxBodySize, long webhookMaxBodySize, long priceBatchMaxBodySize) {

    /** Platform callbacks (webhooks, OAuth) live under this path; their deliveries may be larger than API calls. */
    public static final String PLATFORM_CALLBACK_PATH = "/api/platforms/";

    /** Price and inventory batches of up to 100,000 items: only their POST paths get the larger limit. */
    private static final Pattern PRICE_BATCH_PATH = Pattern.compile("^/api/projects/[^/]+/(prices|inventory)/?$");

    public long bodyLimitFor(String path) {
        if (path.startsWith(PLATFORM_CALLBACK_PATH)) {
            return webhookMaxBodySize;
        }
        return PRICE_BATCH_PATH.matcher(path).matches() ? priceBatchMaxBodySize : maxBodySize;
    }

    public boolean platformEnabled(String platform) {
        return enabledPlatforms.contains(platform);
    }
}
