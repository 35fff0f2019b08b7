package com.channelhub.sync;

import java.util.UUID;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Quartz job of an integration's sync schedule: starts an incremental pull (a full one if none succeeded yet).
 * A pull still running from the previous period is left alone; the schedule tries again at its next fire time.
 * Spring's job factory injects the launcher.
 */
@DisallowConcurrentExecution
public class ScheduledProductPull implements Job {

    static final String INTEGRATION_ID = "integrationId";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledProductPull.class);

    private SyncSchedules schedules;

    @org.springframework.beans.factory.annotation.Autowired
    public void setSyncSchedules(SyncSchedules schedules) {
        this.schedules = schedules;
    }

    @Override
    public void execute(JobExecutionContext context) {
        UUID integrationId = UUID.fromString(context.getMergedJobDataMap().getString(INTEGRATION_ID));
        // the period this firing belongs to: with several instances, each period shows up once across their logs
        LOG.info("Sync schedule of integration {} fired for {} (late by {} ms)", integrationId,
                context.getScheduledFireTime().toInstant(),
                context.getFireTime().getTime() - context.getScheduledFireTime().getTime());
        try {
            schedules.fire(integrationId);
        } catch (SyncAlreadyRunningException e) {
            LOG.info("Scheduled pull of integration {} skipped: run {} is still running", integrationId, e.runningRunId());
        }
    }
}
