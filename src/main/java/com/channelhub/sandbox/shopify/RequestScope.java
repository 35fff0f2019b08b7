package com.channelhub.sandbox.shopify;

import java.util.concurrent.atomic.AtomicLong;

/**
 * What a GraphQL execution runs for: the store, the API version from the URL, the token's granted scope, the base
 * URL the client reached the sandbox at (for bulk file URLs), and, for a step of a bulk operation, the slice of root
 * objects to read (connections then have no page size) and where the step ended.
 */
record RequestScope(SandboxStore store, String apiVersion, String grantedScope, String baseUrl, boolean bulk,
        long bulkAfterId, int bulkLimit, AtomicLong bulkLastId) {

    static final String KEY = "sandbox.scope";

    static RequestScope api(SandboxStore store, String apiVersion, String grantedScope, String baseUrl) {
        return new RequestScope(store, apiVersion, grantedScope, baseUrl, false, 0, 0, null);
    }

    static RequestScope bulk(SandboxStore store, String apiVersion, long afterId, int limit) {
        return new RequestScope(store, apiVersion, null, null, true, afterId, limit, new AtomicLong(-1));
    }
}
