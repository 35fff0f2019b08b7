package com.channelhub.api;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.apache.camel.Exchange;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

/**
 * What every API route does with an exchange: read and validate the JSON body, read path and query parameters,
 * and write the JSON answer. Invalid input becomes an {@link ApiProblem} naming each bad field.
 */
@Component
public class ApiExchanges {

    public static final String JSON = "application/json";
    static final int MAX_PAGE_SIZE = 200;

    private final ObjectMapper reader;
    private final ObjectMapper writer;
    private final RequestValidation validation;

    public ApiExchanges(ObjectMapper objectMapper, RequestValidation validation) {
        // the API is strict about what it accepts: a misspelt field is an error, not silently ignored data
        this.reader = objectMapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        this.writer = objectMapper;
        this.validation = validation;
    }

    /** The body, parsed and checked with Bean Validation. */
    public <T> T body(Exchange exchange, Class<T> type) {
        T value = parse(exchange, type);
        List<ApiProblem.FieldError> errors = validation.violations(value);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return value;
    }

    /** The body, parsed only: for services that validate it together with their own rules. */
    public <T> T parse(Exchange exchange, Class<T> type) {
        byte[] bytes = exchange.getIn().getBody(byte[].class);
        if (bytes == null || bytes.length == 0) {
            throw ApiProblem.badRequest("The request needs a JSON body.");
        }
        T value;
        try {
            value = reader.readValue(bytes, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError(path(e), "is not a known field")));
        } catch (InvalidFormatException e) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError(path(e),
                    "cannot be read as " + e.getTargetType().getSimpleName() + ": '" + e.getValue() + "'")));
        } catch (MismatchedInputException e) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError(path(e), "has the wrong JSON type")));
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("The body is not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        } catch (IOException e) {
            throw ApiProblem.badRequest("The body could not be read.");
        }
        if (value == null) {
            throw ApiProblem.badRequest("The request needs a JSON object as its body.");
        }
        return value;
    }

    private static String path(MismatchedInputException e) {
        StringBuilder path = new StringBuilder();
        e.getPath().forEach(ref -> {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        });
        return path.isEmpty() ? "(body)" : path.toString();
    }

    public String pathParam(Exchange exchange, String name) {
        String value = exchange.getIn().getHeader(name, String.class);
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest("Missing path parameter '" + name + "'.");
        }
        return value;
    }

    public UUID uuidParam(Exchange exchange, String name) {
        String value = pathParam(exchange, name);
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            // an id that cannot exist names nothing: same answer as an unknown one
            throw ApiProblem.notFound("No " + name + " '" + value + "'.");
        }
    }

    public String query(Exchange exchange, String name) {
        String value = exchange.getIn().getHeader(name, String.class);
        return value == null || value.isBlank() ? null : value.trim();
    }

    public UUID uuidQuery(Exchange exchange, String name) {
        String value = query(exchange, name);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError(name, "must be a UUID")));
        }
    }

    public Boolean booleanQuery(Exchange exchange, String name) {
        String value = query(exchange, name);
        if (value == null) {
            return null;
        }
        if (!value.equals("true") && !value.equals("false")) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError(name, "must be true or false")));
        }
        return Boolean.valueOf(value);
    }

    public java.time.Instant instantQuery(Exchange exchange, String name) {
        String value = query(exchange, name);
        try {
            return value == null ? null : java.time.Instant.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiProblem.invalid(List.of(new ApiProblem.FieldError(name,
                    "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z")));
        }
    }

    /** Page number and size from {@code page} (from 0) and {@code size} (1 to 200, default 20). */
    public record PageParams(int page, int size) {
    }

    public PageParams pageParams(Exchange exchange) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        int page = intQuery(exchange, "page", 0, 0, Integer.MAX_VALUE, errors);
        int size = intQuery(exchange, "size", 20, 1, MAX_PAGE_SIZE, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new PageParams(page, size);
    }

    private int intQuery(Exchange exchange, String name, int defaultValue, int min, int max,
            List<ApiProblem.FieldError> errors) {
        String value = query(exchange, name);
        if (value == null) {
            return defaultValue;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new ApiProblem.FieldError(name, "must be a whole number from " + min + " to " + max));
        return defaultValue;
    }

    /** One page of a listing, newest first unless the endpoint says otherwise. */
    public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
        public static <T> PageView<T> of(Page<T> page) {
            return new PageView<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                    page.getTotalPages());
        }
    }

    public void respond(Exchange exchange, int status, Object body) {
        try {
            exchange.getMessage().setBody(writer.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response could not be serialized", e);
        }
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, JSON);
    }

    public void respondNoContent(Exchange exchange) {
        exchange.getMessage().setBody(null);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 204);
    }
}
