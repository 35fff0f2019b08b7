package com.channelhub.config;

import org.apache.camel.spring.boot.CamelSpringBootInitializationException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A YAML route that does not parse stops start-up; Camel's message already names the file, line and column, so
 * the report shows that message alone rather than a stack trace.
 */
class RouteLoadFailureAnalyzer extends AbstractFailureAnalyzer<CamelSpringBootInitializationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, CamelSpringBootInitializationException cause) {
        String message = String.valueOf(cause.getMessage());
        if (!message.contains(" in file:") && !message.contains(" in classpath:")) {
            return null;
        }
        return new FailureAnalysis("A route could not be loaded:\n" + message,
                "Fix the route file at the line named above (routes are loaded from HUB_ROUTES_DIR, default ./routes) "
                        + "and start again.", cause);
    }
}
