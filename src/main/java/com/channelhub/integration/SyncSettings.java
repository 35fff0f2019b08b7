package com.channelhub.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * When an integration's catalog is pulled on a schedule: every {@code intervalMinutes}, or by a Quartz
 * {@code cron} expression; never both.
 */
@Embeddable
public record SyncSettings(
        @Column(name = "sync_enabled", nullable = false) boolean enabled,
        @Column(name = "sync_interval_minutes") Integer intervalMinutes,
        @Column(name = "sync_cron") String cron) {

    public static final int DEFAULT_INTERVAL_MINUTES = 60;

    public static SyncSettings defaults() {
        return new SyncSettings(true, DEFAULT_INTERVAL_MINUTES, null);
    }
}
