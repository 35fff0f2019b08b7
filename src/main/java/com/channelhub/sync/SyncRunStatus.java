package com.channelhub.sync;

public enum SyncRunStatus {
    RUNNING, SUCCEEDED, PARTIAL, FAILED;

    public boolean finished() {
        return this != RUNNING;
    }
}
