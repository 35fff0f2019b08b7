package com.channelhub.integration;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code PATCH /api/projects/{slug}/integrations/{id}}: omitted fields stay as they are. */
public record UpdateIntegrationRequest(
        @Size(max = 200) String displayName,
        @Size(max = 20) List<@NotBlank @Size(max = 20) String> marketplaceIds,
        @Valid SyncSettingsRequest sync) {
}
