package com.channelhub.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The body of every error answer: RFC 9457 problem details, with {@code errors} listing each invalid field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<ApiProblem.FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail, String instance, List<ApiProblem.FieldError> errors) {
        return new Problem("about:blank", title, status, detail, instance, errors);
    }
}
