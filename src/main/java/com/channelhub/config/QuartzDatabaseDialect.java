package com.channelhub.config;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Quartz reads and writes its job data through a delegate per database: PostgreSQL keeps it in BYTEA, which only
 * the PostgreSQL delegate handles; the embedded H2 works with the standard one.
 */
public class QuartzDatabaseDialect implements EnvironmentPostProcessor {

    static final String DELEGATE = "spring.quartz.properties.org.quartz.jobStore.driverDelegateClass";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(DELEGATE)) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        String delegate = url.startsWith("jdbc:postgresql:")
                ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate";
        environment.getPropertySources().addLast(new MapPropertySource("hubQuartzDialect", Map.of(DELEGATE, delegate)));
    }
}
