package com.channelhub.sandbox.amazon;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's control API, for tests, benchmarks and demos: sellers, what was applied to their listings,
 * counters, authorizations and fault injection. Not part of Amazon's API; plain JSON.
 */
@RestController
@ConditionalOnAmazonSandbox
@RequestMapping(path = AmazonSandboxPaths.CONTROL, produces = MediaType.APPLICATION_JSON_VALUE)
class ControlController {

    private static final Set<FaultKind> PATCH_ONLY = Set.of(FaultKind.NOT_APPLIED, FaultKind.LATE_ISSUE);

    private final SandboxSellers sellers;
    private final LwaService lwa;
    private final FaultInjector faults;
    private final SandboxCounters counters;
    private final TokenBuckets buckets;

    ControlController(SandboxSellers sellers, LwaService lwa, FaultInjector faults, SandboxCounters counters,
            TokenBuckets buckets) {
        this.sellers = sellers;
        this.lwa = lwa;
        this.faults = faults;
        this.counters = counters;
        this.buckets = buckets;
    }

    /** A new seller; absent fields take the defaults of {@code hub.sandbox.amazon.sellers}. */
    record NewSeller(String sellerId, String region, String marketplaceId, String currency, Integer skuCount,
            String skuPrefix, Integer fbaEvery) {
    }

    /** A fault for the next {@code count} calls (default 1) of an operation, optionally of one seller. */
    record NewFault(String operation, FaultKind kind, Integer count, String sellerId, Long delayMillis) {
    }

    record Expire(String token) {
    }

    @GetMapping("/sellers")
    List<AmazonSandboxProperties.Seller> sellers() {
        return sellers.all().stream().map(SandboxSeller::spec).toList();
    }

    @PostMapping(path = "/sellers", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    AmazonSandboxProperties.Seller addSeller(@RequestBody NewSeller request) {
        return sellers.add(new AmazonSandboxProperties.Seller(request.sellerId(),
                or(request.region(), "NA"), or(request.marketplaceId(), "ATVPDKIKX0DER"), or(request.currency(), "USD"),
                or(request.skuCount(), 300), or(request.skuPrefix(), "SKU-"), or(request.fbaEvery(), 10))).spec();
    }

    /** Self-authorization, as Seller Central offers private apps: a refresh token without the consent page. */
    @PostMapping("/sellers/{sellerId}/authorize")
    Map<String, String> authorize(@PathVariable String sellerId) {
        return Map.of("sellingPartnerId", seller(sellerId).sellerId(), "refreshToken", lwa.authorize(sellerId));
    }

    /** The seller removed the app: its refresh tokens answer invalid_grant. */
    @PostMapping("/sellers/{sellerId}/revoke")
    Map<String, Integer> revoke(@PathVariable String sellerId) {
        return Map.of("revokedRefreshTokens", lwa.revoke(seller(sellerId).sellerId()));
    }

    /** What the listing is now: the truth a test compares a connector's beliefs with. */
    @GetMapping("/sellers/{sellerId}/listings/{sku}")
    Map<String, Object> listing(@PathVariable String sellerId, @PathVariable String sku) {
        SandboxSeller seller = seller(sellerId);
        Listing listing = seller.listing(sku).orElseThrow(() -> new NoSuchElementException(
                "seller " + sellerId + " has no SKU " + sku));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("sku", listing.sku());
        view.put("asin", listing.facts().asin());
        view.put("productType", listing.productType());
        view.put("price", listing.price(seller.marketplaceId()));
        view.put("currency", seller.currency());
        view.put("quantity", listing.quantity());
        view.put("fulfillmentChannel", listing.fulfillmentChannel());
        view.put("issues", listing.issues());
        view.put("updatedAt", listing.updatedAt());
        return view;
    }

    /** The seller deleted the listing in Seller Central: gone from reports, and getListingsItem answers 404. */
    @DeleteMapping("/sellers/{sellerId}/listings/{sku}")
    ResponseEntity<Void> deleteListing(@PathVariable String sellerId, @PathVariable String sku) {
        SandboxSeller seller = seller(sellerId);
        seller.listing(sku).orElseThrow(() -> new NoSuchElementException("seller " + sellerId + " has no SKU " + sku));
        seller.delete(sku);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/sellers/{sellerId}/counters")
    Map<String, Map<String, Long>> sellerCounters(@PathVariable String sellerId) {
        return counters.snapshot(seller(sellerId).sellerId());
    }

    @GetMapping("/counters")
    Map<String, Map<String, Long>> counters() {
        return counters.snapshot(null);
    }

    /** Fills the seller's token buckets again (a benchmark's fresh start). */
    @PostMapping("/sellers/{sellerId}/reset-throttling")
    ResponseEntity<Void> resetThrottling(@PathVariable String sellerId) {
        buckets.reset(seller(sellerId).sellerId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/faults", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    FaultInjector.Fault addFault(@RequestBody NewFault request) {
        if (request.kind() == null || request.operation() == null) {
            throw new IllegalArgumentException("a fault needs 'operation' and 'kind' (one of "
                    + List.of(FaultKind.values()) + ")");
        }
        String operation = request.operation().equalsIgnoreCase(FaultInjector.LWA_OPERATION)
                ? FaultInjector.LWA_OPERATION : SpApiOperation.find(request.operation()).operationId();
        check(operation, request.kind());
        if (request.sellerId() != null) {
            seller(request.sellerId());
        }
        int count = or(request.count(), 1);
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
        return faults.add(operation, request.sellerId(), request.kind(), count,
                request.delayMillis() == null ? 0 : request.delayMillis());
    }

    @GetMapping("/faults")
    List<FaultInjector.Fault> faults() {
        return faults.list();
    }

    @DeleteMapping("/faults")
    ResponseEntity<Void> clearFaults(@RequestParam(required = false) String sellerId) {
        faults.clear(sellerId);
        return ResponseEntity.noContent().build();
    }

    /** Makes an authorization code or an access token expire now (a test need not wait 5 minutes or an hour). */
    @PostMapping(path = "/lwa/expire", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> expire(@RequestBody Expire request) {
        if (request.token() == null || !lwa.expire(request.token())) {
            throw new NoSuchElementException("no such authorization code or access token");
        }
        return ResponseEntity.noContent().build();
    }

    private static void check(String operation, FaultKind kind) {
        boolean fits = kind.transport()
                || PATCH_ONLY.contains(kind) && operation.equals("patchListingsItem")
                || (kind == FaultKind.FATAL || kind == FaultKind.CANCELLED)
                        && (operation.equals("createFeed") || operation.equals("createReport"))
                || kind == FaultKind.DONE_NOT_APPLIED && operation.equals("createFeed")
                || kind == FaultKind.STUCK && operation.equals("createReport");
        if (!fits || operation.equals(FaultInjector.LWA_OPERATION) && !kind.transport()) {
            throw new IllegalArgumentException("fault " + kind + " does not apply to " + operation);
        }
    }

    private SandboxSeller seller(String sellerId) {
        return sellers.find(sellerId).orElseThrow(() -> new NoSuchElementException("no seller " + sellerId));
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<Map<String, String>> notFound(NoSuchElementException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", e.getMessage()));
    }
}
