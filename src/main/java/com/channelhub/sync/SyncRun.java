package com.channelhub.sync;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of a flow for an integration (a product pull, a price push, …) with its progress counters and outcome. */
@Entity
@Table(name = "sync_runs")
public class SyncRun {

    @Id
    private UUID id;

    @Column(name = "integration_id", nullable = false)
    private UUID integrationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SyncRunKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "run_trigger", nullable = false)
    private SyncTrigger trigger;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SyncRunStatus status;

    @Column(name = "total_items")
    private Integer totalItems;

    @Column(name = "processed_items", nullable = false)
    private int processedItems;

    @Column(name = "failed_items", nullable = false)
    private int failedItems;

    /** Listings whose detail a pull refreshed after storing its report (Amazon getListingsItem). */
    @Column(name = "details_refreshed", nullable = false)
    private int detailsRefreshed;

    @Column(name = "details_failed", nullable = false)
    private int detailsFailed;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "error_summary")
    private String errorSummary;

    /** FULL or INCREMENTAL for pulls; null for other kinds. */
    private String mode;

    @Column(name = "cancel_requested", nullable = false)
    private boolean cancelRequested;

    /** The hub instance running it, so runs of an instance that died can be told apart. */
    @Column(name = "instance_id")
    private String instanceId;

    protected SyncRun() {
    }

    public SyncRun(UUID integrationId, SyncRunKind kind, SyncTrigger trigger, Instant startedAt) {
        this(integrationId, kind, trigger, null, null, startedAt);
    }

    public SyncRun(UUID integrationId, SyncRunKind kind, SyncTrigger trigger, String mode, String instanceId,
            Instant startedAt) {
        this.id = UUID.randomUUID();
        this.integrationId = integrationId;
        this.kind = kind;
        this.trigger = trigger;
        this.mode = mode;
        this.instanceId = instanceId;
        this.status = SyncRunStatus.RUNNING;
        this.startedAt = startedAt;
    }

    public void requestCancel() {
        this.cancelRequested = true;
    }

    public void countProgress(int processed, int failed) {
        this.processedItems += processed;
        this.failedItems += failed;
    }

    public void countDetails(int refreshed, int failed) {
        this.detailsRefreshed += refreshed;
        this.detailsFailed += failed;
    }

    public void expect(Integer total) {
        this.totalItems = total;
    }

    public void progress(Integer total, int processed, int failed) {
        this.totalItems = total;
        this.processedItems = processed;
        this.failedItems = failed;
    }

    public void finish(SyncRunStatus outcome, String errorSummary, Instant when) {
        if (!outcome.finished()) {
            throw new IllegalArgumentException("a run finishes with a final status, not " + outcome);
        }
        this.status = outcome;
        this.errorSummary = errorSummary;
        this.finishedAt = when;
    }

    public UUID getId() {
        return id;
    }

    public UUID getIntegrationId() {
        return integrationId;
    }

    public SyncRunKind getKind() {
        return kind;
    }

    public SyncTrigger getTrigger() {
        return trigger;
    }

    public SyncRunStatus getStatus() {
        return status;
    }

    public Integer getTotalItems() {
        return totalItems;
    }

    public int getProcessedItems() {
        return processedItems;
    }

    public int getFailedItems() {
        return failedItems;
    }

    public int getDetailsRefreshed() {
        return detailsRefreshed;
    }

    public int getDetailsFailed() {
        return detailsFailed;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public String getErrorSummary() {
        return errorSummary;
    }

    public String getMode() {
        return mode;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public String getInstanceId() {
        return instanceId;
    }
}
