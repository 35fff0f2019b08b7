package com.channelhub.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

@HubIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CredentialsAtRestIT {

    private static final String REFRESH_TOKEN = "Atzr|plaintext-must-never-be-stored-" + UUID.randomUUID();

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IntegrationRepository integrations;
    @Autowired
    IntegrationCredentialStore credentialStore;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void noTableHoldsACredentialInPlaintext(CapturedOutput output) {
        HubHttp http = new HubHttp(port);
        String slug = HubHttp.uniqueSlug("rest");
        String key = http.createProject(slug);
        String id = http.post("/api/projects/" + slug + "/integrations", key, """
                {"platform":"AMAZON","externalAccount":"A2ATREST12345","region":"NA","marketplaceIds":["ATVPDKIKX0DER"],
                 "credentials":{"refreshToken":"%s"}}""".formatted(REFRESH_TOKEN)).json().get("id").asText();

        List<String> hits = new ArrayList<>();
        List<String> tables = jdbc.queryForList(
                "select table_name from information_schema.tables where table_schema = current_schema()", String.class);
        for (String table : tables) {
            jdbc.query("select * from " + table, (ResultSet rs) -> {
                ResultSetMetaData meta = rs.getMetaData();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    Object value = rs.getObject(column);
                    if (value != null && (value.toString().contains("plaintext-must-never-be-stored")
                            || (value instanceof byte[] bytes && new String(bytes).contains("plaintext-must-never")))) {
                        hits.add(table + "." + meta.getColumnName(column));
                    }
                }
            });
        }
        assertThat(tables).contains("platform_integrations", "dead_letters", "qrtz_triggers");
        assertThat(hits).isEmpty();

        String stored = jdbc.queryForObject("select credentials_ciphertext from platform_integrations where id = ?",
                String.class, UUID.fromString(id));
        assertThat(stored).startsWith("v1:");
        Map<String, String> decrypted = transactions.execute(status ->
                credentialStore.read(integrations.findById(UUID.fromString(id)).orElseThrow()));
        assertThat(decrypted).containsEntry("refreshToken", REFRESH_TOKEN);

        // a failed update and a disconnect log nothing of the credentials either
        http.patch("/api/projects/" + slug + "/integrations/" + id, key, "{\"sync\":{\"cron\":\"nonsense\"}}");
        http.delete("/api/projects/" + slug + "/integrations/" + id, key);
        assertThat(output.getAll()).doesNotContain("plaintext-must-never-be-stored");
    }
}
