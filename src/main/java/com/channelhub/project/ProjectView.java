package com.channelhub.project;

import java.time.Instant;
import java.util.UUID;

public record ProjectView(UUID id, String slug, String name, Instant createdAt) {

    public static ProjectView of(Project project) {
        return new ProjectView(project.getId(), project.getSlug(), project.getName(), project.getCreatedAt());
    }
}
