package com.channelhub.console;

import java.text.ParseException;
import java.time.Instant;
import java.util.Date;

import com.channelhub.integration.SyncSettings;
import org.quartz.CronExpression;

/** The next scheduled sync as the console words it, from an integration's sync settings. */
final class SyncSchedule {

    private SyncSchedule() {
    }

    static String describe(SyncSettings settings, ConsoleFormat format, Instant now) {
        if (settings == null || !settings.enabled()) {
            return "Off: syncs run only when started here or through the API";
        }
        if (settings.cron() != null && !settings.cron().isBlank()) {
            try {
                CronExpression expression = new CronExpression(settings.cron());
                // the console shows times in UTC, and reads cron expressions in UTC too
                expression.setTimeZone(java.util.TimeZone.getTimeZone(java.time.ZoneOffset.UTC));
                Date next = expression.getNextValidTimeAfter(Date.from(now));
                return "Cron " + settings.cron() + (next == null ? "" : ", next " + format.when(next.toInstant()));
            } catch (ParseException e) {
                return "Cron " + settings.cron() + " (not a valid expression)";
            }
        }
        int minutes = settings.intervalMinutes() == null ? SyncSettings.DEFAULT_INTERVAL_MINUTES : settings.intervalMinutes();
        return "Every " + minutes + " min";
    }
}
