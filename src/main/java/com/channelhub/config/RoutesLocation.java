package com.channelhub.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Loads the YAML routes from the {@code routes/} folder on disk when it exists, so engineers change flows without
 * a rebuild, and otherwise from the copy packaged in the jar. Never both: each route id must exist once.
 */
public class RoutesLocation implements EnvironmentPostProcessor {

    static final String INCLUDE_PATTERN = "camel.main.routes-include-pattern";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty(INCLUDE_PATTERN)) {
            return;
        }
        String directory = environment.getProperty("hub.routes-directory", "routes");
        Path onDisk = Path.of(directory).toAbsolutePath().normalize();
        String pattern = Files.isDirectory(onDisk)
                ? "file:" + onDisk + "/*.yaml"
                : "classpath:routes/*.yaml";
        environment.getPropertySources().addLast(
                new MapPropertySource("hubRoutesLocation", Map.of(INCLUDE_PATTERN, pattern)));
    }
}
