package com.channelhub.deadletter;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.Handler;
import org.apache.camel.support.processor.DefaultMaskingFormatter;
import org.apache.camel.util.URISupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a dead-lettered exchange. Runs in a transaction of its own, so the failure is recorded even when the
 * business transaction it failed in is rolled back. Called by the {@code dead-letter} route.
 */
@Component("deadLetterStore")
public class DeadLetterStore {

    /** Header carrying a dead letter's id while it is replayed: a failing replay updates that row, no new one. */
    public static final String REPLAY_HEADER = "HubDeadLetterId";
    /** Header naming the integration a message belongs to, so dead letters can be listed per integration. */
    public static final String INTEGRATION_HEADER = "HubIntegrationId";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterStore.class);
    /** Header names whose values are secrets: stored masked, never replayed. */
    private static final Pattern SECRET_HEADER = Pattern.compile(
            "(?i).*(authorization|token|secret|password|hmac|api-?key|cookie|signature).*");
    private static final int MAX_MESSAGE = 4000;

    private final DeadLetterRepository repository;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final DefaultMaskingFormatter masking = new DefaultMaskingFormatter(true, true, true);

    public DeadLetterStore(DeadLetterRepository repository, ObjectMapper objectMapper, Clock clock) {
        this.repository = repository;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Handler
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Exchange exchange) {
        if (exchange.getIn().getHeader(REPLAY_HEADER) != null) {
            // a replay that failed again: the replaying caller records the outcome on the existing row
            return;
        }
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String routeId = exchange.getProperty(Exchange.FAILURE_ROUTE_ID, String.class);
        if (routeId == null) {
            routeId = exchange.getFromRouteId();
        }
        String endpoint = exchange.getFromEndpoint() == null ? null
                : URISupport.sanitizeUri(exchange.getFromEndpoint().getEndpointUri());
        Object body = exchange.getIn().getBody();
        Integer attempts = exchange.getProperty(DeliveryAttemptCounter.ATTEMPTS_PROPERTY, Integer.class);
        DeadLetter letter = new DeadLetter(
                routeId == null ? "unknown" : routeId,
                endpoint,
                integrationId(exchange),
                failure == null ? "unknown" : failure.getClass().getName(),
                failure == null ? null : truncate(masking.format(String.valueOf(failure.getMessage()))),
                bodyText(exchange, body),
                body == null ? null : bodyType(body),
                headersJson(exchange.getIn().getHeaders()),
                attempts == null ? 1 : attempts,
                clock.instant());
        repository.save(letter);
        LOG.warn("Dead letter {} stored for route {} after {} attempt(s): {}", letter.getId(), letter.getRouteId(),
                letter.getDeliveryAttempts(), letter.getExceptionClass());
    }

    private static UUID integrationId(Exchange exchange) {
        String value = exchange.getIn().getHeader(INTEGRATION_HEADER, String.class);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String bodyType(Object body) {
        return body instanceof byte[] || body instanceof InputStream ? String.class.getName() : body.getClass().getName();
    }

    private String bodyText(Exchange exchange, Object body) {
        if (body == null) {
            return null;
        }
        if (body instanceof String || body instanceof byte[] || body instanceof InputStream) {
            byte[] bytes = exchange.getIn().getBody(byte[].class);
            return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return objectMapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            return exchange.getIn().getBody(String.class);
        }
    }

    private String headersJson(Map<String, Object> headers) {
        Map<String, Object> kept = new TreeMap<>();
        headers.forEach((name, value) -> {
            if (value == null || name.startsWith("Camel") || name.equals(REPLAY_HEADER)) {
                return;
            }
            if (SECRET_HEADER.matcher(name.toLowerCase(Locale.ROOT)).matches()) {
                kept.put(name, "xxxxxx");
            } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                kept.put(name, value);
            } else if (value instanceof Date date) {
                kept.put(name, date.toInstant().toString());
            } else {
                kept.put(name, String.valueOf(value));
            }
        });
        try {
            return objectMapper.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            return "{}";
        }
    }

    private static String truncate(String message) {
        return message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
    }

    static boolean isSecretHeader(String name) {
        return SECRET_HEADER.matcher(name.toLowerCase(Locale.ROOT)).matches();
    }
}
