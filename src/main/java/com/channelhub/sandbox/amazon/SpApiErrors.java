package com.channelhub.sandbox.amazon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** SP-API errors in Amazon's shape, {@code {"errors":[{"code","message","details"}]}}, for the sandbox's controllers. */
@RestControllerAdvice(basePackageClasses = SpApiErrors.class)
@ConditionalOnAmazonSandbox
class SpApiErrors {

    @ExceptionHandler(SpApiException.class)
    ResponseEntity<Map<String, Object>> spApi(SpApiException e) {
        return answer(e.status(), e.code(), e.getMessage(), e.details());
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, HttpMessageNotReadableException.class,
            MethodArgumentTypeMismatchException.class})
    ResponseEntity<Map<String, Object>> badRequest(Exception e) {
        String message = e instanceof MissingServletRequestParameterException missing
                ? "Missing required parameter '" + missing.getParameterName() + "'."
                : "Request has missing or invalid parameters and cannot be parsed.";
        return answer(400, "InvalidInput", message, "");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, Object>> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        return answer(415, "UnsupportedMediaType", "The request's Content-Type is not supported.", "");
    }

    static ResponseEntity<Map<String, Object>> answer(int status, String code, String message, String details) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("errors", List.of(error(code, message, details))));
    }

    private static Map<String, Object> error(String code, String message, String details) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code);
        error.put("message", message);
        error.put("details", details);
        return error;
    }
}
