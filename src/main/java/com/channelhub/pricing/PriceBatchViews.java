package com.channelhub.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import com.channelhub.api.ApiProblem;

/** What the price batch API answers. */
public final class PriceBatchViews {

    private PriceBatchViews() {
    }

    /**
     * A batch with its counts.
     *
     * @param status       ACCEPTED (nothing sent yet), IN_PROGRESS, COMPLETED (every target APPLIED or ACCEPTED, no
     *                     invalid or unmatched item), COMPLETED_WITH_ERRORS (done, with something that did not go out)
     * @param items        items by item status: MATCHED (fanned out to at least one channel), INVALID, UNMATCHED (sold on no channel), total
     * @param targets      targets (item × channel) by status: PENDING, IN_FLIGHT, APPLIED, ACCEPTED, REJECTED, FAILED,
     *                     SUPERSEDED, UNSUPPORTED (the platform takes no prices, or no quantities;
     *                     inventory: an Amazon-fulfilled offer)
     * @param channels     the same per channel
     * @param errors       on the POST answer only: each invalid item's problems (at most 1,000 listed)
     */
    public record Batch(UUID id, String idempotencyKey, String status, boolean partial, Instant createdAt,
            Instant completedAt, Map<String, Integer> items, Map<String, Long> targets, List<Channel> channels,
            List<ApiProblem.FieldError> errors) {
        Batch withErrors(List<ApiProblem.FieldError> errors) {
            return new Batch(id, idempotencyKey, status, partial, createdAt, completedAt, items, targets, channels,
                    errors);
        }
    }

    /** One channel of a batch: the integration, its platform and account, and its targets by status. */
    public record Channel(UUID integrationId, String platform, String account, long total, Map<String, Long> targets) {
    }

    /** A batch in the list, without the per-channel counts. */
    public record Summary(UUID id, String idempotencyKey, String status, boolean partial, Instant createdAt,
            Instant completedAt, int itemCount, int invalidCount, int unmatchedCount, int targetCount) {
    }

    /** One item with what each channel did with it. */
    public record Item(int index, String sku, BigDecimal price, BigDecimal compareAtPrice, String currency,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer quantity, String status, List<ApiProblem.FieldError> errors, List<ItemChannel> channels) {
    }

    /**
     * One item on one channel.
     *
     * @param quantity        inventory batches: the quantity sent to this channel
     * @param status          PENDING, IN_FLIGHT, or the outcome: APPLIED, ACCEPTED, REJECTED, FAILED, SUPERSEDED,
     *                        UNSUPPORTED (the platform takes no prices or quantities; inventory: Amazon fulfills the
     *                        offer, its stock is Amazon's)
     * @param appliedQuantity inventory batches: the quantity the channel reports after the change
     * @param code     the platform's error or issue code, when there is one
     * @param message  the platform's reason, or the hub's
     */
    public record ItemChannel(UUID integrationId, String platform, String account, BigDecimal price,
            BigDecimal compareAtPrice, @JsonInclude(JsonInclude.Include.NON_NULL) Integer quantity, String status,
            String code, String message, BigDecimal appliedPrice,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer appliedQuantity, String externalId, int attempts,
            Instant finishedAt) {
    }
}
