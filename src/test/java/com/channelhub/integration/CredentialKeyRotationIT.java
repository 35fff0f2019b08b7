package com.channelhub.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.channelhub.crypto.CredentialCipher;
import com.channelhub.crypto.EncryptionKeyRing;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** After a key rotation, stored credentials move to the current key and stay readable throughout. */
@HubIntegrationTest
class CredentialKeyRotationIT {

    /** The test context's HUB_ENCRYPTION_KEY (hub-test.properties). */
    private static final byte[] CURRENT_KEY = Base64.getDecoder().decode("AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

    @LocalServerPort
    int port;
    @Autowired
    IntegrationRepository integrations;
    @Autowired
    IntegrationCredentialStore hubCredentials;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void credentialsUnderAPreviousKeyAreReEncryptedWithTheCurrentOne() {
        HubHttp http = new HubHttp(port);
        String slug = HubHttp.uniqueSlug("rotate");
        String key = http.createProject(slug);
        UUID id = UUID.fromString(http.post("/api/projects/" + slug + "/integrations", key, """
                {"platform":"SHOPIFY","externalAccount":"%s.myshopify.com",
                 "credentials":{"accessToken":"shpat_rotation-test-token"}}""".formatted(slug)).json().get("id").asText());
        byte[] previousKey = new byte[EncryptionKeyRing.KEY_BYTES];
        new SecureRandom().nextBytes(previousKey);
        CredentialCipher previous = new CredentialCipher(new EncryptionKeyRing(previousKey, List.of()));
        jdbc.update("update platform_integrations set credentials_ciphertext = ? where id = ?",
                previous.encrypt("{\"accessToken\":\"shpat_rotation-test-token\"}", PlatformIntegration.credentialBinding(id)),
                id);
        // the hub after the rotation: the new key current, the old one among the previous keys
        CredentialCipher rotated = new CredentialCipher(new EncryptionKeyRing(CURRENT_KEY, List.of(previousKey)));
        CredentialKeyRotation rotation = new CredentialKeyRotation(integrations,
                new IntegrationCredentialStore(rotated, objectMapper, Clock.systemUTC()), rotated, transactions);

        assertThat(rotation.underPreviousKey()).contains(id.toString());
        assertThat(rotation.reEncrypt(id.toString())).isTrue();

        assertThat(rotation.underPreviousKey()).doesNotContain(id.toString());
        assertThat(rotation.reEncrypt(id.toString())).isFalse();
        String ciphertext = jdbc.queryForObject("select credentials_ciphertext from platform_integrations where id = ?",
                String.class, id);
        assertThat(ciphertext).doesNotContain("shpat_");
        // the running hub, which has only the current key, reads them now
        Map<String, String> read = transactions.execute(tx -> hubCredentials.read(integrations.findById(id).orElseThrow()));
        assertThat(read).containsEntry("accessToken", "shpat_rotation-test-token");
    }
}
