package com.channelhub.configcheck;

import static com.channelhub.configcheck.CheckResult.fail;
import static com.channelhub.configcheck.CheckResult.pass;
import static com.channelhub.configcheck.CheckResult.warn;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.channelhub.crypto.CredentialCipher;
import com.channelhub.crypto.EncryptionKeyRing;
import com.channelhub.integration.PlatformIntegration;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database: reachable, its schema at the version this hub's migrations lead to (read with Flyway's info, never
 * migrated by the check), and every stored credential readable with the configured keys.
 */
final class DatabaseChecks {

    private static final String AREA = "Database";

    private final DataSource dataSource;
    private final String[] migrationLocations;
    private final List<CheckResult> results = new ArrayList<>();

    DatabaseChecks(DataSource dataSource, String[] migrationLocations) {
        this.dataSource = dataSource;
        this.migrationLocations = migrationLocations;
    }

    /** @param keyRing the configured keys, or null when they are invalid (reported by the settings checks) */
    List<CheckResult> run(EncryptionKeyRing keyRing) {
        if (!reachable()) {
            return results;
        }
        boolean schemaCurrent = schema();
        if (keyRing != null) {
            encryption(keyRing, schemaCurrent);
        }
        return results;
    }

    private boolean reachable() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            results.add(pass(AREA, "connection", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion()
                    + " at " + meta.getURL()));
            return true;
        } catch (SQLException e) {
            results.add(fail(AREA, "connection", "cannot connect: " + e.getMessage(),
                    "check HUB_DB_URL, HUB_DB_USER and HUB_DB_PASSWORD, and that the database server accepts connections"));
            return false;
        }
    }

    /** Whether the schema holds every migration of this hub (so its tables can be read). */
    private boolean schema() {
        MigrationInfoService info = Flyway.configure().dataSource(dataSource).locations(migrationLocations).load().info();
        MigrationInfo current = info.current();
        String latest = Arrays.stream(info.all()).filter(m -> m.getVersion() != null && m.getState() != MigrationState.FUTURE_SUCCESS)
                .reduce((a, b) -> b).map(m -> "V" + m.getVersion()).orElse("none");
        List<MigrationInfo> failed = Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).toList();
        List<MigrationInfo> future = Arrays.stream(info.all()).filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS).toList();
        if (!failed.isEmpty()) {
            results.add(fail(AREA, "schema version", "migration " + describe(failed) + " failed",
                    "repair the schema (see the migration's error in the hub's log), then start the hub again"));
            return false;
        }
        if (!future.isEmpty()) {
            results.add(fail(AREA, "schema version", "the database has migrations this hub does not know: " + describe(future),
                    "run the hub version that applied them, or a newer one"));
            return false;
        }
        if (info.pending().length > 0) {
            results.add(warn(AREA, "schema version", (current == null ? "empty database" : "at V" + current.getVersion())
                    + "; " + info.pending().length + " migration(s) up to " + latest + " pending",
                    "the hub applies them at its next start; back the database up first"));
            return false;
        }
        results.add(pass(AREA, "schema version", "at " + latest + ", the latest this hub has"));
        return true;
    }

    private static String describe(List<MigrationInfo> migrations) {
        return migrations.stream().map(m -> "V" + m.getVersion() + " " + m.getDescription()).collect(Collectors.joining(", "));
    }

    private void encryption(EncryptionKeyRing keyRing, boolean schemaCurrent) {
        CredentialCipher cipher = new CredentialCipher(keyRing);
        String probe = "configuration-check";
        if (!probe.equals(cipher.decrypt(cipher.encrypt(probe, probe), probe))) {
            results.add(fail("Encryption", "HUB_ENCRYPTION_KEY", "AES-256-GCM round trip failed", "generate a new key"));
            return;
        }
        results.add(pass("Encryption", "HUB_ENCRYPTION_KEY", "AES-256-GCM round trip with key id " + keyRing.currentKeyId()));
        if (!schemaCurrent) {
            return;
        }
        List<Map<String, Object>> rows = new JdbcTemplate(dataSource).queryForList(
                "select id, credentials_ciphertext from platform_integrations where credentials_ciphertext is not null");
        TreeSet<String> unreadable = new TreeSet<>();
        int onPreviousKey = 0;
        for (Map<String, Object> row : rows) {
            String ciphertext = (String) row.get("credentials_ciphertext");
            try {
                cipher.decrypt(ciphertext, PlatformIntegration.credentialBinding((UUID) row.get("id")));
                onPreviousKey += cipher.needsReEncryption(ciphertext) ? 1 : 0;
            } catch (RuntimeException e) {
                unreadable.add(row.get("id") + " (" + e.getMessage() + ")");
            }
        }
        if (!unreadable.isEmpty()) {
            results.add(fail("Encryption", "stored credentials", unreadable.size() + " of " + rows.size()
                    + " integrations' credentials cannot be read: " + String.join("; ", unreadable),
                    "put the key they were written with in HUB_ENCRYPTION_PREVIOUS_KEYS, or have those integrations re-authorize"));
        } else {
            results.add(pass("Encryption", "stored credentials", rows.size() + " integrations' credentials readable"
                    + (onPreviousKey > 0 ? ", " + onPreviousKey + " still under a previous key (the credentials-re-encrypt "
                            + "schedule moves them to the current key)" : "")));
        }
    }
}
