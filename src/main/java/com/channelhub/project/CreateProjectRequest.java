package com.channelhub.project;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/projects}.
 *
 * @param slug the project's address in URLs: lower-case letters, digits and hyphens, 1 to 63 characters
 * @param name the project's display name
 */
public record CreateProjectRequest(
        @NotBlank @Size(max = 63)
        @Pattern(regexp = "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$",
                message = "must be lower-case letters, digits and hyphens, not starting or ending with a hyphen")
        String slug,
        @NotBlank @Size(max = 200) String name) {
}
