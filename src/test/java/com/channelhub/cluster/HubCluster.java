package com.channelhub.cluster;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.channelhub.support.HubHttp;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Hub instances in JVMs of their own on one PostgreSQL database of their own (created afresh, next to the test
 * database), with their platform endpoints pointed at the sandbox of the test's hub, which outlives them. The
 * database is theirs alone: no other test context's inbox consumer, dispatcher or Quartz scheduler competes with
 * them.
 */
final class HubCluster implements AutoCloseable {

    static final String ENCRYPTION_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
    static final String NEVER = "0 0 0 1 1 ? 2099";

    private final String databaseUrl;
    private final String user;
    private final String password;
    private final Map<String, String> shared = new LinkedHashMap<>();
    final JdbcTemplate jdbc;

    /**
     * @param testDatabaseUrl the test's own database; the hubs get one beside it, named with suffix {@code _hubs}
     * @param sandboxBaseUrl  the base URL of the hub whose sandbox the instances use as Shopify and Amazon
     * @param settings        further settings every instance gets
     */
    HubCluster(String testDatabaseUrl, String user, String password, String sandboxBaseUrl,
            Map<String, String> settings) throws SQLException {
        this.databaseUrl = testDatabaseUrl.split("\\?")[0] + "_hubs";
        this.user = user;
        this.password = password == null ? "" : password;
        recreateDatabase();
        this.jdbc = new JdbcTemplate(new DriverManagerDataSource(databaseUrl, user, this.password));
        shared.put("spring.datasource.url", databaseUrl);
        shared.put("spring.datasource.username", user);
        shared.put("spring.datasource.password", this.password);
        shared.put("spring.datasource.hikari.maximum-pool-size", "10");
        shared.put("spring.main.banner-mode", "off");
        shared.put("hub.admin-key", HubHttp.ADMIN_KEY);
        shared.put("hub.encryption.key", ENCRYPTION_KEY);
        shared.put("hub.sandbox.enabled", "false");
        // the sandbox's apps are the test hub's hub.shopify / hub.amazon apps (hub-test.properties)
        shared.put("hub.shopify.client-id", "test-shopify-client-id");
        shared.put("hub.shopify.client-secret", TwoInstanceIT.SHOPIFY_SECRET);
        shared.put("hub.shopify.admin-base-url", sandboxBaseUrl + "/sandbox/shopify/{shop}");
        shared.put("hub.amazon.application-id", "amzn1.sp.solution.test-application");
        shared.put("hub.amazon.client-id", "amzn1.application-oa2-client.test");
        shared.put("hub.amazon.client-secret", "amzn1.oa2-cs.v1.test-secret-0123456789");
        shared.put("hub.amazon.lwa-token-url", sandboxBaseUrl + "/sandbox/amazon/lwa/auth/o2/token");
        shared.put("hub.amazon.endpoints.na.sp-api-url", sandboxBaseUrl + "/sandbox/amazon/sp/na");
        shared.put("hub.amazon.endpoints.na.seller-central-url", sandboxBaseUrl + "/sandbox/amazon/sellercentral");
        shared.put("hub.amazon.poll-delay", "200ms");
        // hub-wide sweeps stay out of the way; the test drives what it measures
        for (String schedule : List.of("token-refresh", "shopify-webhooks-reassert", "health-check",
                "sync-schedule-reconcile")) {
            shared.put("hub.schedules." + schedule, NEVER);
        }
        shared.putAll(settings);
    }

    /** Starts an instance; its Quartz instance id and price-batch claim name are both {@code name}. */
    HubProcess start(String name) {
        Map<String, String> settings = new LinkedHashMap<>(shared);
        settings.put("hub.data-directory", "target/two-hubs/" + name);
        settings.put("hub.price-batches.instance-id", name);
        settings.put("spring.quartz.properties.org.quartz.scheduler.instanceId", name);
        return HubProcess.start(name, settings, Path.of("target", "two-hubs"));
    }

    private void recreateDatabase() throws SQLException {
        int slash = databaseUrl.lastIndexOf('/');
        String database = databaseUrl.substring(slash + 1);
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("unexpected database name " + database);
        }
        try (Connection admin = DriverManager.getConnection(databaseUrl.substring(0, slash + 1) + "postgres", user,
                password); Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + database);
        }
    }

    @Override
    public void close() {
        // the database stays for diagnosis; the next run creates it afresh
    }
}
