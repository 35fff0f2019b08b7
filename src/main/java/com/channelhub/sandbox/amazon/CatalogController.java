package com.channelhub.sandbox.amazon;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Catalog Items API 2022-04-01: searchCatalogItems and getCatalogItem. */
@RestController
@ConditionalOnAmazonSandbox
@RequestMapping(path = AmazonSandboxPaths.SP_API + "/catalog/2022-04-01/items",
        produces = MediaType.APPLICATION_JSON_VALUE)
class CatalogController {

    private final SpApiGate gate;
    private final CatalogItemsService catalog;

    CatalogController(SpApiGate gate, CatalogItemsService catalog) {
        this.gate = gate;
        this.catalog = catalog;
    }

    @GetMapping
    ObjectNode searchCatalogItems(@PathVariable String region,
            @RequestParam(required = false) List<String> marketplaceIds,
            @RequestParam(required = false) List<String> identifiers,
            @RequestParam(required = false) String identifiersType, @RequestParam(required = false) String sellerId,
            @RequestParam(required = false) List<String> keywords,
            @RequestParam(required = false) List<String> brandNames,
            @RequestParam(required = false) List<String> includedData,
            @RequestParam(defaultValue = "10") int pageSize, @RequestParam(required = false) String pageToken,
            HttpServletRequest request, HttpServletResponse response) {
        SpApiCall call = gate.admit(region, SpApiOperation.SEARCH_CATALOG_ITEMS, null, request, response);
        String marketplaceId = oneMarketplace(call, marketplaceIds);
        List<String> ids = orEmpty(identifiers);
        List<String> words = orEmpty(keywords);
        if (ids.isEmpty() == words.isEmpty()) {
            throw SpApiException.invalidInput("Give either 'keywords' or 'identifiers' (not both).");
        }
        if (ids.size() > 20 || words.size() > 20) {
            throw SpApiException.invalidInput("At most 20 identifiers or keywords per request.");
        }
        if (!ids.isEmpty() && (identifiersType == null || !CatalogItemsService.IDENTIFIER_TYPES.contains(identifiersType))) {
            throw SpApiException.invalidInput("'identifiersType' is required with 'identifiers' and must be one of "
                    + CatalogItemsService.IDENTIFIER_TYPES + ".");
        }
        if ("SKU".equals(identifiersType) && !call.seller().sellerId().equals(sellerId)) {
            throw SpApiException.invalidInput("'sellerId' is required with identifiersType SKU and must be the "
                    + "selling partner the access token was issued for.");
        }
        if (!ids.isEmpty() && brandNames != null) {
            throw SpApiException.invalidInput("'brandNames' cannot be used with 'identifiers'.");
        }
        if (pageSize < 1 || pageSize > 20) {
            throw SpApiException.invalidInput("'pageSize' must be between 1 and 20.");
        }
        return catalog.search(call, new CatalogItemsService.Search(marketplaceId, ids, identifiersType, sellerId, words,
                orEmpty(brandNames), includedData(includedData), pageSize, pageToken));
    }

    @GetMapping("/{asin}")
    ObjectNode getCatalogItem(@PathVariable String region, @PathVariable String asin,
            @RequestParam(required = false) List<String> marketplaceIds,
            @RequestParam(required = false) List<String> includedData, HttpServletRequest request,
            HttpServletResponse response) {
        SpApiCall call = gate.admit(region, SpApiOperation.GET_CATALOG_ITEM, null, request, response);
        return catalog.get(asin, oneMarketplace(call, marketplaceIds), includedData(includedData));
    }

    private static String oneMarketplace(SpApiCall call, List<String> marketplaceIds) {
        List<String> ids = call.marketplaces(marketplaceIds);
        if (ids.size() != 1) {
            throw SpApiException.invalidInput("Give exactly one marketplace in 'marketplaceIds'.");
        }
        return ids.get(0);
    }

    private static List<String> includedData(List<String> includedData) {
        List<String> values = includedData == null || includedData.isEmpty() ? List.of("summaries") : includedData;
        for (String value : values) {
            if (!CatalogItemsService.INCLUDED_DATA.contains(value)) {
                throw SpApiException.invalidInput("Invalid 'includedData' value '" + value + "'.");
            }
        }
        return values;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> !value.isBlank()).toList();
    }
}
