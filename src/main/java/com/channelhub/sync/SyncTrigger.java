package com.channelhub.sync;

public enum SyncTrigger {
    MANUAL, SCHEDULE, WEBHOOK, INSTALL
}
