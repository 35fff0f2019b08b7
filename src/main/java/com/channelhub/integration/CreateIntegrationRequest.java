package com.channelhub.integration;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/projects/{slug}/integrations}.
 *
 * @param platform        SHOPIFY or AMAZON
 * @param externalAccount shop domain ({@code example.myshopify.com}) or Amazon selling-partner id
 * @param displayName     optional name shown in the console
 * @param region          Amazon region (NA, EU, FE); not used for Shopify
 * @param marketplaceIds  Amazon marketplace ids the integration sells in
 * @param credentials     optional credentials, e.g. {@code {"refreshToken": "Atzr|…"}} for a self-authorized Amazon
 *                        app or {@code {"accessToken": "shpat_…"}} for a Shopify custom app; stored encrypted, never returned
 * @param sync            optional schedule settings
 */
public record CreateIntegrationRequest(
        @NotBlank @Size(max = 32) String platform,
        @NotBlank @Size(max = 255) String externalAccount,
        @Size(max = 200) String displayName,
        @Size(max = 16) String region,
        @Size(max = 20) List<@NotBlank @Size(max = 20) String> marketplaceIds,
        @Size(max = 10) Map<@NotBlank @Size(max = 64) String, @NotBlank @Size(max = 4096) String> credentials,
        @Valid SyncSettingsRequest sync) {
}
