package com.channelhub.benchmark;

import com.channelhub.support.HubHttp;
import com.channelhub.support.SandboxAmazon;
import com.fasterxml.jackson.databind.JsonNode;

/** An Amazon sandbox seller of N SKUs, connected to a project with a self-authorized refresh token. */
final class SandboxSeller {

    static final String SKU_PREFIX = "BENCH-";

    final String sellerId;

    private SandboxSeller(String sellerId) {
        this.sellerId = sellerId;
    }

    /** Creates the seller; its catalog is generated (SKUs {@code BENCH-000001} …), every tenth offer FBA. */
    static SandboxSeller create(HubHttp http, int skus) {
        String sellerId = SandboxAmazon.newSellerId();
        new SandboxAmazon(http).createSeller(sellerId, skus, SKU_PREFIX, 10);
        return new SandboxSeller(sellerId);
    }

    static String sku(int index) {
        return SKU_PREFIX + String.format("%06d", index);
    }

    /**
     * Connects the seller to the project (POST …/integrations with the refresh token of a self-authorization): the
     * hub verifies the token and starts the first listings pull. Answers the integration id.
     */
    String connect(HubHttp http, String slug, String key) {
        JsonNode integration = new SandboxAmazon(http).connect(slug, key, sellerId);
        if (!"CONNECTED".equals(integration.path("status").asText())) {
            throw new IllegalStateException("seller not connected: " + integration);
        }
        return integration.get("id").asText();
    }

    HubHttp.Response counters(HubHttp http) {
        return http.get(SandboxAmazon.CONTROL + "/sellers/" + sellerId + "/counters", null);
    }
}
