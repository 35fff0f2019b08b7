package com.channelhub.sync;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting, advancing and finishing sync runs, and reading their history. */
@Service
public class SyncRunService {

    private final SyncRunRepository runs;
    private final Clock clock;

    public SyncRunService(SyncRunRepository runs, Clock clock) {
        this.runs = runs;
        this.clock = clock;
    }

    @Transactional
    public SyncRun start(UUID integrationId, SyncRunKind kind, SyncTrigger trigger) {
        return runs.save(new SyncRun(integrationId, kind, trigger, clock.instant()));
    }

    @Transactional
    public void progress(UUID runId, Integer total, int processed, int failed) {
        runs.findById(runId).ifPresent(run -> run.progress(total, processed, failed));
    }

    @Transactional
    public void finish(UUID runId, SyncRunStatus outcome, String errorSummary) {
        runs.findById(runId).ifPresent(run -> run.finish(outcome, errorSummary, clock.instant()));
    }

    @Transactional(readOnly = true)
    public Page<SyncRunView> history(UUID integrationId, int page, int size) {
        return runs.findByIntegrationIdOrderByStartedAtDescIdDesc(integrationId, PageRequest.of(page, size))
                .map(SyncRunView::of);
    }
}
