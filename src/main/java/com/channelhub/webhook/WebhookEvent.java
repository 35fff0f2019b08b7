package com.channelhub.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.apache.camel.component.jpa.Consumed;

/**
 * One verified webhook delivery in the inbox. Stored before the delivery is acknowledged; processed later by the
 * inbox route (camel-jpa). Several hub instances poll the inbox: the polling query locks the rows it returns and
 * skips rows another instance holds ({@code FOR UPDATE SKIP LOCKED}), so each instance takes a disjoint set of
 * events and holds them until its poll commits. The version guards the status against any other writer.
 */
@Entity
@Table(name = "webhook_events")
@NamedQuery(name = WebhookEvent.PENDING_SHOPIFY,
        query = "select e from WebhookEvent e where e.status = com.channelhub.webhook.WebhookEvent.Status.RECEIVED"
                + " and e.platform = 'SHOPIFY' order by e.receivedAt",
        lockMode = LockModeType.PESSIMISTIC_WRITE,
        hints = @QueryHint(name = WebhookEvent.LOCK_TIMEOUT_HINT, value = WebhookEvent.SKIP_LOCKED))
public class WebhookEvent {

    public static final String PENDING_SHOPIFY = "WebhookEvent.pendingShopify";
    /**
     * Lock timeout -2 is Hibernate's {@code LockOptions.SKIP_LOCKED}: a pessimistic query with it renders
     * {@code FOR UPDATE SKIP LOCKED} on PostgreSQL and H2 (Hibernate ORM user guide, "Locking"; 0 would mean
     * NOWAIT, which fails with 55P03 instead of skipping).
     */
    static final String LOCK_TIMEOUT_HINT = "jakarta.persistence.lock.timeout";
    static final String SKIP_LOCKED = "-2";

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
