package com.channelhub.sync;

import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which hub instances are alive, as the clustered Quartz job store knows them: every instance checks in to
 * {@code qrtz_scheduler_state} under its scheduler instance id, and when one stops checking in, another recovers
 * its triggers and deletes its row (Quartz {@code JobStoreSupport.clusterRecover}). A sync run records the id of
 * the instance that runs it, so a run whose instance is gone can be told from one still in progress.
 */
@Component
public class HubInstances {

    private final JdbcTemplate jdbc;
    private final String schedulerName;
    private final String self;

    public HubInstances(JdbcTemplate jdbc, Scheduler scheduler) throws SchedulerException {
        this.jdbc = jdbc;
        this.schedulerName = scheduler.getSchedulerName();
        this.self = scheduler.getSchedulerInstanceId();
    }

    /** This instance's id, as it appears in the Quartz cluster. */
    public String self() {
        return self;
    }

    /** Whether the instance is this one or still checks in to the cluster. */
    public boolean isAlive(String instanceId) {
        if (self.equals(instanceId)) {
            return true;
        }
        Integer rows = jdbc.queryForObject(
                "select count(*) from qrtz_scheduler_state where sched_name = ? and instance_name = ?",
                Integer.class, schedulerName, instanceId);
        return rows != null && rows > 0;
    }
}
