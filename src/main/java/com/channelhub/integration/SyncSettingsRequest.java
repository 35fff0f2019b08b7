package com.channelhub.integration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * Schedule settings: {@code intervalMinutes} or a Quartz {@code cron} expression (not both); omitted fields keep
 * their current value.
 */
public record SyncSettingsRequest(
        Boolean enabled,
        @Min(5) @Max(10080) Integer intervalMinutes,
        @Size(max = 120) String cron) {
}
