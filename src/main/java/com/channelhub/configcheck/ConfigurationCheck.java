package com.channelhub.configcheck;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.channelhub.config.HubProperties;
import com.channelhub.config.HubSettings;
import com.channelhub.project.Project;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Proves a configuration before going live: every setting present and well-formed, URLs fit for production, the
 * encryption key usable on what is stored, the database reachable at the right schema version, and live calls
 * with the platforms' credentials. Run by {@code --check-config} (a process of its own) and by
 * {@code POST /api/admin/config/check} on a running hub, which adds a live call per connected integration.
 */
@Component
public class ConfigurationCheck {

    private final HubProperties properties;
    private final Environment environment;
    private final DataSource dataSource;
    private final ObjectProvider<IntegrationLiveChecks> integrationChecks;
    private final Clock clock;

    public ConfigurationCheck(HubProperties properties, Environment environment, DataSource dataSource,
            ObjectProvider<IntegrationLiveChecks> integrationChecks, ObjectProvider<Clock> clock) {
        this.properties = properties;
        this.environment = environment;
        this.dataSource = dataSource;
        this.integrationChecks = integrationChecks;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public ConfigurationReport run() {
        return run(null);
    }

    /** @param project the project whose integrations get a live call, or null for every project's */
    public ConfigurationReport run(Project project) {
        boolean sandbox = environment.getProperty("hub.sandbox.enabled", Boolean.class, false);
        List<CheckResult> results = new ArrayList<>();
        SettingsChecks settingsChecks = new SettingsChecks(properties, environment.getProperty("spring.datasource.url"),
                sandbox, YearMonth.now(clock));
        results.addAll(settingsChecks.run());
        HubSettings settings = settingsChecks.settings();
        results.addAll(new DatabaseChecks(dataSource, environment.getProperty("spring.flyway.locations", String[].class,
                new String[] {"classpath:db/migration"})).run(settings == null ? null : settings.keyRing()));
        if (settings != null && settings.platformEnabled("AMAZON")) {
            results.add(new AmazonLwaCheck(properties.amazon(), sandbox).run());
        }
        IntegrationLiveChecks integrations = integrationChecks.getIfAvailable();
        if (integrations != null) {
            results.addAll(integrations.run(project));
        } else {
            results.add(CheckResult.warn("Integrations", "live checks", "not run by --check-config",
                    "call POST /api/admin/config/check on the running hub to call each connected store and seller"));
        }
        return ConfigurationReport.of(results);
    }
}
