package com.channelhub.sandbox.amazon;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST https://api.amazon.com/auth/o2/token}. Amazon documents a form-encoded body; widely used clients send
 * the same fields as JSON and the endpoint takes both, so the sandbox does too.
 */
@RestController
@ConditionalOnAmazonSandbox
@RequestMapping(AmazonSandboxPaths.LWA)
class LwaController {

    private final LwaService lwa;
    private final FaultInjector faults;
    private final ObjectMapper objectMapper;

    LwaController(LwaService lwa, FaultInjector faults, ObjectMapper objectMapper) {
        this.lwa = lwa;
        this.faults = faults;
        this.objectMapper = objectMapper;
    }

    @PostMapping(path = "/auth/o2/token", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> token(HttpServletRequest request) throws IOException {
        faults.next(FaultInjector.LWA_OPERATION, null).ifPresent(fault -> {
            switch (fault.kind()) {
                case SERVER_ERROR -> throw new LwaException(500, "server_error",
                        "The authorization server encountered an unexpected condition");
                case SERVICE_UNAVAILABLE, THROTTLE -> throw new LwaException(503, "temporarily_unavailable",
                        "The authorization server is currently unable to handle the request");
                case DELAY -> FaultInjector.pause(fault);
                default -> { }
            }
        });
        return lwa.token(fields(request));
    }

    private Map<String, String> fields(HttpServletRequest request) throws IOException {
        Map<String, String> fields = new HashMap<>();
        String contentType = request.getContentType();
        if (contentType != null && MediaType.parseMediaType(contentType).isCompatibleWith(MediaType.APPLICATION_JSON)) {
            JsonNode body;
            try {
                body = objectMapper.readTree(request.getInputStream());
            } catch (JsonProcessingException e) {
                throw new LwaException(400, "invalid_request", "The request body is not valid JSON");
            }
            if (body != null && body.isObject()) {
                body.fields().forEachRemaining(field -> fields.put(field.getKey(), field.getValue().asText()));
            }
        } else {
            request.getParameterMap().forEach((name, values) -> fields.put(name, values[0]));
        }
        return fields;
    }

    @ExceptionHandler(LwaException.class)
    ResponseEntity<Map<String, String>> error(LwaException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error_description", e.getMessage(), "error", e.error()));
    }
}
