package com.channelhub.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.apache.camel.component.jpa.Consumed;

/**
 * One verified webhook delivery in the inbox. Stored before the delivery is acknowledged; processed later by the
 * inbox route (camel-jpa). The version makes a row another instance processed in the meantime fail its lock and be
 * skipped, so each event is processed once even with several hub instances polling.
 */
@Entity
@Table(name = "webhook_events")
@NamedQuery(name = WebhookEvent.PENDING_SHOPIFY,
        query = "select e from WebhookEvent e where e.status = com.channelhub.webhook.WebhookEvent.Status.RECEIVED"
                + " and e.platform = 'SHOPIFY' order by e.receivedAt")
public class WebhookEvent {

    public static final String PENDING_SHOPIFY = "WebhookEvent.pendingShopify";

    public enum Status {
        RECEIVED, PROCESSED, DUPLICATE
    }

    @Id
    private UUID id;

    @Column(nullable = false)
    private String platform;

    @Column(nullable = false)
    private String account;

    @Column(nullable = false)
    private String topic;

    @Column(name = "webhook_id", nullable = false)
    private String webhookId;

    @Column(name = "event_id")
    private String eventId;

    @Column(name = "triggered_at")
    private Instant triggeredAt;

    @Column(name = "api_version")
    private String apiVersion;

    @Column(nullable = false)
    private String payload;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "processed_at")
    private Instant processedAt;

    private String outcome;

    @Version
    private long version;

    protected WebhookEvent() {
    }

    public WebhookEvent(String platform, String account, String topic, String webhookId, String eventId,
            Instant triggeredAt, String apiVersion, String payload, Instant receivedAt) {
        this.id = UUID.randomUUID();
        this.platform = platform;
        this.account = account;
        this.topic = topic;
        this.webhookId = webhookId;
        this.eventId = eventId;
        this.triggeredAt = triggeredAt;
        this.apiVersion = apiVersion;
        this.payload = payload;
        this.receivedAt = receivedAt;
        this.status = Status.RECEIVED;
    }

    void markDuplicateOf(UUID original, Instant now) {
        this.status = Status.DUPLICATE;
        this.outcome = "Same event as " + original + ", already processed";
        this.processedAt = now;
    }

    /** Called by the camel-jpa consumer once the route has processed the event. */
    @Consumed
    public void markProcessed() {
        if (status == Status.RECEIVED) {
            this.status = Status.PROCESSED;
            this.processedAt = Instant.now();
        }
    }

    public UUID getId() {
        return id;
    }

    public String getPlatform() {
        return platform;
    }

    public String getAccount() {
        return account;
    }

    public String getTopic() {
        return topic;
    }

    public String getWebhookId() {
        return webhookId;
    }

    public String getEventId() {
        return eventId;
    }

    public Instant getTriggeredAt() {
        return triggeredAt;
    }

    public String getApiVersion() {
        return apiVersion;
    }

    public String getPayload() {
        return payload;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getProcessedAt() {
        return processedAt;
    }

    public String getOutcome() {
        return outcome;
    }
}
