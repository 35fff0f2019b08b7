package com.channelhub.sync;

import java.time.Instant;
import java.util.UUID;

/** A sync run with its progress counters and outcome. */
public record SyncRunView(UUID id, UUID integrationId, SyncRunKind kind, SyncTrigger trigger, SyncRunStatus status,
        Integer totalItems, int processedItems, int failedItems, Instant startedAt, Instant finishedAt,
        String errorSummary) {

    public static SyncRunView of(SyncRun run) {
        return new SyncRunView(run.getId(), run.getIntegrationId(), run.getKind(), run.getTrigger(), run.getStatus(),
                run.getTotalItems(), run.getProcessedItems(), run.getFailedItems(), run.getStartedAt(),
                run.getFinishedAt(), run.getErrorSummary());
    }
}
