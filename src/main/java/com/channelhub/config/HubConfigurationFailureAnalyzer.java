package com.channelhub.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a configuration failure into Spring Boot's short start-up report instead of a stack trace. */
class HubConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<HubConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, HubConfigurationException cause) {
        return new FailureAnalysis(
                "Channel Hub configuration is invalid:\n  - " + String.join("\n  - ", cause.problems()),
                "Set the variables named above (see .env.example and the configuration table in README.md) and start again.",
                cause);
    }
}
