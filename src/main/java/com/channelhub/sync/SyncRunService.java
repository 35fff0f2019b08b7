package com.channelhub.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.channelhub.integration.IntegrationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Starting, advancing and finishing sync runs, and reading their history. */
@Service
public class SyncRunService {

    private static final Logger LOG = LoggerFactory.getLogger(SyncRunService.class);
    /** Longer than an instance takes from starting a run to checking in to the Quartz cluster. */
    static final Duration ORPHAN_MIN_AGE = Duration.ofMinutes(2);

    private final SyncRunRepository runs;
    private final IntegrationRepository integrations;
    private final HubInstances instances;
    private final Clock clock;
    private final String instanceId;

    public SyncRunService(SyncRunRepository runs, IntegrationRepository integrations, HubInstances instances,
            Clock clock) {
        this.runs = runs;
        this.integrations = integrations;
        this.instances = instances;
        this.clock = clock;
        this.instanceId = instances.self();
    }

    /** Starts a run; RUNNING runs of the same kind left by an instance that died are closed first. */
    @Transactional
    public SyncRun start(UUID integrationId, SyncRunKind kind, SyncTrigger trigger) {
        runs.findByIntegrationIdAndKindAndStatus(integrationId, kind, SyncRunStatus.RUNNING).stream()
                .filter(run -> !instances.isAlive(run.getInstanceId())).forEach(this::closeOrphan);
        return runs.save(new SyncRun(integrationId, kind, trigger, null, instanceId, clock.instant()));
    }

    /**
     * Starts a run unless one of the same kind is RUNNING for the integration: the integration's row lock makes
     * the check and the insert one step, also across hub instances. A RUNNING run of an instance that died (killed,
     * crashed) would block the integration's pulls for good: it is closed as FAILED and the new run starts.
     */
    @Transactional
    public SyncRun startExclusive(UUID integrationId, SyncRunKind kind, SyncTrigger trigger, String mode) {
        integrations.lockById(integrationId).orElseThrow(() -> ApiProblem.notFound("No integration " + integrationId + "."));
        Optional<SyncRun> running = runs.findFirstByIntegrationIdAndKindAndStatus(integrationId, kind, SyncRunStatus.RUNNING);
        if (running.isPresent() && !instances.isAlive(running.get().getInstanceId())) {
            closeOrphan(running.get());
        } else if (running.isPresent()) {
            throw new SyncAlreadyRunningException(running.get().getId());
        }
        return runs.save(new SyncRun(integrationId, kind, trigger, mode, instanceId, clock.instant()));
    }

    /**
     * Closes the runs left RUNNING by instances that are gone, of every kind and integration: a run is otherwise
     * closed only when the next run of its kind starts, which for a price or inventory push may be days away.
     * Runs younger than {@link #ORPHAN_MIN_AGE} are left alone, so an instance still joining the cluster is not
     * taken for a dead one. Answers how many were closed.
     */
    @Transactional
    public int closeOrphans() {
        // one look at the cluster per instance, however many runs it left
        Map<String, Boolean> alive = new HashMap<>();
        List<SyncRun> orphans = runs.findByStatusAndStartedAtBefore(SyncRunStatus.RUNNING,
                clock.instant().minus(ORPHAN_MIN_AGE)).stream()
                .filter(run -> run.getInstanceId() != null
                        && !alive.computeIfAbsent(run.getInstanceId(), instances::isAlive))
                .toList();
        orphans.forEach(this::closeOrphan);
        return orphans.size();
    }

    private void closeOrphan(SyncRun run) {
        LOG.warn("Sync run {} of integration {} was left RUNNING by hub instance {}, which is gone; closed as FAILED",
                run.getId(), run.getIntegrationId(), run.getInstanceId());
        run.finish(SyncRunStatus.FAILED, "The hub instance running it (" + run.getInstanceId()
                + ") stopped before the run finished", clock.instant());
        runs.flush();
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
}
