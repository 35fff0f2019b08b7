package com.channelhub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Gives each test context a free port known before start-up, so the hub's public base URL (OAuth redirects,
 * webhook addresses, sandbox hosts) is real, as in production; and its own Quartz scheduler name, since contexts in
 * one JVM share the test database.
 */
public class HubTestPort implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        int port = freePort();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("hubTestPort",
                Map.of("server.port", port, "hub.public-base-url", "http://localhost:" + port,
                        // each test context is its own Quartz cluster: its jobs reach its own sandbox
                        "spring.quartz.scheduler-name", "channel-hub-test-" + port)));
    }

    /** A port nothing listens on now, for a server the test starts. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
