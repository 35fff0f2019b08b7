package com.channelhub.config;

import java.util.List;

/** Start-up stops with every configuration problem named at once, not just the first one found. */
public class HubConfigurationException extends RuntimeException {

    private final List<String> problems;

    public HubConfigurationException(List<String> problems) {
        super("Channel Hub configuration is invalid:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
