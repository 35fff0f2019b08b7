package com.channelhub.connector.amazon.client;

/** Waits; tests substitute one that records instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

    Sleeper THREAD = millis -> {
        if (millis > 0) {
            Thread.sleep(millis);
        }
    };

    void sleep(long millis) throws InterruptedException;
}
