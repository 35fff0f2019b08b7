package com.channelhub.api;

import java.util.List;

/**
 * A failure a client caused or must know about, answered as {@code application/problem+json} (RFC 9457) with the
 * given status. Anything else that escapes a route is answered as a 500 without details.
 */
public class ApiProblem extends RuntimeException {

    /**
     * One invalid input: a JSON pointer-like field path and what is wrong with it; for an item of a list (a price
     * batch's items) also the item's index, so a client can match errors to items without parsing the path.
     */
    public record FieldError(String field, String message, Integer index) {
        public FieldError(String field, String message) {
            this(field, message, null);
        }
    }

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiProblem badRequest(String detail) {
        return new ApiProblem(400, "Bad Request", detail, null);
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        return new ApiProblem(400, "Bad Request", "The request has " + errors.size() + " invalid field"
                + (errors.size() == 1 ? "" : "s") + ": see errors.", errors);
    }

    public static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, "Unauthorized", detail, null);
    }

    public static ApiProblem notFound(String detail) {
        return new ApiProblem(404, "Not Found", detail, null);
    }

    public static ApiProblem conflict(String detail) {
        return new ApiProblem(409, "Conflict", detail, null);
    }

    /** The hub cannot take the request right now (its database is unreachable); the client should retry. */
    public static ApiProblem unavailable(String detail) {
        return new ApiProblem(503, "Service Unavailable", detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
