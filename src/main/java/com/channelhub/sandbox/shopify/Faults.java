package com.channelhub.sandbox.shopify;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;

/**
 * Faults injected through the control API: each one applies to the next N Admin API or token requests of a store,
 * in the order they were added.
 */
final class Faults {

    enum Type {
        /** answers with a 5xx status (503 unless another is given) */
        SERVER_ERROR,
        /** waits before answering normally */
        SLOW,
        /** answers 200 with a body that is not valid JSON */
        MALFORMED_JSON,
        /** answers 401 as for a revoked token */
        UNAUTHORIZED,
        /** the next bulk operations fail halfway, leaving a partial file */
        BULK_FAILURE;

        static Type parse(String value) {
            try {
                return valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new ControlException("Unknown fault type '" + value
                        + "': use server_error, slow, malformed_json, unauthorized or bulk_failure.");
            }
        }
    }

    record Fault(Type type, int status, long delayMillis) {
    }

    private record Pending(Fault fault, int[] remaining) {
    }

    private final Deque<Pending> pending = new ArrayDeque<>();

    synchronized void add(Fault fault, int count) {
        pending.add(new Pending(fault, new int[] {count}));
    }

    synchronized void clear() {
        pending.clear();
    }

    /** Consumes and returns the fault for the next request, if any (bulk failures are not request faults). */
    synchronized Fault nextRequestFault() {
        return take(false);
    }

    synchronized boolean takeBulkFailure() {
        return take(true) != null;
    }

    synchronized List<Fault> pendingFaults() {
        return pending.stream().map(Pending::fault).toList();
    }

    private Fault take(boolean bulk) {
        for (Pending p : pending) {
            if ((p.fault().type() == Type.BULK_FAILURE) == bulk) {
                if (--p.remaining()[0] <= 0) {
                    pending.remove(p);
                }
                return p.fault();
            }
        }
        return null;
    }
}
