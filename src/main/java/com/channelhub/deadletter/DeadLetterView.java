package com.channelhub.deadletter;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A dead letter as the API shows it: the failure, where it happened, and the original message. */
public record DeadLetterView(
        UUID id,
        String routeId,
        String endpointUri,
        UUID integrationId,
        Failure failure,
        OriginalMessage message,
        int deliveryAttempts,
        Instant createdAt,
        Replay replay,
        boolean resolved,
        Instant resolvedAt) {

    public record Failure(String exceptionClass, String message) {
    }

    public record OriginalMessage(String body, String bodyType, Map<String, Object> headers) {
    }

    public record Replay(int count, Instant lastAt, DeadLetter.ReplayOutcome lastOutcome, String lastMessage) {
    }
}
