package com.channelhub.pricing;

import java.math.BigDecimal;

import com.channelhub.connector.ChannelResult;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.QuantityResult;

/** What a platform route (or an Amazon feed's report) answered for one target of either kind, as the claims store it. */
public record TargetResult(String targetId, String outcome, String code, String message, String externalId,
        BigDecimal appliedPrice, Integer appliedQuantity) {

    /** A price or quantity result whose itemId is the target id. */
    public static TargetResult of(ChannelResult r) {
        return new TargetResult(r.itemId(), r.outcome().name(), r.code(), r.message(), r.externalId(),
                r instanceof PriceResult price ? price.appliedPrice() : null,
                r instanceof QuantityResult quantity ? quantity.appliedQuantity() : null);
    }

    static TargetResult failed(String targetId, String message) {
        return new TargetResult(targetId, "FAILED", null, message, null, null, null);
    }

    static TargetResult unsupported(String targetId, String message) {
        return new TargetResult(targetId, "UNSUPPORTED", "UNSUPPORTED", message, null, null, null);
    }
}
