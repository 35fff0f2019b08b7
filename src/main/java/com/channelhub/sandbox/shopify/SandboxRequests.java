package com.channelhub.sandbox.shopify;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** What every Admin API and token request goes through first: counting and injected faults. */
@Component
@ConditionalOnProperty(prefix = "hub.sandbox", name = "enabled", havingValue = "true")
class SandboxRequests {

    /**
     * Counts the request and answers the injected fault, if one is due: the fault's answer, or null to go on (a slow
     * fault waits, then lets the request go on).
     */
    ResponseEntity<String> applyFault(SandboxStore store) {
        store.requests.incrementAndGet();
        Faults.Fault fault = store.faults.nextRequestFault();
        if (fault == null) {
            return null;
        }
        return switch (fault.type()) {
            case SERVER_ERROR -> ResponseEntity.status(fault.status()).contentType(MediaType.APPLICATION_JSON)
                    .body(fault.status() == 500 ? "{\"errors\":\"Internal Server Error\"}"
                            : "{\"errors\":\"Service Unavailable\"}");
            case MALFORMED_JSON -> ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body("{\"data\":{\"products\":{\"edges\":[{\"node\":{\"id\":\"gid://shopify/Product/");
            case UNAUTHORIZED -> ResponseEntity.status(401).contentType(MediaType.APPLICATION_JSON)
                    .body(ShopifyFacts.INVALID_TOKEN_BODY);
            case SLOW -> {
                pause(fault.delayMillis());
                yield null;
            }
            case BULK_FAILURE -> null;
        };
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
