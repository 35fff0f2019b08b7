package com.channelhub.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.channelhub.ChannelHubApplication;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubTestPort;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The whole hub, started in this JVM on a free port with the test settings ({@code hub-test.properties}: PostgreSQL
 * from {@code HUB_TEST_DB_URL}, the sandbox on, the sandbox's simulated waits shortened), for a benchmark to drive
 * over real HTTP. Rate limits are the sandbox's real ones. A benchmark adds its own settings, and
 * {@code -Dhub.…=…} system properties on the command line override any of them.
 */
final class BenchmarkHub implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final int port;
    private final HubHttp http;

    private BenchmarkHub(ConfigurableApplicationContext context, int port) {
        this.context = context;
        this.port = port;
        this.http = new HubHttp(port);
    }

    static BenchmarkHub start(Map<String, String> settings) {
        int port = HubTestPort.freePort();
        Map<String, String> all = new LinkedHashMap<>(testSettings());
        all.put("server.port", Integer.toString(port));
        all.put("hub.public-base-url", "http://localhost:" + port);
        // figures, not logs: the hub's own warnings still show
        all.put("logging.level.root", "WARN");
        all.put("logging.level.com.channelhub", "WARN");
        all.put("logging.level.org.apache.camel.impl.engine.AbstractCamelContext", "WARN");
        all.put("spring.main.banner-mode", "off");
        all.putAll(settings);
        System.getProperties().forEach((k, v) -> {
            String key = k.toString();
            if (key.startsWith("hub.") || key.startsWith("spring.") || key.startsWith("logging.")) {
                all.put(key, v.toString());
            }
        });
        List<String> args = new ArrayList<>();
        all.forEach((k, v) -> args.add("--" + k + "=" + v));
        ConfigurableApplicationContext context = SpringApplication.run(ChannelHubApplication.class,
                args.toArray(String[]::new));
        return new BenchmarkHub(context, port);
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    int port() {
        return port;
    }

    HubHttp http() {
        return http;
    }

    String property(String name) {
        return context.getEnvironment().getProperty(name);
    }

    @Override
    public void close() {
        context.close();
    }

    private static Map<String, String> testSettings() {
        try {
            Properties properties = PropertiesLoaderUtils.loadProperties(new ClassPathResource("hub-test.properties"));
            Map<String, String> settings = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(name -> settings.put(name, properties.getProperty(name)));
            return settings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
