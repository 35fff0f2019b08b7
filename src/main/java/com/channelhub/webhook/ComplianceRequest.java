package com.channelhub.webhook;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A mandatory privacy request from a platform and what the hub did about it. */
@Entity
@Table(name = "compliance_requests")
public class ComplianceRequest {

    @Id
    private UUID id;

    @Column(nullable = false)
    private String platform;

    @Column(nullable = false)
    private String account;

    @Column(nullable = false)
    private String topic;

    @Column(nullable = false)
    private String payload;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(nullable = false)
    private String action;

    protected ComplianceRequest() {
    }

    public ComplianceRequest(String platform, String account, String topic, String payload, Instant receivedAt,
            Instant completedAt, String action) {
        this.id = UUID.randomUUID();
        this.platform = platform;
        this.account = account;
        this.topic = topic;
        this.payload = payload;
        this.receivedAt = receivedAt;
        this.completedAt = completedAt;
        this.action = action;
    }

    public UUID getId() {
        return id;
    }

    public String getAccount() {
        return account;
    }

    public String getTopic() {
        return topic;
    }

    public String getAction() {
        return action;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
