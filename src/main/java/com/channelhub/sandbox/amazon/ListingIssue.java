package com.channelhub.sandbox.amazon;

import java.util.List;

/**
 * An issue with a listing or a submission, as Listings Items 2021-08-01 reports it.
 *
 * @param code           Amazon's issue code, e.g. 4000001
 * @param message        what is wrong
 * @param severity       ERROR, WARNING or INFO
 * @param attributeNames the attributes concerned
 * @param categories     Amazon's issue categories, e.g. INVALID_ATTRIBUTE
 */
record ListingIssue(String code, String message, String severity, List<String> attributeNames,
        List<String> categories) {

    static ListingIssue error(String code, String message, String attributeName, String category) {
        return new ListingIssue(code, message, "ERROR", attributeName == null ? List.of() : List.of(attributeName),
                category == null ? List.of() : List.of(category));
    }

    /** 4000001, Amazon's answer to a malformed attribute value (e.g. purchasable_offer). */
    static ListingIssue invalidValue(String attributeName) {
        return error(SpApiFacts.INVALID_VALUE_CODE, "The provided value for '" + attributeName + "' is invalid.",
                attributeName, "INVALID_ATTRIBUTE");
    }
}
