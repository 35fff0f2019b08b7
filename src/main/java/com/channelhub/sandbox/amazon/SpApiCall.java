package com.channelhub.sandbox.amazon;

import java.util.List;

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

    boolean outcome(FaultKind kind) {
        return outcome == kind;
    }
}
