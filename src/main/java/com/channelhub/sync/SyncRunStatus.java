package com.channelhub.sync;

public enum SyncRunStatus {
    RUNNING, SUCCEEDED, PARTIAL, FAILED, CANCELLED;

    public boolean finished() {
        return this != RUNNING;
    }
}
