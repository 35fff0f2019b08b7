package com.channelhub.connector.amazon.client;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One page of searchCatalogItems (Catalog Items API 2022-04-01): the items (ASIN plus the requested data sets as
 * Amazon sent them), the total (estimated for keywords; Amazon pages through 1,000 at most), and the tokens of the
 * next and previous pages, null where there is none.
 */
public record CatalogSearchPage(Integer numberOfResults, List<CatalogItem> items, String nextToken,
        String previousToken) {

    /** An item; each data set is null unless asked for with includedData. */
    public record CatalogItem(String asin, JsonNode summaries, JsonNode identifiers, JsonNode attributes,
            JsonNode images, JsonNode productTypes, JsonNode salesRanks) {
    }
}
