package com.channelhub.sandbox.amazon;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An admitted SP-API call: the seller its access token acts for, and a fault planned for what the operation does
 * later (a feed ending FATAL, a patch never applied), or null.
 */
record SpApiCall(SandboxSeller seller, FaultKind outcome) {

    /** The request's marketplaceIds, which must be the seller's marketplace. */
    List<String> marketplaces(List<String> marketplaceIds) {
        if (marketplaceIds == null || marketplaceIds.isEmpty()) {
            throw SpApiException.invalidInput("Missing required parameter 'marketplaceIds'.");
        }
        for (String marketplaceId : marketplaceIds) {
            if (!seller.marketplaceId().equals(marketplaceId)) {
                throw SpApiException.invalidInput("Invalid marketplaceIds: the seller does not sell in '"
                        + marketplaceId + "'.");
            }
        }
        return marketplaceIds;
    }

    /** A JSON body's marketplaceIds array (createFeed, createReport), checked as above. */
    List<String> marketplaces(JsonNode marketplaceIds) {
        List<String> ids = new ArrayList<>();
        marketplaceIds.forEach(id -> ids.add(id.asText()));
        return marketplaces(ids);
    }

    boolean outcome(FaultKind kind) {
        return outcome == kind;
    }
}
