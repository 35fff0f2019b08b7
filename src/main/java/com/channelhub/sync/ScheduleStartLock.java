package com.channelhub.sync;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.OnCamelContextStarted;
import org.apache.camel.spi.OnCamelContextStarting;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * One hub instance at a time starts its routes on a shared PostgreSQL database. camel-quartz stores a schedule
 * route's job as the route starts, looking for it first and inserting it then: two instances starting at the same
 * moment on a fresh database would both insert the hub-wide jobs, and the loser's start would fail on a duplicate
 * key in {@code qrtz_job_details}. Holding a PostgreSQL advisory lock while the Camel context starts its routes
 * makes the later instance find the jobs stored. The lock is held on a connection of its own, outside the pool, so
 * closing it releases the lock whatever happens. The embedded H2 database serves one instance: no lock there.
 */
@Component
public class ScheduleStartLock implements OnCamelContextStarting, OnCamelContextStarted {

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleStartLock.class);
    /** The advisory lock's key, the same for every hub instance ("CHHUBSL" in ASCII). */
    static final long KEY = 0x43484855425358L;
    /** Far longer than a start takes; an instance hung in its start must not stop the others for good. */
    static final Duration MAX_WAIT = Duration.ofMinutes(2);

    private final DataSourceProperties database;
    private Connection held;

    public ScheduleStartLock(DataSourceProperties database) {
        this.database = database;
    }

    @Override
    public synchronized void onContextStarting(CamelContext context) {
        String url = database.determineUrl();
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        try {
            Connection connection = DriverManager.getConnection(url, database.determineUsername(),
                    database.determinePassword());
            boolean locked = false;
            try {
                locked = acquire(connection);
            } finally {
                if (!locked) {
                    connection.close();
                }
            }
            if (locked) {
                held = connection;
                LOG.debug("Routes start under the start-up lock");
            } else {
                LOG.warn("Another hub instance held the start-up lock for {}; starting the routes without it",
                        MAX_WAIT);
            }
        } catch (SQLException e) {
            LOG.warn("Starting the routes without the start-up lock: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void onContextStarted(CamelContext context) {
        if (held == null) {
            return;
        }
        try {
            held.close();
            LOG.debug("Routes started; start-up lock released");
        } catch (SQLException e) {
            LOG.warn("The start-up lock's connection could not be closed: {}", e.getMessage());
        } finally {
            held = null;
        }
    }

    /** Polls for the lock rather than blocking, so the wait is bounded without changing the session's settings. */
    private static boolean acquire(Connection connection) throws SQLException {
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        try (PreparedStatement tryLock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            tryLock.setLong(1, KEY);
            while (true) {
                try (ResultSet result = tryLock.executeQuery()) {
                    if (result.next() && result.getBoolean(1)) {
                        return true;
                    }
                }
                if (System.nanoTime() > deadline) {
                    return false;
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
    }
}
