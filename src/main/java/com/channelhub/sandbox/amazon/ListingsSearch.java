package com.channelhub.sandbox.amazon;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * searchListingsItems over one seller's listings (model: Listings Items 2021-08-01): filters by SKU or ASIN
 * identifiers, creation and update times and issue severity; sorts by sku, createdDate or lastUpdatedDate (default
 * lastUpdatedDate DESC); pages of at most 20, and at most 1,000 items can be paged through. The status filters
 * (withStatus, withoutStatus) are not simulated.
 *
 * @param identifiers       SKUs or ASINs, or empty
 * @param identifiersType   SKU or ASIN (the generated catalog has no other identifiers per listing)
 * @param createdAfter      null or a bound
 * @param createdBefore     null or a bound
 * @param lastUpdatedAfter  null or a bound
 * @param lastUpdatedBefore null or a bound
 * @param withIssueSeverity WARNING and/or ERROR, or empty
 * @param sortBy            sku, createdDate or lastUpdatedDate
 * @param ascending         sortOrder ASC
 * @param includedData      datasets per item
 * @param pageSize          1 to 20
 */
record ListingsSearch(List<String> identifiers, String identifiersType, Instant createdAfter, Instant createdBefore,
        Instant lastUpdatedAfter, Instant lastUpdatedBefore, List<String> withIssueSeverity, String sortBy,
        boolean ascending, List<String> includedData, int pageSize) {

    /** Amazon pages through at most this many listings of one search. */
    static final int MAX_PAGED = 1_000;
    static final Set<String> SORT_BY = Set.of("sku", "createdDate", "lastUpdatedDate");
    static final Set<String> SEVERITIES = Set.of("WARNING", "ERROR");

    ObjectNode run(SandboxSeller seller, String pageToken, ListingsService listings) {
        int offset = PageTokens.offset(pageToken, this);
        List<SandboxSeller.Entry> found = seller.entries().filter(entry -> matches(seller, entry))
                .sorted(order()).toList();
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("numberOfResults", found.size());
        ObjectNode pagination = answer.putObject("pagination");
        int end = Math.min(Math.min(offset + pageSize, found.size()), MAX_PAGED);
        if (end < Math.min(found.size(), MAX_PAGED)) {
            pagination.put("nextToken", PageTokens.token(end, this));
        }
        if (offset > 0) {
            pagination.put("previousToken", PageTokens.token(Math.max(0, offset - pageSize), this));
        }
        ArrayNode items = answer.putArray("items");
        found.subList(Math.min(offset, end), end).forEach(entry -> seller.listing(entry.sku())
                .ifPresent(listing -> items.add(listings.render(seller, listing, includedData))));
        return answer;
    }

    private boolean matches(SandboxSeller seller, SandboxSeller.Entry entry) {
        if (!identifiers.isEmpty() && !identifiers.contains(identifiersType.equals("ASIN")
                ? seller.facts(entry.index()).asin() : entry.sku())) {
            return false;
        }
        if (!withIssueSeverity.isEmpty() && (entry.touched() == null || entry.touched().issues().stream()
                .noneMatch(issue -> withIssueSeverity.contains(issue.severity())))) {
            return false;
        }
        return within(entry.createdAt(), createdAfter, createdBefore)
                && within(entry.updatedAt(), lastUpdatedAfter, lastUpdatedBefore);
    }

    private static boolean within(Instant time, Instant after, Instant before) {
        return (after == null || !time.isBefore(after)) && (before == null || !time.isAfter(before));
    }

    private Comparator<SandboxSeller.Entry> order() {
        Comparator<SandboxSeller.Entry> order = switch (sortBy) {
            case "sku" -> Comparator.comparing(SandboxSeller.Entry::sku);
            case "createdDate" -> Comparator.comparing(SandboxSeller.Entry::createdAt);
            default -> Comparator.comparing(SandboxSeller.Entry::updatedAt);
        };
        order = order.thenComparing(SandboxSeller.Entry::sku);
        return ascending ? order : order.reversed();
    }
}
