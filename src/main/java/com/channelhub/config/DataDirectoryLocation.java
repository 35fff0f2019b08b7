package com.channelhub.config;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code hub.data-directory} absolute (against the working directory) before anything reads it: the embedded
 * database's URL is built from it, and H2 refuses a file path that is relative without a leading {@code ./}, so
 * {@code HUB_DATA_DIR=data} would otherwise stop the start-up.
 */
public class DataDirectoryLocation implements EnvironmentPostProcessor {

    static final String PROPERTY = "hub.data-directory";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String directory = environment.getProperty(PROPERTY);
        if (directory == null || directory.isBlank()) {
            return;
        }
        String absolute = Path.of(directory).toAbsolutePath().normalize().toString();
        environment.getPropertySources().addFirst(new MapPropertySource("hubDataDirectory", Map.of(PROPERTY, absolute)));
    }
}
