package com.channelhub.connector.amazon.client;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A patchListingsItem body, also the patch part of a JSON_LISTINGS_FEED PATCH message. */
public record ListingsPatch(String productType, List<Operation> patches) {

    /** One JSON Patch operation on a top-level attribute: op add|replace|merge|delete, path /attributes/…. */
    public record Operation(String op, String path, JsonNode value) {
    }
}
