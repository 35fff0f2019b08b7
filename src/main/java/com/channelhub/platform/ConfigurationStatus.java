package com.channelhub.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether the hub has what a platform needs to connect to it: CONFIGURED, or DISABLED with the names (never the
 * values) of the environment variables still to set.
 *
 * @param state            CONFIGURED or DISABLED
 * @param missingVariables environment variables to set to enable the platform; empty when configured
 */
public record ConfigurationStatus(State state, List<String> missingVariables) {

    public enum State {
        CONFIGURED, DISABLED
    }

    public ConfigurationStatus {
        missingVariables = List.copyOf(missingVariables);
    }

    public static ConfigurationStatus configured() {
        return new ConfigurationStatus(State.CONFIGURED, List.of());
    }

    /** From each variable's name and value, in order: DISABLED listing the blank ones, if any. */
    public static ConfigurationStatus of(Map<String, String> valuesByVariable) {
        List<String> missing = new ArrayList<>();
        valuesByVariable.forEach((name, value) -> {
            if (value == null || value.isBlank()) {
                missing.add(name);
            }
        });
        return missing.isEmpty() ? configured() : new ConfigurationStatus(State.DISABLED, missing);
    }

    public boolean isConfigured() {
        return state == State.CONFIGURED;
    }
}
