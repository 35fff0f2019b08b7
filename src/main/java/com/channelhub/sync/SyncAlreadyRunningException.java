package com.channelhub.sync;

import java.util.UUID;

import com.channelhub.api.ApiProblem;

/** A second sync of the same kind for an integration while one is RUNNING: 409 naming the running one. */
public class SyncAlreadyRunningException extends ApiProblem {

    private final UUID runningRunId;

    public SyncAlreadyRunningException(UUID runningRunId) {
        super(409, "Conflict", "A sync of this integration is already running (run " + runningRunId
                + "); wait for it to end or cancel it.", null);
        this.runningRunId = runningRunId;
    }

    public UUID runningRunId() {
        return runningRunId;
    }
}
