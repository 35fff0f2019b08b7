package com.channelhub.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys credentials are encrypted with: one current key for new ciphertext, and the keys of earlier
 * rotations that still decrypt old rows. A key's id is derived from the key itself, so operators only ever handle
 * the keys and an old row names the key it needs.
 */
public final class EncryptionKeyRing {

    public static final int KEY_BYTES = 32;

    private final String currentKeyId;
    private final Map<String, SecretKey> keysById;

    public EncryptionKeyRing(byte[] currentKey, List<byte[]> previousKeys) {
        this.keysById = new LinkedHashMap<>();
        this.currentKeyId = add(currentKey);
        previousKeys.forEach(this::add);
    }

    private String add(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("an encryption key must be " + KEY_BYTES + " bytes, got " + key.length);
        }
        String id = keyId(key);
        keysById.putIfAbsent(id, new SecretKeySpec(key, "AES"));
        return id;
    }

    /** First 8 hex digits of SHA-256("channel-hub-key:" + key): names the key without revealing it. */
    static String keyId(byte[] key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("channel-hub-key:".getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(key), 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    SecretKey currentKey() {
        return keysById.get(currentKeyId);
    }

    Optional<SecretKey> key(String keyId) {
        return Optional.ofNullable(keysById.get(keyId));
    }
}
