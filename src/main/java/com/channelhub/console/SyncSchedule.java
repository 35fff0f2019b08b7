package com.channelhub.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.IntegrationView;
import com.channelhub.integration.SyncSettings;

/**
 * The next scheduled sync as the console words it: the trigger the clustered scheduler holds (the API's
 * {@code nextSync}, from {@code SyncSchedules.describe}), so the page says what will really fire, or why nothing will.
 */
final class SyncSchedule {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SyncSchedule() {
    }

    /** The integration's next sync; its {@code nextSync} must have been read from the scheduler. */
    static String describe(IntegrationView integration, ConsoleFormat format, Instant now) {
        IntegrationView.NextSync next = integration.nextSync();
        if (next != null && next.scheduled()) {
            String trigger = capitalized(next.description());
            return next.nextFireAt() == null ? trigger : trigger + ", next " + when(next.nextFireAt(), format, now);
        }
        if (integration.status() != IntegrationStatus.CONNECTED) {
            return "Off: the integration is not connected";
        }
        SyncSettings settings = integration.sync();
        if (settings == null || !settings.enabled()) {
            return "Off: syncs run only when started here or through the API";
        }
        // on and connected, and still no trigger: the scheduler has not taken the settings up (yet)
        return "Not scheduled yet";
    }

    /** Today's fire time reads as the time alone ("10:45 UTC"); another day's with its date. */
    private static String when(Instant fireAt, ConsoleFormat format, Instant now) {
        boolean today = LocalDate.ofInstant(fireAt, ZoneOffset.UTC).equals(LocalDate.ofInstant(now, ZoneOffset.UTC));
        return today ? TIME.format(fireAt) : format.when(fireAt);
    }

    /** The scheduler's "every 15 min" or "cron 0 0 3 * * ?" starts the sentence. */
    private static String capitalized(String description) {
        if (description == null || description.isEmpty()) {
            return "Scheduled";
        }
        return description.substring(0, 1).toUpperCase(Locale.ROOT) + description.substring(1);
    }
}
