package com.channelhub.configcheck;

import java.io.PrintStream;
import java.util.Arrays;

import com.channelhub.config.HubProperties;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * {@code java -jar channel-hub.jar --check-config}: the configuration check in a process of its own, with the same
 * settings sources as the hub (application.yaml, environment, arguments) but none of its routes, schedules,
 * migrations or web server, so it is safe beside a running hub. Prints the table; exits 1 on any FAIL.
 */
public final class ConfigCheckCommand {

    public static final String OPTION = "--check-config";

    private ConfigCheckCommand() {
    }

    public static boolean requested(String[] args) {
        return Arrays.asList(args).contains(OPTION);
    }

    /** Not a {@code @Configuration}: the hub's component scan must not pick it up. */
    @EnableConfigurationProperties(HubProperties.class)
    @ImportAutoConfiguration(DataSourceAutoConfiguration.class)
    @Import(ConfigurationCheck.class)
    static class CheckContext {
    }

    /** Runs the check, prints its table to {@code out} and answers the process's exit code. */
    public static int run(String[] args, PrintStream out) {
        String[] hubArgs = Arrays.stream(args).filter(a -> !OPTION.equals(a)).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CheckContext.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("logging.level.root=WARN", "logging.level.org.flywaydb=WARN", "logging.level.com.zaxxer.hikari=ERROR",
                        "logging.level.com.channelhub.connector=ERROR",
                        // an unreachable database is a FAIL line after a few seconds, not a 30-second hang
                        "spring.datasource.hikari.connection-timeout=5000")
                .run(hubArgs)) {
            ConfigurationReport report = context.getBean(ConfigurationCheck.class).run();
            out.print(report.table());
            return report.exitCode();
        } catch (RuntimeException e) {
            // settings that cannot even be bound (a malformed duration, size or URL) stop here
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            out.println("FAIL   Settings: the hub's settings cannot be read: " + cause.getMessage());
            return 1;
        }
    }
}
