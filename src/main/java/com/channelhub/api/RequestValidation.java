package com.channelhub.api;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.Validator;
import org.springframework.stereotype.Component;

/** Bean Validation of request bodies, as field errors that can be reported together with a service's own checks. */
@Component
public class RequestValidation {

    private final Validator validator;

    public RequestValidation(Validator validator) {
        this.validator = validator;
    }

    public List<ApiProblem.FieldError> violations(Object request) {
        return validator.validate(request).stream()
                .map(v -> new ApiProblem.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .sorted(Comparator.comparing(ApiProblem.FieldError::field))
                .toList();
    }
}
