package com.channelhub.sync;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.IntegrationView;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.integration.SyncSettings;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Each integration's sync settings as a Quartz trigger in the clustered job store: present while the integration is
 * CONNECTED with syncing enabled, changed when its interval or cron changes, removed otherwise (disconnected,
 * uninstalled, needing re-authorization). {@link #apply} runs on every settings change through the API and
 * {@link #reconcileAll} on a schedule, which catches the status changes made elsewhere (a revoked grant, an
 * uninstall webhook).
 * <p>
 * Late and missed periods (docs/multiple-instances.md): a period less than the job store's misfire threshold late
 * (60 s; e.g. while the cluster notices a dead instance and takes its triggers over) still fires, late, once. A
 * trigger later than that has misfired: it fires once as soon as possible and then keeps its period; those missed
 * periods are not replayed, since one incremental pull catches up on all of them.
 */
@Service
public class SyncSchedules {

    static final String GROUP = "product-pull";
    private static final Logger LOG = LoggerFactory.getLogger(SyncSchedules.class);

    private final Scheduler scheduler;
    private final IntegrationRepository integrations;
    private final SyncLauncher launcher;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    public SyncSchedules(Scheduler scheduler, IntegrationRepository integrations, SyncLauncher launcher,
            org.springframework.transaction.support.TransactionTemplate transactions) {
        this.scheduler = scheduler;
        this.integrations = integrations;
        this.launcher = launcher;
        this.transactions = transactions;
    }

    /** What the schedule of an integration is now, as the scheduler holds it (for the API and the console). */
    public IntegrationView.NextSync describe(UUID integrationId) {
        try {
            Trigger trigger = scheduler.getTrigger(triggerKey(integrationId));
            if (trigger == null) {
                return new IntegrationView.NextSync(false, null, "not scheduled");
            }
            Date next = trigger.getNextFireTime();
            return new IntegrationView.NextSync(true, next == null ? null : next.toInstant(), trigger.getDescription());
        } catch (SchedulerException e) {
            throw new IllegalStateException("the schedule of integration " + integrationId + " could not be read", e);
        }
    }

    /**
     * Creates, changes or removes the integration's trigger to match its status and settings. Quartz's job store
     * takes part in the application's transactions: its changes (and the cluster lock it takes) belong in one.
     * One at a time in this instance: the after-commit listener and a caller following the same change (the
     * console) would otherwise both find no trigger and both create it, and the second would fail.
     */
    public synchronized void apply(PlatformIntegration integration) {
        transactions.executeWithoutResult(status -> applyInTransaction(integration));
    }

    private void applyInTransaction(PlatformIntegration integration) {
        try {
            TriggerKey key = triggerKey(integration.getId());
            Optional<Trigger> wanted = wantedTrigger(integration);
            Trigger existing = scheduler.getTrigger(key);
            if (wanted.isEmpty()) {
                if (existing != null) {
                    scheduler.deleteJob(jobKey(integration.getId()));
                    LOG.info("Sync schedule of integration {} removed", integration.getId());
                }
                return;
            }
            if (existing != null && existing.getDescription().equals(wanted.get().getDescription())) {
                return;
            }
            if (existing != null) {
                // Quartz cannot turn a simple trigger into a cron one in place (its extension row would be lost)
                scheduler.deleteJob(jobKey(integration.getId()));
            }
            JobDetail job = JobBuilder.newJob(ScheduledProductPull.class).withIdentity(jobKey(integration.getId()))
                    .usingJobData(ScheduledProductPull.INTEGRATION_ID, integration.getId().toString())
                    .requestRecovery(false).storeDurably(false).build();
            scheduler.scheduleJob(job, Set.of(wanted.get()), false);
            LOG.info("Sync schedule of integration {}: {}", integration.getId(), wanted.get().getDescription());
        } catch (SchedulerException e) {
            throw new IllegalStateException("the schedule of integration " + integration.getId() + " could not be set", e);
        }
    }

    /**
     * After the change is committed, the integration's trigger follows it — on another thread, in a transaction of
     * its own: Quartz's job store writes through the application's DataSource, and the committing thread still holds
     * the finished transaction's connection while after-commit listeners run.
     */
    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    @org.springframework.scheduling.annotation.Async
    public void onIntegrationChanged(com.channelhub.integration.IntegrationChanged event) {
        follow(event.integrationId());
    }

    /**
     * Brings one integration's trigger in line with its committed state now, for a page that shows the schedule
     * right after changing it; the after-commit listener then finds nothing left to do. Reading and applying under
     * one lock, the later of the two reads the latest state.
     */
    public synchronized void follow(UUID integrationId) {
        integrations.findById(integrationId).ifPresent(this::apply);
    }

    /** Brings every trigger in line with the integrations; removes triggers of integrations that no longer exist. */
    public int reconcileAll() {
        List<PlatformIntegration> all = integrations.findAll();
        all.forEach(this::apply);
        return transactions.execute(status -> removeOrphans(all));
    }

    private int removeOrphans(List<PlatformIntegration> all) {
        try {
            Set<String> known = all.stream().map(i -> i.getId().toString()).collect(Collectors.toSet());
            int removed = 0;
            for (JobKey job : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
                if (!known.contains(job.getName())) {
                    scheduler.deleteJob(job);
                    removed++;
                }
            }
            return removed;
        } catch (SchedulerException e) {
            throw new IllegalStateException("sync schedules could not be reconciled", e);
        }
    }

    /** The trigger fired: pull, unless the integration stopped qualifying since (then its trigger goes). */
    void fire(UUID integrationId) {
        Optional<PlatformIntegration> integration = integrations.findById(integrationId);
        if (integration.isEmpty() || wantedTrigger(integration.get()).isEmpty()) {
            integration.ifPresentOrElse(this::apply, () -> transactions.executeWithoutResult(status -> {
                try {
                    scheduler.deleteJob(jobKey(integrationId));
                } catch (SchedulerException e) {
                    LOG.warn("Schedule of removed integration {} could not be deleted", integrationId, e);
                }
            }));
            return;
        }
        SyncLauncher.PullMode mode = integration.get().getSyncCursor() != null
                ? SyncLauncher.PullMode.INCREMENTAL : SyncLauncher.PullMode.FULL;
        launcher.launchProductPull(integrationId, SyncTrigger.SCHEDULE, mode);
    }

    private static Optional<Trigger> wantedTrigger(PlatformIntegration integration) {
        SyncSettings settings = integration.getSyncSettings();
        if (integration.getStatus() != IntegrationStatus.CONNECTED || !settings.enabled()) {
            return Optional.empty();
        }
        TriggerBuilder<Trigger> builder = TriggerBuilder.newTrigger().withIdentity(triggerKey(integration.getId()))
                .forJob(jobKey(integration.getId()));
        if (settings.cron() != null) {
            return Optional.of(builder.withDescription("cron " + settings.cron())
                    .withSchedule(CronScheduleBuilder.cronSchedule(settings.cron())
                            .withMisfireHandlingInstructionFireAndProceed())
                    .build());
        }
        int minutes = settings.intervalMinutes() == null ? SyncSettings.DEFAULT_INTERVAL_MINUTES : settings.intervalMinutes();
        return Optional.of(builder.withDescription("every " + minutes + " min")
                .startAt(Date.from(Instant.now().plusSeconds(minutes * 60L)))
                .withSchedule(SimpleScheduleBuilder.repeatMinutelyForever(minutes)
                        .withMisfireHandlingInstructionNowWithExistingCount())
                .build());
    }

    static JobKey jobKey(UUID integrationId) {
        return JobKey.jobKey(integrationId.toString(), GROUP);
    }

    static TriggerKey triggerKey(UUID integrationId) {
        return TriggerKey.triggerKey(integrationId.toString(), GROUP);
    }
}
