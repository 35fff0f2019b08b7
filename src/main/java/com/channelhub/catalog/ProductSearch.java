package com.channelhub.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A validated product search over some of a project's integrations.
 *
 * @param integrationIds the integrations searched (the project's, narrowed by platform or integration); not empty
 * @param text           case-insensitive substring of title, vendor or a variant's SKU, or null
 * @param sku            a variant's exact SKU, or null
 * @param statuses       lower-case statuses (active, draft, …, deleted); empty means every status but deleted
 * @param minPrice       a live variant's price at least this, or null
 * @param maxPrice       a live variant's price at most this, or null
 * @param updatedSince   the product or one of its variants changed in the hub at or after this, or null
 * @param after          where the previous page ended, or null for the first page
 * @param size           products per page
 */
public record ProductSearch(List<UUID> integrationIds, String text, String sku, Set<String> statuses,
        BigDecimal minPrice, BigDecimal maxPrice, Instant updatedSince, ProductSort sort, boolean descending,
        ProductCursor after, int size) {

    public static final String DELETED = "deleted";
    /** Statuses the channels write (Shopify ACTIVE, DRAFT, ARCHIVED; Amazon report Active, Inactive, Incomplete). */
    public static final Set<String> STATUSES = Set.of("active", "draft", "archived", "inactive", "incomplete", DELETED);
}
