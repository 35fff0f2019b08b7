package com.channelhub.sandbox.amazon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;

/**
 * Catalog Items 2022-04-01 over the sellers' generated catalogs: the catalog of a marketplace is every product
 * listed there. Rules from the model: keywords and identifiers exclude each other, identifiersType is required with
 * identifiers, sellerId with SKU identifiers, at most 20 identifiers or keywords, pageSize at most 20 (default 10).
 */
@Service
@ConditionalOnAmazonSandbox
class CatalogItemsService {

    static final Set<String> IDENTIFIER_TYPES = Set.of("ASIN", "EAN", "GTIN", "ISBN", "JAN", "MINSAN", "SKU", "UPC");
    static final Set<String> INCLUDED_DATA = Set.of("attributes", "classifications", "dimensions", "identifiers",
            "images", "productTypes", "relationships", "salesRanks", "summaries", "vendorDetails");
    static final int MAX_PAGEABLE_RESULTS = 1_000;

    private final SandboxSellers sellers;

    CatalogItemsService(SandboxSellers sellers) {
        this.sellers = sellers;
    }

    /**
     * A search request.
     *
     * @param marketplaceId   the one marketplace searched
     * @param identifiers     identifiers, or empty
     * @param identifiersType their type
     * @param sellerId        the seller whose SKUs are searched (identifiersType SKU)
     * @param keywords        keywords, or empty
     * @param brandNames      brands to keep (keyword searches), or empty
     * @param includedData    datasets per item
     * @param pageSize        1 to 20
     * @param pageToken       a previous answer's nextToken or previousToken, or null
     */
    record Search(String marketplaceId, List<String> identifiers, String identifiersType, String sellerId,
            List<String> keywords, List<String> brandNames, List<String> includedData, int pageSize,
            String pageToken) {
    }

    private record Hit(SandboxSeller seller, Listing.CatalogFacts facts) {
    }

    ObjectNode search(SpApiCall call, Search search) {
        List<Hit> hits = search.identifiers().isEmpty() ? byKeywords(search) : byIdentifiers(call, search);
        Search query = new Search(search.marketplaceId(), search.identifiers(), search.identifiersType(),
                search.sellerId(), search.keywords(), search.brandNames(), search.includedData(), search.pageSize(), null);
        int offset = PageTokens.offset(search.pageToken(), query);
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("numberOfResults", hits.size());
        ObjectNode pagination = answer.putObject("pagination");
        // "The maximum number of items (ASINs) that can be returned and paged through is 1,000." (the model)
        int pageable = Math.min(hits.size(), MAX_PAGEABLE_RESULTS);
        if (offset + search.pageSize() < pageable) {
            pagination.put("nextToken", PageTokens.token(offset + search.pageSize(), query));
        }
        if (offset > 0) {
            pagination.put("previousToken", PageTokens.token(Math.max(0, offset - search.pageSize()), query));
        }
        ObjectNode refinements = answer.putObject("refinements");
        Map<String, Integer> brands = new TreeMap<>();
        hits.forEach(hit -> brands.merge(hit.facts().brand(), 1, Integer::sum));
        ArrayNode brandRefinements = refinements.putArray("brands");
        brands.forEach((brand, count) -> brandRefinements.addObject().put("numberOfResults", count)
                .put("brandName", brand));
        refinements.putArray("classifications");
        ArrayNode items = answer.putArray("items");
        hits.subList(Math.min(offset, pageable), Math.min(offset + search.pageSize(), pageable))
                .forEach(hit -> items.add(item(hit.facts(), search.marketplaceId(), search.includedData())));
        return answer;
    }

    ObjectNode get(String asin, String marketplaceId, List<String> includedData) {
        for (SandboxSeller seller : sellers.inMarketplace(marketplaceId)) {
            int index = seller.indexOfAsin(asin);
            if (index > 0) {
                return item(seller.facts(index), marketplaceId, includedData);
            }
        }
        throw new SpApiException(404, "NOT_FOUND", "Requested item '" + asin + "' not found in marketplace(s) "
                + marketplaceId + ".", "");
    }

    private List<Hit> byKeywords(Search search) {
        List<String> words = search.keywords().stream().flatMap(keyword -> List.of(keyword.toLowerCase(Locale.ROOT)
                .trim().split("\\s+")).stream()).filter(word -> !word.isEmpty()).toList();
        Set<String> brands = Set.copyOf(search.brandNames().stream().map(b -> b.toLowerCase(Locale.ROOT)).toList());
        List<Hit> hits = new ArrayList<>();
        for (SandboxSeller seller : sellers.inMarketplace(search.marketplaceId())) {
            seller.catalog().filter(facts -> matches(facts, words, brands))
                    .forEach(facts -> hits.add(new Hit(seller, facts)));
        }
        return hits;
    }

    private static boolean matches(Listing.CatalogFacts facts, List<String> words, Set<String> brands) {
        List<String> tokens = List.of(facts.itemName().toLowerCase(Locale.ROOT).split(" "));
        return tokens.containsAll(words)
                && (brands.isEmpty() || brands.contains(facts.brand().toLowerCase(Locale.ROOT)));
    }

    private List<Hit> byIdentifiers(SpApiCall call, Search search) {
        Map<String, Hit> hits = new LinkedHashMap<>();
        List<SandboxSeller> inMarketplace = sellers.inMarketplace(search.marketplaceId());
        for (String identifier : search.identifiers()) {
            switch (search.identifiersType()) {
                case "SKU" -> {
                    SandboxSeller seller = call.seller();
                    int index = seller.index(identifier);
                    if (index > 0 && seller.listing(identifier).isPresent()) {
                        hits.putIfAbsent(seller.facts(index).asin(), new Hit(seller, seller.facts(index)));
                    }
                }
                case "ASIN", "UPC", "EAN", "GTIN" -> inMarketplace.forEach(seller -> {
                    int index = search.identifiersType().equals("ASIN") ? seller.indexOfAsin(identifier)
                            : seller.indexOfUpc(identifier);
                    if (index > 0) {
                        hits.putIfAbsent(seller.facts(index).asin(), new Hit(seller, seller.facts(index)));
                    }
                });
                default -> { } // the generated catalog has no books (ISBN) and no JAN or MINSAN codes
            }
        }
        return new ArrayList<>(hits.values());
    }

    private static ObjectNode item(Listing.CatalogFacts facts, String marketplaceId, List<String> includedData) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode item = json.objectNode().put("asin", facts.asin());
        if (includedData.contains("attributes")) {
            ObjectNode attributes = item.putObject("attributes");
            attributes.putArray("item_name").addObject().put("value", facts.itemName()).put("language_tag", "en_US")
                    .put("marketplace_id", marketplaceId);
            attributes.putArray("brand").addObject().put("value", facts.brand()).put("language_tag", "en_US")
                    .put("marketplace_id", marketplaceId);
        }
        if (includedData.contains("identifiers")) {
            ArrayNode identifiers = item.putArray("identifiers").addObject().put("marketplaceId", marketplaceId)
                    .putArray("identifiers");
            identifiers.addObject().put("identifierType", "UPC").put("identifier", facts.upc());
            identifiers.addObject().put("identifierType", "EAN").put("identifier", "0" + facts.upc());
        }
        if (includedData.contains("images")) {
            CatalogItemExtras.images(item, facts, marketplaceId);
        }
        if (includedData.contains("salesRanks")) {
            CatalogItemExtras.salesRanks(item, facts, marketplaceId);
        }
        if (includedData.contains("productTypes")) {
            item.putArray("productTypes").addObject().put("marketplaceId", marketplaceId).put("productType", "PRODUCT");
        }
        if (includedData.contains("summaries")) {
            item.putArray("summaries").addObject().put("marketplaceId", marketplaceId).put("brand", facts.brand())
                    .put("itemClassification", "BASE_PRODUCT").put("itemName", facts.itemName())
                    .put("manufacturer", facts.brand());
        }
        return item;
    }
}
