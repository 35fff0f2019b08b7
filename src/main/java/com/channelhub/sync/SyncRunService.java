package com.channelhub.sync;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.channelhub.integration.IntegrationRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Starting, advancing and finishing sync runs, and reading their history. */
@Service
public class SyncRunService {

    private final SyncRunRepository runs;
    private final IntegrationRepository integrations;
    private final Clock clock;
    private final String instanceId;

    public SyncRunService(SyncRunRepository runs, IntegrationRepository integrations, Clock clock) {
        this.runs = runs;
        this.integrations = integrations;
        this.clock = clock;
        this.instanceId = ProcessHandle.current().pid() + "@" + hostName();
    }

    @Transactional
    public SyncRun start(UUID integrationId, SyncRunKind kind, SyncTrigger trigger) {
        return runs.save(new SyncRun(integrationId, kind, trigger, null, instanceId, clock.instant()));
    }

    /**
     * Starts a run unless one of the same kind is RUNNING for the integration: the integration's row lock makes
     * the check and the insert one step, also across hub instances.
     */
    @Transactional
    public SyncRun startExclusive(UUID integrationId, SyncRunKind kind, SyncTrigger trigger, String mode) {
        integrations.lockById(integrationId).orElseThrow(() -> ApiProblem.notFound("No integration " + integrationId + "."));
        Optional<SyncRun> running = runs.findFirstByIntegrationIdAndKindAndStatus(integrationId, kind, SyncRunStatus.RUNNING);
        if (running.isPresent()) {
            throw new SyncAlreadyRunningException(running.get().getId());
        }
        return runs.save(new SyncRun(integrationId, kind, trigger, mode, instanceId, clock.instant()));
    }

    @Transactional
    public void progress(UUID runId, Integer total, int processed, int failed) {
        runs.findById(runId).ifPresent(run -> run.progress(total, processed, failed));
    }

    /** Adds to the counters; answers whether a cancel was requested (honoured at the next page). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean count(UUID runId, int processed, int failed) {
        SyncRun run = runs.findById(runId).orElseThrow();
        run.countProgress(processed, failed);
        return run.isCancelRequested();
    }

    /** Adds to the detail-refresh counters (one listing at a time: a refresh makes few, paced calls). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void countDetails(UUID runId, int refreshed, int failed) {
        runs.findById(runId).ifPresent(run -> run.countDetails(refreshed, failed));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void expect(UUID runId, Integer total) {
        runs.findById(runId).ifPresent(run -> run.expect(total));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(UUID runId, SyncRunStatus outcome, String errorSummary) {
        runs.findById(runId).filter(run -> run.getStatus() == SyncRunStatus.RUNNING)
                .ifPresent(run -> run.finish(outcome, errorSummary, clock.instant()));
    }

    @Transactional
    public SyncRunView cancel(UUID integrationId, UUID runId) {
        SyncRun run = runs.findById(runId).filter(r -> r.getIntegrationId().equals(integrationId))
                .orElseThrow(() -> ApiProblem.notFound("No sync run " + runId + " for integration " + integrationId + "."));
        if (run.getStatus() != SyncRunStatus.RUNNING) {
            throw ApiProblem.conflict("Sync run " + runId + " already ended (" + run.getStatus() + ").");
        }
        run.requestCancel();
        return SyncRunView.of(run);
    }

    @Transactional(readOnly = true)
    public Optional<SyncRun> find(UUID runId) {
        return runs.findById(runId);
    }

    @Transactional(readOnly = true)
    public Page<SyncRunView> history(UUID integrationId, int page, int size) {
        return runs.findByIntegrationIdOrderByStartedAtDescIdDesc(integrationId, PageRequest.of(page, size))
                .map(SyncRunView::of);
    }

    public String instanceId() {
        return instanceId;
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return "unknown-host";
        }
    }
}
