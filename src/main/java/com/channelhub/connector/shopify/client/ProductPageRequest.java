package com.channelhub.connector.shopify.client;

import java.time.Instant;

/**
 * One page of a catalog pull.
 *
 * @param pageSize         products per page wanted (the client may ask for fewer to stay under the query cost limit)
 * @param variantsPageSize variants fetched inline per product; a product with more gets its variants paged apart
 * @param after            the previous page's {@code endCursor}, or null for the first page
 * @param updatedSince     only products updated after this instant ({@code updated_at:>'…'}), or null for all
 */
public record ProductPageRequest(int pageSize, int variantsPageSize, String after, Instant updatedSince) {
}
