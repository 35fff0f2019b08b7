package com.channelhub.connector.amazon.client;

import java.util.List;

/**
 * A searchCatalogItems request: either keywords or identifiers (with their type: ASIN, EAN, GTIN, ISBN, JAN, MINSAN,
 * SKU, UPC; SKU needs the seller id), in the given marketplaces.
 */
public record CatalogQuery(List<String> marketplaceIds, List<String> keywords, List<String> identifiers,
        String identifiersType, List<String> includedData, Integer pageSize, String pageToken) {

    public CatalogQuery {
        boolean byKeywords = keywords != null && !keywords.isEmpty();
        boolean byIdentifiers = identifiers != null && !identifiers.isEmpty();
        if (byKeywords == byIdentifiers) {
            throw new IllegalArgumentException("searchCatalogItems needs either keywords or identifiers, not both nor none");
        }
        if (byIdentifiers && (identifiersType == null || identifiersType.isBlank())) {
            throw new IllegalArgumentException("searchCatalogItems by identifiers needs identifiersType (ASIN, SKU, UPC, …)");
        }
    }
}
