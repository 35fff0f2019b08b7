package com.channelhub.sandbox.amazon;

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

/** Listings Items API 2021-08-01: getListingsItem and patchListingsItem. */
@RestController
@ConditionalOnAmazonSandbox
@RequestMapping(path = AmazonSandboxPaths.SP_API + "/listings/2021-08-01/items/{sellerId}/{sku}",
        produces = MediaType.APPLICATION_JSON_VALUE)
class ListingsController {

    private final SpApiGate gate;
    private final ListingsService listings;

    ListingsController(SpApiGate gate, ListingsService listings) {
        this.gate = gate;
        this.listings = listings;
    }

    @GetMapping
    ObjectNode getListingsItem(@PathVariable String region, @PathVariable String sellerId, @PathVariable String sku,
            @RequestParam(required = false) List<String> marketplaceIds,
            @RequestParam(required = false) List<String> includedData, HttpServletRequest request,
            HttpServletResponse response) {
        SpApiCall call = gate.admit(region, SpApiOperation.GET_LISTINGS_ITEM, sellerId, request, response);
        call.marketplaces(marketplaceIds);
        return listings.get(call, sku, includedData(includedData));
    }

    @PatchMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
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
