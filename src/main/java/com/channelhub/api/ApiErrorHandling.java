package com.channelhub.api;

import java.util.UUID;

import com.channelhub.connector.amazon.client.AmazonSpAuthorizationException;
import com.channelhub.connector.amazon.client.AmazonSpException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.apache.camel.model.RouteConfigurationDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The {@code api-errors} route configuration every API route uses: a client's mistake becomes RFC 9457 problem
 * details with its status; anything unexpected becomes a 500 that names an error id found in the log, and never
 * shows a stack trace.
 */
@Component
public class ApiErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "api-errors";
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrorHandling.class);

    static final int AMAZON_THROTTLED_RETRY_AFTER_SECONDS = 2;

    private final ObjectMapper objectMapper;

    public ApiErrorHandling(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** How a route configuration answers once a failure has become a problem. */
    @FunctionalInterface
    public interface Answer {
        void write(Exchange exchange, Problem problem);
    }

    @Override
    public void configuration() {
        handle(routeConfiguration(ID), this::write);
    }

    /**
     * Adds the hub's failure-to-problem mapping to a route configuration, answering each problem with
     * {@code answer}: problem+json here, a page for a browser in the OAuth callbacks' configuration.
     */
    public void handle(RouteConfigurationDefinition configuration, Answer answer) {
        configuration
                .onException(ApiProblem.class).handled(true)
                    .process(exchange -> answer.write(exchange, apiProblem(exchange)))
                .end()
                .onException(OptimisticLockingFailureException.class).handled(true)
                    .process(exchange -> answer.write(exchange, Problem.of(409, "Conflict",
                            "The resource was changed by another request at the same time; read it again and retry.",
                            path(exchange), null)))
                .end()
                .onException(DataIntegrityViolationException.class).handled(true)
                    .process(exchange -> answer.write(exchange, Problem.of(409, "Conflict",
                            "The change conflicts with existing data (a duplicate or a missing reference).",
                            path(exchange), null)))
                .end()
                .onException(com.channelhub.connector.shopify.client.ShopifyException.class).handled(true)
                    .process(exchange -> answer.write(exchange, Problem.of(502, "Bad Gateway", "Shopify refused the request: "
                            + exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class).getMessage(),
                            path(exchange), null)))
                .end()
                .onException(AmazonSpException.class).handled(true)
                    .process(exchange -> answer.write(exchange, amazonRefusal(exchange)))
                .end()
                .onException(Exception.class).handled(true)
                    .process(exchange -> answer.write(exchange, internalError(exchange)))
                .end();
    }

    private Problem apiProblem(Exchange exchange) {
        ApiProblem problem = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, ApiProblem.class);
        if (problem.status() == 401) {
            exchange.getMessage().setHeader("WWW-Authenticate", "Bearer realm=\"channel-hub\"");
        }
        if (problem.status() == 503) {
            exchange.getMessage().setHeader("Retry-After", "30");
        }
        return Problem.of(problem.status(), problem.title(), problem.getMessage(), path(exchange), problem.errors());
    }

    /**
     * What Amazon answered once the component's retries were spent: throttling stays 429 (Amazon sends no
     * Retry-After, so the hub names one: a bucket of burst 2 at 2 rps, as catalog search has, is full again within
     * this), a refused authorization 409 (reconnect the seller), Amazon's 400 and 404 as such, the rest 502.
     */
    private static Problem amazonRefusal(Exchange exchange) {
        AmazonSpException refusal = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, AmazonSpException.class);
        String detail = "Amazon answered: " + refusal.getMessage();
        Problem problem;
        if (refusal instanceof AmazonSpAuthorizationException) {
            problem = Problem.of(409, "Conflict", detail + " Reconnect the seller.", path(exchange), null);
        } else if (refusal.getStatus() == 429) {
            exchange.getMessage().setHeader("Retry-After", String.valueOf(AMAZON_THROTTLED_RETRY_AFTER_SECONDS));
            problem = Problem.of(429, "Too Many Requests", detail + " Amazon kept throttling after the hub's retries.",
                    path(exchange), null);
        } else if (refusal.getStatus() == 400 || refusal.getStatus() == 404) {
            problem = Problem.of(refusal.getStatus(), refusal.getStatus() == 400 ? "Bad Request" : "Not Found", detail,
                    path(exchange), null);
        } else {
            problem = Problem.of(502, "Bad Gateway", detail, path(exchange), null);
        }
        return problem;
    }

    private static Problem internalError(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String errorId = UUID.randomUUID().toString();
        LOG.error("API request {} failed with error id {}", path(exchange), errorId, failure);
        return Problem.of(500, "Internal Server Error",
                "The hub could not complete the request; quote error id " + errorId + " to its operators.",
                path(exchange), null);
    }

    private static String path(Exchange exchange) {
        return exchange.getIn().getHeader(Exchange.HTTP_URI, String.class);
    }

    /** The problem as {@code application/problem+json} with its status. */
    public void write(Exchange exchange, Problem problem) {
        try {
            exchange.getMessage().setBody(objectMapper.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            exchange.getMessage().setBody(("{\"status\":" + problem.status() + "}").getBytes());
        }
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, problem.status());
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, Problem.MEDIA_TYPE);
    }
}
