package com.channelhub.integration;

import java.util.List;
import java.util.UUID;

import com.channelhub.crypto.CredentialCipher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a key rotation, moves every stored credential to the current key (route {@code credentials-re-encrypt} in
 * {@code routes/hub-schedules.yaml}), so the previous key can be retired from {@code HUB_ENCRYPTION_PREVIOUS_KEYS}
 * once the configuration check shows no credential under it.
 */
@Component("credentialKeyRotation")
public class CredentialKeyRotation {

    private final IntegrationRepository integrations;
    private final IntegrationCredentialStore credentials;
    private final CredentialCipher cipher;
    private final TransactionTemplate transactions;

    public CredentialKeyRotation(IntegrationRepository integrations, IntegrationCredentialStore credentials,
            CredentialCipher cipher, TransactionTemplate transactions) {
        this.integrations = integrations;
        this.credentials = credentials;
        this.cipher = cipher;
        this.transactions = transactions;
    }

    /** Ids of the integrations whose credentials are still under a previous key. */
    public List<String> underPreviousKey() {
        return transactions.execute(tx -> integrations.findAll().stream()
                .filter(i -> i.getCredentialsCiphertext() != null && cipher.needsReEncryption(i.getCredentialsCiphertext()))
                .map(i -> i.getId().toString())
                .toList());
    }

    /**
     * Re-encrypts one integration's credentials with the current key under its row lock, which a token refresh also
     * takes: whichever runs second reads what the first wrote.
     *
     * @return whether anything was re-encrypted (a refresh may have done it meanwhile)
     */
    public boolean reEncrypt(String integrationId) {
        return Boolean.TRUE.equals(transactions.execute(tx -> integrations.lockById(UUID.fromString(integrationId))
                .filter(i -> i.getCredentialsCiphertext() != null && cipher.needsReEncryption(i.getCredentialsCiphertext()))
                .map(i -> {
                    credentials.store(i, credentials.read(i), i.getAccessTokenExpiresAt());
                    return true;
                })
                .orElse(false)));
    }
}
