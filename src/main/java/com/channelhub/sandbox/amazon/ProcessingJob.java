package com.channelhub.sandbox.amazon;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A feed or a report on its way from IN_QUEUE through IN_PROGRESS to DONE, FATAL or CANCELLED (Feeds and Reports
 * API 2021-06-30 share these statuses and fields).
 */
final class ProcessingJob {

    static final String IN_QUEUE = "IN_QUEUE";
    static final String IN_PROGRESS = "IN_PROGRESS";
    static final String DONE = "DONE";
    static final String FATAL = "FATAL";
    static final String CANCELLED = "CANCELLED";

    private final String id;
    private final String type;
    private final List<String> marketplaceIds;
    private final SandboxSeller seller;
    private final FaultKind outcome;
    private final Instant createdTime;
    private String status = IN_QUEUE;
    private Instant startTime;
    private Instant endTime;
    private String documentId;

    /**
     * @param outcome the fault planned for its end (FATAL, CANCELLED, …), or null
     */
    ProcessingJob(String id, String type, List<String> marketplaceIds, SandboxSeller seller, FaultKind outcome,
            Instant createdTime) {
        this.id = id;
        this.type = type;
        this.marketplaceIds = List.copyOf(marketplaceIds);
        this.seller = seller;
        this.outcome = outcome;
        this.createdTime = createdTime;
    }

    String id() {
        return id;
    }

    String type() {
        return type;
    }

    SandboxSeller seller() {
        return seller;
    }

    FaultKind outcome() {
        return outcome;
    }

    /** Leaves the queue; false when it was cancelled meanwhile. */
    synchronized boolean start(Instant now) {
        if (!status.equals(IN_QUEUE)) {
            return false;
        }
        status = IN_PROGRESS;
        startTime = now;
        return true;
    }

    /** Cancels it while it is still queued; false otherwise. */
    synchronized boolean cancel(Instant now) {
        if (!status.equals(IN_QUEUE)) {
            return false;
        }
        end(CANCELLED, null, now);
        return true;
    }

    synchronized void end(String endStatus, String resultDocumentId, Instant now) {
        documentId = resultDocumentId;
        endTime = now;
        status = endStatus;
    }

    synchronized String status() {
        return status;
    }

    /**
     * As getFeed or getReport show it.
     *
     * @param name "feed" or "report": the JSON names are {@code feedId}, {@code feedType} and so on
     * @param documentField {@code resultFeedDocumentId} or {@code reportDocumentId}
     */
    synchronized ObjectNode json(String name, String documentField) {
        ObjectNode json = JsonNodeFactory.instance.objectNode().put(name + "Id", id).put(name + "Type", type);
        marketplaceIds.forEach(json.putArray("marketplaceIds")::add);
        json.put("createdTime", createdTime.toString()).put("processingStatus", status);
        if (startTime != null) {
            json.put("processingStartTime", startTime.toString());
        }
        if (endTime != null) {
            json.put("processingEndTime", endTime.toString());
        }
        if (documentId != null) {
            json.put(documentField, documentId);
        }
        return json;
    }
}
