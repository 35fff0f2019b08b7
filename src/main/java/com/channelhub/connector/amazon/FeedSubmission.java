package com.channelhub.connector.amazon;

import java.util.Map;

import com.channelhub.connector.ChannelChange;

/**
 * A JSON_LISTINGS_FEED Amazon accepted.
 *
 * @param sellerId       the selling partner
 * @param marketplaceId  the marketplace its changes are for
 * @param feedId         Amazon's feed id (createFeed)
 * @param feedDocumentId the uploaded input document (createFeedDocument)
 * @param feedType       JSON_LISTINGS_FEED
 * @param messages       the change each messageId carries, in message order: {@link com.channelhub.connector.PriceChange}
 *                       for a price push, {@link com.channelhub.connector.QuantityChange} for an inventory push
 */
public record FeedSubmission(String sellerId, String marketplaceId, String feedId, String feedDocumentId,
        String feedType, Map<Integer, ? extends ChannelChange> messages) {
}
