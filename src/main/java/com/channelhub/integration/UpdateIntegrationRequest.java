package com.channelhub.integration;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PATCH /api/projects/{slug}/integrations/{id}}: omitted fields stay as they are.
 *
 * @param inventoryLocationId where inventory batches set quantities, one of {@code GET …/inventory-locations}; an
 *                            empty string goes back to the account's default (Shopify: the primary location)
 */
public record UpdateIntegrationRequest(
        @Size(max = 200) String displayName,
        @Size(max = 20) List<@NotBlank @Size(max = 20) String> marketplaceIds,
        @Valid SyncSettingsRequest sync,
        @Size(max = 255) String inventoryLocationId) {
}
