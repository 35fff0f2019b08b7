package com.channelhub.sandbox.amazon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/**
 * Faults set through the control API: the next {@code count} calls to an operation (optionally of one seller) get
 * the fault instead of, or on top of, the normal answer. The LWA token endpoint's operation name is
 * {@value #LWA_OPERATION}.
 */
@Component
@ConditionalOnAmazonSandbox
class FaultInjector {

    static final String LWA_OPERATION = "lwaToken";

    private final List<Fault> faults = new ArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    /**
     * A planned fault.
     *
     * @param id          its id, to delete it
     * @param operation   an operation id ({@code getListingsItem}) or {@value #LWA_OPERATION}
     * @param sellerId    only calls for this seller, or null for any
     * @param kind        what happens
     * @param remaining   how many more calls it hits
     * @param delayMillis the wait of a DELAY fault
     */
    record Fault(long id, String operation, String sellerId, FaultKind kind, AtomicInteger remaining,
            long delayMillis) {
    }

    synchronized Fault add(String operation, String sellerId, FaultKind kind, int count, long delayMillis) {
        Fault fault = new Fault(ids.incrementAndGet(), operation, sellerId, kind, new AtomicInteger(count),
                delayMillis);
        faults.add(fault);
        return fault;
    }

    /** Consumes one hit of the oldest fault planned for this call, if any. */
    synchronized Optional<Fault> next(String operation, String sellerId) {
        for (Fault fault : faults) {
            if (fault.operation().equalsIgnoreCase(operation)
                    && (fault.sellerId() == null || fault.sellerId().equals(sellerId))) {
                if (fault.remaining().decrementAndGet() <= 0) {
                    faults.remove(fault);
                }
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    synchronized List<Fault> list() {
        return List.copyOf(faults);
    }

    synchronized void clear(String sellerId) {
        faults.removeIf(fault -> sellerId == null || sellerId.equals(fault.sellerId()));
    }

    /** Holds the request for a DELAY fault: the client under test is meant to time out meanwhile. */
    static void pause(Fault fault) {
        try {
            Thread.sleep(fault.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
