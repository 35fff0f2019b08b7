package com.channelhub.deadletter;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message that failed in a route after its redeliveries were spent, kept with its failure so it can be replayed. */
@Entity
@Table(name = "dead_letters")
public class DeadLetter {

    public enum ReplayOutcome {
        SUCCEEDED, FAILED
    }

    @Id
    private UUID id;

    @Column(name = "route_id", nullable = false)
    private String routeId;

    @Column(name = "endpoint_uri")
    private String endpointUri;

    @Column(name = "integration_id")
    private UUID integrationId;

    @Column(name = "exception_class", nullable = false)
    private String exceptionClass;

    @Column(name = "exception_message")
    private String exceptionMessage;

    private String body;

    @Column(name = "body_type")
    private String bodyType;

    @Column(name = "headers_json")
    private String headersJson;

    @Column(name = "delivery_attempts", nullable = false)
    private int deliveryAttempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "replay_count", nullable = false)
    private int replayCount;

    @Column(name = "replayed_at")
    private Instant replayedAt;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "last_replay_outcome")
    private ReplayOutcome lastReplayOutcome;

    @Column(name = "last_replay_message")
    private String lastReplayMessage;

    @Column(nullable = false)
    private boolean resolved;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    protected DeadLetter() {
    }

    DeadLetter(String routeId, String endpointUri, UUID integrationId, String exceptionClass, String exceptionMessage,
            String body, String bodyType, String headersJson, int deliveryAttempts, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.routeId = routeId;
        this.endpointUri = endpointUri;
        this.integrationId = integrationId;
        this.exceptionClass = exceptionClass;
        this.exceptionMessage = exceptionMessage;
        this.body = body;
        this.bodyType = bodyType;
        this.headersJson = headersJson;
        this.deliveryAttempts = deliveryAttempts;
        this.createdAt = createdAt;
    }

    void recordReplay(ReplayOutcome outcome, String message, Instant when) {
        this.replayCount++;
        this.replayedAt = when;
        this.lastReplayOutcome = outcome;
        this.lastReplayMessage = message;
        if (outcome == ReplayOutcome.SUCCEEDED) {
            this.resolved = true;
            this.resolvedAt = when;
        }
    }

    void resolve(Instant when) {
        this.resolved = true;
        this.resolvedAt = when;
    }

    public UUID getId() {
        return id;
    }

    public String getRouteId() {
        return routeId;
    }

    public String getEndpointUri() {
        return endpointUri;
    }

    public UUID getIntegrationId() {
        return integrationId;
    }

    public String getExceptionClass() {
        return exceptionClass;
    }

    public String getExceptionMessage() {
        return exceptionMessage;
    }

    public String getBody() {
        return body;
    }

    public String getBodyType() {
        return bodyType;
    }

    public String getHeadersJson() {
        return headersJson;
    }

    public int getDeliveryAttempts() {
        return deliveryAttempts;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getReplayCount() {
        return replayCount;
    }

    public Instant getReplayedAt() {
        return replayedAt;
    }

    public ReplayOutcome getLastReplayOutcome() {
        return lastReplayOutcome;
    }

    public String getLastReplayMessage() {
        return lastReplayMessage;
    }

    public boolean isResolved() {
        return resolved;
    }

    public Instant getResolvedAt() {
        return resolvedAt;
    }
}
