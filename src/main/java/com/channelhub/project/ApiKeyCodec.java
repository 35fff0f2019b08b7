package com.channelhub.project;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Project API keys: {@code chk_} followed by 32 random bytes (base64url). High-entropy keys need no slow hash, so
 * they are stored as SHA-256 and looked up by hash: the lookup itself compares nothing secret in application code.
 */
final class ApiKeyCodec {

    static final String PREFIX = "chk_";
    private static final int DISPLAY_PREFIX_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyCodec() {
    }

    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    static String displayPrefix(String key) {
        return key.substring(0, Math.min(DISPLAY_PREFIX_LENGTH, key.length()));
    }

    static boolean looksLikeKey(String candidate) {
        return candidate != null && candidate.startsWith(PREFIX) && candidate.length() > PREFIX.length() + 20
                && candidate.length() < 100;
    }
}
