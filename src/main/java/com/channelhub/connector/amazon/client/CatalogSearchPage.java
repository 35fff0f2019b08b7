package com.channelhub.connector.amazon.client;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One page of searchCatalogItems (Catalog Items API 2022-04-01): the items (ASIN plus the requested data sets as
 * JSON), the total count and the token of the next page, or null on the last.
 */
public record CatalogSearchPage(Integer numberOfResults, List<CatalogItem> items, String nextToken) {

    public record CatalogItem(String asin, JsonNode summaries, JsonNode identifiers, JsonNode attributes,
            JsonNode salesRanks) {
    }
}
