package com.channelhub.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-256-GCM encryption of credentials before they reach the database.
 * <p>
 * Ciphertext format: {@code v1:<keyId>:<base64(iv || ciphertext || tag)>}. The key id lets a new key be introduced
 * while rows written with an older one still decrypt. The associated data binds a ciphertext to the row it belongs
 * to, so a value copied into another row fails to decrypt instead of handing one integration another's token.
 */
public class CredentialCipher {

    private static final String FORMAT_VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final EncryptionKeyRing keyRing;
    private final SecureRandom random = new SecureRandom();

    public CredentialCipher(EncryptionKeyRing keyRing) {
        this.keyRing = keyRing;
    }

    public String encrypt(String plaintext, String associatedData) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keyRing.currentKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] payload = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return FORMAT_VERSION + ":" + keyRing.currentKeyId() + ":" + Base64.getEncoder().encodeToString(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("credential encryption failed", e);
        }
    }

    public String decrypt(String ciphertext, String associatedData) {
        String[] parts = ciphertext.split(":", 3);
        if (parts.length != 3 || !FORMAT_VERSION.equals(parts[0])) {
            throw new CredentialDecryptionException("stored credentials are not in a format this hub can read");
        }
        var key = keyRing.key(parts[1]).orElseThrow(() -> new CredentialDecryptionException(
                "stored credentials were encrypted with key " + parts[1]
                        + ", which is neither HUB_ENCRYPTION_KEY nor one of HUB_ENCRYPTION_PREVIOUS_KEYS"));
        byte[] payload = Base64.getDecoder().decode(parts[2]);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, payload, 0, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] plain = cipher.doFinal(payload, IV_BYTES, payload.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new CredentialDecryptionException("stored credentials failed their integrity check");
        }
    }

    /** Whether a ciphertext was written with an older key and should be re-encrypted with the current one. */
    public boolean needsReEncryption(String ciphertext) {
        String[] parts = ciphertext.split(":", 3);
        return parts.length == 3 && !keyRing.currentKeyId().equals(parts[1]);
    }

    public static class CredentialDecryptionException extends RuntimeException {
        public CredentialDecryptionException(String message) {
            super(message);
        }
    }
}
