package com.channelhub.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

class CredentialCipherTest {

    private static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void encryptedValueDecryptsAndHidesThePlaintext() {
        CredentialCipher cipher = new CredentialCipher(new EncryptionKeyRing(randomKey(), List.of()));

        String ciphertext = cipher.encrypt("shpat_secret-token", "row-1");

        assertThat(ciphertext).startsWith("v1:").doesNotContain("shpat_secret-token");
        assertThat(new String(Base64.getDecoder().decode(ciphertext.split(":")[2]))).doesNotContain("shpat");
        assertThat(cipher.decrypt(ciphertext, "row-1")).isEqualTo("shpat_secret-token");
    }

    @Test
    void sameValueEncryptsDifferentlyEachTime() {
        CredentialCipher cipher = new CredentialCipher(new EncryptionKeyRing(randomKey(), List.of()));

        assertThat(cipher.encrypt("token", "row")).isNotEqualTo(cipher.encrypt("token", "row"));
    }

    @Test
    void ciphertextMovedToAnotherRowDoesNotDecrypt() {
        CredentialCipher cipher = new CredentialCipher(new EncryptionKeyRing(randomKey(), List.of()));
        String ciphertext = cipher.encrypt("token", "platform_integrations:a");

        assertThatThrownBy(() -> cipher.decrypt(ciphertext, "platform_integrations:b"))
                .isInstanceOf(CredentialCipher.CredentialDecryptionException.class)
                .hasMessageContaining("integrity");
    }

    @Test
    void tamperedCiphertextIsRejected() {
        CredentialCipher cipher = new CredentialCipher(new EncryptionKeyRing(randomKey(), List.of()));
        String ciphertext = cipher.encrypt("token", "row");
        byte[] payload = Base64.getDecoder().decode(ciphertext.split(":")[2]);
        payload[payload.length - 1] ^= 1;
        String tampered = "v1:" + ciphertext.split(":")[1] + ":" + Base64.getEncoder().encodeToString(payload);

        assertThatThrownBy(() -> cipher.decrypt(tampered, "row"))
                .isInstanceOf(CredentialCipher.CredentialDecryptionException.class);
    }

    @Test
    void rowsWrittenWithAPreviousKeyStillDecryptAfterRotation() {
        byte[] oldKey = randomKey();
        byte[] newKey = randomKey();
        String written = new CredentialCipher(new EncryptionKeyRing(oldKey, List.of())).encrypt("token", "row");

        CredentialCipher rotated = new CredentialCipher(new EncryptionKeyRing(newKey, List.of(oldKey)));

        assertThat(rotated.decrypt(written, "row")).isEqualTo("token");
        assertThat(rotated.needsReEncryption(written)).isTrue();
        assertThat(rotated.needsReEncryption(rotated.encrypt("token", "row"))).isFalse();
    }

    @Test
    void rowOfAnUnknownKeyNamesTheMissingKey() {
        String written = new CredentialCipher(new EncryptionKeyRing(randomKey(), List.of())).encrypt("token", "row");
        CredentialCipher other = new CredentialCipher(new EncryptionKeyRing(randomKey(), List.of()));

        assertThatThrownBy(() -> other.decrypt(written, "row"))
                .hasMessageContaining(written.split(":")[1])
                .hasMessageContaining("HUB_ENCRYPTION_PREVIOUS_KEYS");
    }

    @Test
    void keyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new EncryptionKeyRing(new byte[16], List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes");
    }
}
