package com.channelhub.pricing;

import java.math.BigDecimal;

import com.channelhub.connector.PriceResult;
import com.channelhub.connector.QuantityResult;

/** What a platform route answered for one target of either kind, as the claims store it. */
public record TargetResult(String targetId, String outcome, String code, String message, String externalId,
        BigDecimal appliedPrice, Integer appliedQuantity) {

    static TargetResult of(PriceResult r) {
        return new TargetResult(r.itemId(), r.outcome().name(), r.code(), r.message(), r.externalId(),
                r.appliedPrice(), null);
    }

    static TargetResult of(QuantityResult r) {
        return new TargetResult(r.itemId(), r.outcome().name(), r.code(), r.message(), r.externalId(), null,
                r.appliedQuantity());
    }

    static TargetResult failed(String targetId, String message) {
        return new TargetResult(targetId, "FAILED", null, message, null, null, null);
    }
}
