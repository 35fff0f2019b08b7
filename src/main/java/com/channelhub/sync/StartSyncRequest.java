package com.channelhub.sync;

import jakarta.validation.constraints.Pattern;

/**
 * Body of {@code POST …/integrations/{id}/sync}; both fields optional.
 *
 * @param kind what to sync: {@code products} (the only kind so far)
 * @param mode {@code full} (every product) or {@code incremental} (changed since the last successful pull; the
 *             default when there was one)
 */
public record StartSyncRequest(
        @Pattern(regexp = "products", message = "must be products") String kind,
        @Pattern(regexp = "full|incremental", message = "must be full or incremental") String mode) {

    public SyncLauncher.PullMode pullMode() {
        return mode == null ? null
                : "incremental".equals(mode) ? SyncLauncher.PullMode.INCREMENTAL : SyncLauncher.PullMode.FULL;
    }
}
