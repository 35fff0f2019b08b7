package com.channelhub.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fails integration tests with one clear sentence when no PostgreSQL answers, instead of a Spring context stack trace.
 */
public class PostgresAvailable implements BeforeAllCallback {

    /** PostgreSQL's SQLSTATE for "database does not exist". */
    private static final String MISSING_DATABASE = "3D000";
    private static volatile String unavailable;
    private static volatile boolean checked;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!checked) {
            synchronized (PostgresAvailable.class) {
                if (!checked) {
                    unavailable = probe();
                    checked = true;
                }
            }
        }
        if (unavailable != null) {
            throw new IllegalStateException(unavailable);
        }
    }

    private static String probe() {
        String url = env("HUB_TEST_DB_URL", "jdbc:postgresql://127.0.0.1:5432/channelhub_test");
        String user = env("HUB_TEST_DB_USER", "postgres");
        String password = env("HUB_TEST_DB_PASSWORD", "");
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return null;
        } catch (SQLException e) {
            if (MISSING_DATABASE.equals(e.getSQLState()) && createDatabase(url, user, password)) {
                return null;
            }
            return "The integration tests need PostgreSQL at " + url + " (user " + user + "), which did not answer: "
                    + e.getMessage() + ". Start PostgreSQL and create the database (.ci/run does both), or point "
                    + "HUB_TEST_DB_URL, HUB_TEST_DB_USER and HUB_TEST_DB_PASSWORD at one.";
        }
    }

    /** On a fresh machine the server runs but the test database does not exist yet: create it. */
    private static boolean createDatabase(String url, String user, String password) {
        int slash = url.lastIndexOf('/');
        String database = url.substring(slash + 1).split("\\?")[0];
        if (!database.matches("[A-Za-z0-9_]+")) {
            return false;
        }
        try (Connection admin = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
                var statement = admin.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
