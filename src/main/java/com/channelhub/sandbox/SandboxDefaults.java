package com.channelhub.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With the sandbox on and no platform configured, the hub talks to its own simulators: {@code application.yaml}
 * falls back to these {@code hub.sandbox.app.*} values (the simulated apps' credentials and hosts) for every
 * platform variable that is not set. With the sandbox off they do not exist, and production values are required.
 */
public class SandboxDefaults implements EnvironmentPostProcessor {

    static final String PREFIX = "hub.sandbox.app.";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getProperty("hub.sandbox.enabled", Boolean.class, false)) {
            return;
        }
        String sandbox = "${hub.public-base-url}/sandbox";
        Map<String, Object> defaults = new LinkedHashMap<>();
        defaults.put(PREFIX + "shopify-client-id", "channel-hub-sandbox-app");
        // a credential of the simulated app only: it opens nothing outside this hub's sandbox
        defaults.put(PREFIX + "shopify-client-secret", "sandbox-shopify-client-secret");
        defaults.put(PREFIX + "shopify-admin-base-url", sandbox + "/shopify/{shop}");
        defaults.put(PREFIX + "amazon-application-id", "amzn1.sp.solution.channel-hub-sandbox");
        defaults.put(PREFIX + "amazon-client-id", "amzn1.application-oa2-client.channel-hub-sandbox");
        defaults.put(PREFIX + "amazon-client-secret", "amzn1.oa2-cs.v1.channel-hub-sandbox-secret");
        defaults.put(PREFIX + "amazon-lwa-token-url", sandbox + "/amazon/lwa/auth/o2/token");
        for (String region : new String[] {"na", "eu", "fe"}) {
            defaults.put(PREFIX + "amazon-" + region + "-sp-api-url", sandbox + "/amazon/sp/" + region);
            defaults.put(PREFIX + "amazon-" + region + "-seller-central-url", sandbox + "/amazon/sellercentral");
        }
        environment.getPropertySources().addLast(new MapPropertySource("hubSandboxDefaults", defaults));
    }
}
