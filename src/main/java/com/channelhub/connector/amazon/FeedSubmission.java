package com.channelhub.connector.amazon;

import java.util.Map;

import com.channelhub.connector.PriceChange;

/**
 * A JSON_LISTINGS_FEED Amazon accepted.
 *
 * @param sellerId       the selling partner
 * @param marketplaceId  the marketplace its prices are for
 * @param feedId         Amazon's feed id (createFeed)
 * @param feedDocumentId the uploaded input document (createFeedDocument)
 * @param feedType       JSON_LISTINGS_FEED
 * @param messages       the change each messageId carries, in message order
 */
public record FeedSubmission(String sellerId, String marketplaceId, String feedId, String feedDocumentId,
        String feedType, Map<Integer, PriceChange> messages) {
}
