package com.channelhub.sandbox.amazon;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;

/**
 * What every SP-API operation does before its own work, in Amazon's order: authenticate the access token (403),
 * throttle per seller and operation (429, without a rate header), then announce the applied rate in
 * {@code x-amzn-RateLimit-Limit} for the answers that carry it (2xx, 400, 404). Injected transport faults strike
 * between the two.
 */
@Component
@ConditionalOnAmazonSandbox
class SpApiGate {

    private final LwaService lwa;
    private final SandboxSellers sellers;
    private final TokenBuckets buckets;
    private final FaultInjector faults;
    private final SandboxCounters counters;

    SpApiGate(LwaService lwa, SandboxSellers sellers, TokenBuckets buckets, FaultInjector faults,
            SandboxCounters counters) {
        this.lwa = lwa;
        this.sellers = sellers;
        this.buckets = buckets;
        this.faults = faults;
        this.counters = counters;
    }

    /**
     * @param region       the {@code na|eu|fe} path segment standing for the regional host
     * @param pathSellerId the {@code sellerId} path parameter, which must be the token's seller; null when none
     */
    SpApiCall admit(String region, SpApiOperation operation, String pathSellerId, HttpServletRequest request,
            HttpServletResponse response) {
        return admit(region, operation, pathSellerId, request, response, seller -> true);
    }

    /**
     * As {@link #admit(String, SpApiOperation, String, HttpServletRequest, HttpServletResponse)}, with a further
     * quota after the token bucket (createFeed's submissions per region), refused with the same 429.
     */
    SpApiCall admit(String region, SpApiOperation operation, String pathSellerId, HttpServletRequest request,
            HttpServletResponse response, Predicate<SandboxSeller> furtherQuota) {
        String regionCode = region(region);
        String sellerId = lwa.sellerFor(request.getHeader(SpApiFacts.ACCESS_TOKEN));
        SandboxSeller seller = sellers.find(sellerId)
                .orElseThrow(() -> new SpApiException(403, SpApiFacts.UNAUTHORIZED, SpApiFacts.ACCESS_DENIED, ""));
        if ((pathSellerId != null && !pathSellerId.equals(sellerId)) || !seller.region().equals(regionCode)) {
            throw new SpApiException(403, SpApiFacts.UNAUTHORIZED, SpApiFacts.ACCESS_DENIED, "");
        }
        counters.increment(sellerId, SandboxCounters.REQUESTS, operation.operationId());
        Optional<FaultInjector.Fault> fault = faults.next(operation.operationId(), sellerId);
        FaultKind outcome = null;
        if (fault.isPresent()) {
            switch (fault.get().kind()) {
                case SERVER_ERROR -> throw new SpApiException(500, "InternalFailure",
                        "We encountered an internal error. Please try again.", "");
                case SERVICE_UNAVAILABLE -> throw new SpApiException(503, "ServiceUnavailable",
                        "Service temporarily unavailable. Please try again.", "");
                case THROTTLE -> throw throttled(sellerId, operation);
                case DELAY -> FaultInjector.pause(fault.get());
                default -> outcome = fault.get().kind();
            }
        }
        if (!buckets.tryTake(sellerId, operation) || !furtherQuota.test(seller)) {
            throw throttled(sellerId, operation);
        }
        response.setHeader(SpApiFacts.RATE_LIMIT, buckets.rateHeader(operation));
        return new SpApiCall(seller, outcome);
    }

    SpApiException throttled(String sellerId, SpApiOperation operation) {
        counters.increment(sellerId, SandboxCounters.THROTTLED, operation.operationId());
        return new SpApiException(429, SpApiFacts.QUOTA_EXCEEDED, SpApiFacts.QUOTA_EXCEEDED_MESSAGE, "");
    }

    private static String region(String region) {
        String code = region.toUpperCase(Locale.ROOT);
        if (!SpApiFacts.MARKETPLACES_BY_REGION.containsKey(code)) {
            throw SpApiException.notFound("There is no SP-API host for region '" + region + "'; use na, eu or fe.");
        }
        return code;
    }
}
