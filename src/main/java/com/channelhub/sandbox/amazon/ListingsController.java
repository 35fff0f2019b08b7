package com.channelhub.sandbox.amazon;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Listings Items API 2021-08-01: getListingsItem, patchListingsItem and searchListingsItems. */
@RestController
@ConditionalOnAmazonSandbox
@RequestMapping(path = AmazonSandboxPaths.SP_API + "/listings/2021-08-01/items/{sellerId}",
        produces = MediaType.APPLICATION_JSON_VALUE)
class ListingsController {

    private final SpApiGate gate;
    private final ListingsService listings;

    ListingsController(SpApiGate gate, ListingsService listings) {
        this.gate = gate;
        this.listings = listings;
    }

    @GetMapping("/{sku}")
    ObjectNode getListingsItem(@PathVariable String region, @PathVariable String sellerId, @PathVariable String sku,
            @RequestParam(required = false) List<String> marketplaceIds,
            @RequestParam(required = false) List<String> includedData, HttpServletRequest request,
            HttpServletResponse response) {
        SpApiCall call = gate.admit(region, SpApiOperation.GET_LISTINGS_ITEM, sellerId, request, response);
        call.marketplaces(marketplaceIds);
        return listings.get(call, sku, includedData(includedData));
    }

    @PatchMapping(path = "/{sku}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode patchListingsItem(@PathVariable String region, @PathVariable String sellerId, @PathVariable String sku,
            @RequestParam(required = false) List<String> marketplaceIds,
            @RequestParam(required = false) String mode, @RequestParam(required = false) List<String> includedData,
            @RequestParam(required = false) String issueLocale, @RequestBody JsonNode body,
            HttpServletRequest request, HttpServletResponse response) {
        SpApiCall call = gate.admit(region, SpApiOperation.PATCH_LISTINGS_ITEM, sellerId, request, response);
        call.marketplaces(marketplaceIds);
        if (mode != null && !mode.equals("VALIDATION_PREVIEW")) {
            throw SpApiException.invalidInput("Invalid 'mode': the only mode is VALIDATION_PREVIEW.");
        }
        includedData(includedData);
        return listings.patch(call, sku, body, mode != null);
    }

    @GetMapping
    ObjectNode searchListingsItems(@PathVariable String region, @PathVariable String sellerId,
            @RequestParam(required = false) List<String> marketplaceIds,
            @RequestParam(required = false) List<String> includedData,
            @RequestParam(required = false) List<String> identifiers,
            @RequestParam(required = false) String identifiersType,
            @RequestParam(required = false) String createdAfter, @RequestParam(required = false) String createdBefore,
            @RequestParam(required = false) String lastUpdatedAfter,
            @RequestParam(required = false) String lastUpdatedBefore,
            @RequestParam(required = false) List<String> withIssueSeverity,
            @RequestParam(defaultValue = "lastUpdatedDate") String sortBy,
            @RequestParam(defaultValue = "DESC") String sortOrder, @RequestParam(defaultValue = "10") int pageSize,
            @RequestParam(required = false) String pageToken, HttpServletRequest request,
            HttpServletResponse response) {
        SpApiCall call = gate.admit(region, SpApiOperation.SEARCH_LISTINGS_ITEMS, sellerId, request, response);
        call.marketplaces(marketplaceIds);
        List<String> ids = identifiers == null ? List.of() : identifiers;
        if (ids.size() > 20 || !ids.isEmpty() != (identifiersType != null)) {
            throw SpApiException.invalidInput("'identifiers' (at most 20) and 'identifiersType' go together.");
        }
        if (identifiersType != null && !identifiersType.equals("SKU") && !identifiersType.equals("ASIN")) {
            throw SpApiException.invalidInput("The sandbox searches listings by SKU or ASIN identifiers only.");
        }
        List<String> severities = withIssueSeverity == null ? List.of() : withIssueSeverity;
        if (!ListingsSearch.SORT_BY.contains(sortBy) || !sortOrder.matches("ASC|DESC")
                || !ListingsSearch.SEVERITIES.containsAll(severities) || pageSize < 1 || pageSize > 20) {
            throw SpApiException.invalidInput("Invalid sortBy, sortOrder, withIssueSeverity or pageSize (1 to 20).");
        }
        List<String> data = includedData(includedData);
        ListingsSearch search = new ListingsSearch(ids, identifiersType, instant(createdAfter), instant(createdBefore),
                instant(lastUpdatedAfter), instant(lastUpdatedBefore), severities, sortBy, sortOrder.equals("ASC"),
                data.isEmpty() ? List.of("summaries") : data, pageSize);
        return listings.search(call, search, pageToken);
    }

    private static Instant instant(String value) {
        try {
            return value == null ? null : OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw SpApiException.invalidInput("'" + value + "' is not an ISO 8601 date-time.");
        }
    }

    private static List<String> includedData(List<String> includedData) {
        List<String> values = includedData == null ? List.of() : includedData;
        for (String value : values) {
            if (!ListingsService.INCLUDED_DATA.contains(value) && !value.equals("identifiers")) {
                throw SpApiException.invalidInput("Invalid 'includedData' value '" + value + "'.");
            }
        }
        return values;
    }
}
