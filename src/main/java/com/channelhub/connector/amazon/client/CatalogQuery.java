package com.channelhub.connector.amazon.client;

import java.util.List;
import java.util.Set;

/**
 * A searchCatalogItems request (Catalog Items API 2022-04-01): either keywords or identifiers, never both; with
 * identifiers their type (SKU also needs the seller id, which the client adds from the credentials); exactly one
 * marketplace; at most 20 keywords or identifiers; pageSize 1 to 20 (null: Amazon's default, 10). Source: the
 * catalogItems_2022-04-01 model's parameters.
 */
public record CatalogQuery(List<String> marketplaceIds, List<String> keywords, List<String> identifiers,
        String identifiersType, List<String> includedData, Integer pageSize, String pageToken) {

    public static final Set<String> IDENTIFIER_TYPES = Set.of("ASIN", "EAN", "GTIN", "ISBN", "JAN", "MINSAN", "SKU",
            "UPC");
    public static final Set<String> INCLUDED_DATA = Set.of("attributes", "classifications", "dimensions",
            "identifiers", "images", "productTypes", "relationships", "salesRanks", "summaries", "vendorDetails");

    public CatalogQuery {
        boolean byKeywords = keywords != null && !keywords.isEmpty();
        boolean byIdentifiers = identifiers != null && !identifiers.isEmpty();
        if (byKeywords == byIdentifiers) {
            throw new IllegalArgumentException("searchCatalogItems needs either keywords or identifiers, not both nor none");
        }
        if (byIdentifiers && (identifiersType == null || !IDENTIFIER_TYPES.contains(identifiersType))) {
            throw new IllegalArgumentException("searchCatalogItems by identifiers needs identifiersType, one of "
                    + IDENTIFIER_TYPES);
        }
        if ((byKeywords ? keywords : identifiers).size() > AmazonSpPlatformFacts.CATALOG_MAX_SEARCH_TERMS) {
            throw new IllegalArgumentException("searchCatalogItems takes at most "
                    + AmazonSpPlatformFacts.CATALOG_MAX_SEARCH_TERMS + " keywords or identifiers");
        }
        if (marketplaceIds == null || marketplaceIds.size() != 1) {
            throw new IllegalArgumentException("searchCatalogItems searches exactly one marketplace");
        }
        if (pageSize != null && (pageSize < 1 || pageSize > AmazonSpPlatformFacts.CATALOG_MAX_PAGE_SIZE)) {
            throw new IllegalArgumentException("searchCatalogItems pageSize must be 1 to "
                    + AmazonSpPlatformFacts.CATALOG_MAX_PAGE_SIZE);
        }
        if (includedData != null && !INCLUDED_DATA.containsAll(includedData)) {
            throw new IllegalArgumentException("searchCatalogItems includedData must be among " + INCLUDED_DATA);
        }
    }
}
