package com.channelhub.integration;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import com.channelhub.crypto.CredentialCipher;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * Reads and writes an integration's credentials (access token, refresh token, …) as one encrypted JSON object,
 * so a token pair is always replaced together in a single column write.
 */
@Component
public class IntegrationCredentialStore {

    private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {
    };

    private final CredentialCipher cipher;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public IntegrationCredentialStore(CredentialCipher cipher, ObjectMapper objectMapper, Clock clock) {
        this.cipher = cipher;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** Replaces all credentials of the integration; the caller's transaction writes them. */
    public void store(PlatformIntegration integration, Map<String, String> credentials, Instant accessTokenExpiresAt) {
        try {
            String plaintext = objectMapper.writeValueAsString(credentials);
            integration.storeCredentialCiphertext(cipher.encrypt(plaintext, integration.credentialBinding()),
                    accessTokenExpiresAt, clock.instant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("credentials could not be serialized", e);
        }
    }

    public Map<String, String> read(PlatformIntegration integration) {
        String ciphertext = integration.getCredentialsCiphertext();
        if (ciphertext == null) {
            return Map.of();
        }
        try {
            return Map.copyOf(objectMapper.readValue(cipher.decrypt(ciphertext, integration.credentialBinding()), MAP));
        } catch (JsonProcessingException e) {
            throw new CredentialCipher.CredentialDecryptionException("stored credentials are not a JSON object");
        }
    }
}
