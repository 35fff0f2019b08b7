package com.channelhub.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.channelhub.crypto.EncryptionKeyRing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks every hub setting at start-up and collects all problems into one {@link HubConfigurationException}.
 * <p>
 * On the embedded default database, a missing encryption key or admin key is generated once into the data
 * directory (with a warning), so {@code ./mvnw spring-boot:run} needs no set-up. On any other database both must be
 * given. A platform with none of its variables set is disabled; one with only some of them is an error.
 */
public class HubConfigurationValidator {

    private static final Logger LOG = LoggerFactory.getLogger(HubConfigurationValidator.class);
    static final String ENCRYPTION_KEY_FILE = "encryption.key";
    static final String ADMIN_KEY_FILE = "admin.key";
    static final int MIN_ADMIN_KEY_LENGTH = 24;

    private final HubProperties properties;
    private final String datasourceUrl;
    private final List<String> problems = new ArrayList<>();

    public HubConfigurationValidator(HubProperties properties, String datasourceUrl) {
        this.properties = properties;
        this.datasourceUrl = datasourceUrl;
    }

    public HubSettings validate() {
        boolean embedded = datasourceUrl != null && datasourceUrl.startsWith("jdbc:h2:");
        if (datasourceUrl == null || !(embedded || datasourceUrl.startsWith("jdbc:postgresql://"))) {
            problems.add("HUB_DB_URL: must be a jdbc:postgresql://host:port/database URL (or the embedded jdbc:h2: default), got '"
                    + datasourceUrl + "'");
        }
        URI publicBaseUrl = publicBaseUrl();
        EncryptionKeyRing keyRing = keyRing(embedded);
        String adminKey = adminKey(embedded);
        Set<String> platforms = enabledPlatforms();
        if (properties.api().maxBodySize() < 1024) {
            problems.add("HUB_API_MAX_BODY_SIZE: must be at least 1024 bytes, got " + properties.api().maxBodySize());
        }
        if (properties.api().webhookMaxBodySize() < 1024) {
            problems.add("HUB_WEBHOOK_MAX_BODY_SIZE: must be at least 1024 bytes, got " + properties.api().webhookMaxBodySize());
        }
        if (properties.api().priceBatchMaxBodySize() < properties.api().maxBodySize()) {
            problems.add("HUB_PRICE_BATCH_MAX_BODY_SIZE: must be at least HUB_API_MAX_BODY_SIZE ("
                    + properties.api().maxBodySize() + " bytes), got " + properties.api().priceBatchMaxBodySize());
        }
        HubProperties.Shopify shopify = properties.shopify();
        if (HubProperties.notBlank(shopify.previousClientSecret()) && shopify.previousSecretExpiresAt() == null) {
            problems.add("HUB_SHOPIFY_PREVIOUS_SECRET_EXPIRES_AT: required with HUB_SHOPIFY_PREVIOUS_CLIENT_SECRET, "
                    + "e.g. one hour after the rotation: 2026-01-31T13:00:00Z");
        }
        if (!problems.isEmpty()) {
            throw new HubConfigurationException(problems);
        }
        return new HubSettings(adminKey, publicBaseUrl, keyRing, embedded, platforms, properties.api().maxBodySize(),
                properties.api().webhookMaxBodySize(), properties.api().priceBatchMaxBodySize());
    }

    private URI publicBaseUrl() {
        String value = properties.publicBaseUrl();
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                problems.add("HUB_PUBLIC_BASE_URL: must be an absolute http(s) URL such as https://hub.example.com, got '" + value + "'");
                return null;
            }
            return uri;
        } catch (URISyntaxException | NullPointerException e) {
            problems.add("HUB_PUBLIC_BASE_URL: must be an absolute http(s) URL such as https://hub.example.com, got '" + value + "'");
            return null;
        }
    }

    private EncryptionKeyRing keyRing(boolean embedded) {
        String configured = properties.encryption().key();
        byte[] current;
        if (HubProperties.notBlank(configured)) {
            current = decodeKey("HUB_ENCRYPTION_KEY", configured);
        } else if (embedded) {
            current = decodeKey("generated key in " + dataFile(ENCRYPTION_KEY_FILE),
                    readOrGenerate(ENCRYPTION_KEY_FILE, () -> randomBase64(EncryptionKeyRing.KEY_BYTES), "HUB_ENCRYPTION_KEY"));
        } else {
            problems.add("HUB_ENCRYPTION_KEY: missing; generate one with 'openssl rand -base64 32'");
            current = null;
        }
        List<byte[]> previous = new ArrayList<>();
        String previousKeys = properties.encryption().previousKeys();
        if (HubProperties.notBlank(previousKeys)) {
            for (String key : previousKeys.split(",")) {
                byte[] decoded = decodeKey("HUB_ENCRYPTION_PREVIOUS_KEYS", key.trim());
                if (decoded != null) {
                    previous.add(decoded);
                }
            }
        }
        return current == null ? null : new EncryptionKeyRing(current, previous);
    }

    private byte[] decodeKey(String variable, String base64) {
        if (base64 == null) {
            return null;
        }
        try {
            byte[] key = Base64.getDecoder().decode(base64.trim());
            if (key.length != EncryptionKeyRing.KEY_BYTES) {
                problems.add(variable + ": must be base64 of 32 bytes (AES-256), got " + key.length + " bytes");
                return null;
            }
            return key;
        } catch (IllegalArgumentException e) {
            problems.add(variable + ": is not valid base64; generate a key with 'openssl rand -base64 32'");
            return null;
        }
    }

    private String adminKey(boolean embedded) {
        String configured = properties.adminKey();
        if (HubProperties.notBlank(configured)) {
            if (configured.length() < MIN_ADMIN_KEY_LENGTH) {
                problems.add("HUB_ADMIN_KEY: must be at least " + MIN_ADMIN_KEY_LENGTH + " characters, got " + configured.length());
            }
            return configured;
        }
        if (embedded) {
            return readOrGenerate(ADMIN_KEY_FILE, () -> randomBase64(32), "HUB_ADMIN_KEY");
        }
        problems.add("HUB_ADMIN_KEY: missing; set a random value of at least " + MIN_ADMIN_KEY_LENGTH + " characters");
        return null;
    }

    private Set<String> enabledPlatforms() {
        Set<String> enabled = new LinkedHashSet<>();
        HubProperties.Shopify shopify = properties.shopify();
        if (shopify.configured()) {
            requireAll("Shopify", List.of(
                    new Variable("HUB_SHOPIFY_CLIENT_ID", shopify.clientId()),
                    new Variable("HUB_SHOPIFY_CLIENT_SECRET", shopify.clientSecret())));
            enabled.add("SHOPIFY");
        } else {
            LOG.warn("Shopify is disabled: HUB_SHOPIFY_CLIENT_ID and HUB_SHOPIFY_CLIENT_SECRET are not set");
        }
        HubProperties.Amazon amazon = properties.amazon();
        if (amazon.configured()) {
            requireAll("Amazon", List.of(
                    new Variable("HUB_AMAZON_APPLICATION_ID", amazon.applicationId()),
                    new Variable("HUB_AMAZON_LWA_CLIENT_ID", amazon.clientId()),
                    new Variable("HUB_AMAZON_LWA_CLIENT_SECRET", amazon.clientSecret())));
            enabled.add("AMAZON");
        } else {
            LOG.warn("Amazon is disabled: HUB_AMAZON_APPLICATION_ID, HUB_AMAZON_LWA_CLIENT_ID and HUB_AMAZON_LWA_CLIENT_SECRET are not set");
        }
        return Set.copyOf(enabled);
    }

    private record Variable(String name, String value) {
    }

    private void requireAll(String platform, List<Variable> variables) {
        for (Variable variable : variables) {
            if (!HubProperties.notBlank(variable.value())) {
                problems.add(variable.name() + ": missing while other " + platform
                        + " variables are set; set it, or unset all of them to disable " + platform);
            }
        }
    }

    private Path dataFile(String name) {
        return properties.dataDirectory().resolve(name);
    }

    private String readOrGenerate(String fileName, java.util.function.Supplier<String> generator, String variable) {
        Path file = dataFile(fileName);
        try {
            if (Files.exists(file)) {
                return Files.readString(file).trim();
            }
            Files.createDirectories(file.getParent() == null ? Path.of(".") : file.getParent());
            String value = generator.get();
            Files.writeString(file, value + "\n");
            LOG.warn("{} is not set: generated one into {} for the embedded database. Set {} in production.",
                    variable, file, variable);
            return value;
        } catch (IOException e) {
            problems.add(variable + ": not set, and " + file + " could not be read or written (" + e.getMessage() + ")");
            return null;
        }
    }

    private static String randomBase64(int bytes) {
        byte[] value = new byte[bytes];
        new SecureRandom().nextBytes(value);
        return Base64.getEncoder().encodeToString(value);
    }
}
