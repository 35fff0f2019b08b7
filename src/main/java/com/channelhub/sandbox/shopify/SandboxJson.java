package com.channelhub.sandbox.shopify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * JSON answers of the sandbox. Its own mapper writes nulls, unlike the hub's (non_null): GraphQL answers and
 * Shopify's payloads carry explicit nulls such as {@code "actualQueryCost": null}.
 */
final class SandboxJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private SandboxJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write sandbox JSON", e);
        }
    }

    static ResponseEntity<String> answer(int status, Object body) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(write(body));
    }
}
