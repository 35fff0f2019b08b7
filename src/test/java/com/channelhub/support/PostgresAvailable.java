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
        try (Connection ignored = DriverManager.getConnection(url, user, env("HUB_TEST_DB_PASSWORD", ""))) {
            return null;
        } catch (SQLException e) {
            return "The integration tests need PostgreSQL at " + url + " (user " + user + "), which did not answer: "
                    + e.getMessage() + ". Start PostgreSQL and create the database (.ci/run does both), or point "
                    + "HUB_TEST_DB_URL, HUB_TEST_DB_USER and HUB_TEST_DB_PASSWORD at one.";
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
