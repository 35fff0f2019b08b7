package com.channelhub.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A sync run with its progress counters and outcome; {@code detailsRefreshed}/{@code detailsFailed} count the
 * listings an Amazon pull refreshed through getListingsItem after storing its report (0 elsewhere).
 */
public record SyncRunView(UUID id, UUID integrationId, SyncRunKind kind, SyncTrigger trigger, String mode,
        SyncRunStatus status, Integer totalItems, int processedItems, int failedItems, int detailsRefreshed,
        int detailsFailed, Double itemsPerSecond, Long etaSeconds, boolean cancelRequested, Instant startedAt, Instant finishedAt, String errorSummary) {

    public static SyncRunView of(SyncRun run) {
        Instant until = run.getFinishedAt() != null ? run.getFinishedAt() : Instant.now();
        double seconds = Math.max(0.001, java.time.Duration.between(run.getStartedAt(), until).toMillis() / 1000.0);
        int done = run.getProcessedItems() + run.getFailedItems();
        Double rate = done == 0 ? null : Math.round(done / seconds * 10) / 10.0;
        Long eta = rate == null || run.getTotalItems() == null || run.getFinishedAt() != null ? null
                : Math.max(0, Math.round((run.getTotalItems() - done) / rate));
        return new SyncRunView(run.getId(), run.getIntegrationId(), run.getKind(), run.getTrigger(), run.getMode(),
                run.getStatus(), run.getTotalItems(), run.getProcessedItems(), run.getFailedItems(),
                run.getDetailsRefreshed(), run.getDetailsFailed(), rate, eta, run.isCancelRequested(),
                run.getStartedAt(), run.getFinishedAt(), run.getErrorSummary());
    }
}
