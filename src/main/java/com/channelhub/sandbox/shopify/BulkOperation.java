package com.channelhub.sandbox.shopify;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One bulk query of a store and its result file. */
final class BulkOperation {

    final long id;
    final String query;
    final String apiVersion;
    final Instant createdAt;
    final String fileUrl;
    volatile String status = "CREATED";
    volatile String errorCode;
    volatile long objectCount;
    volatile long rootObjectCount;
    volatile Long fileSize;
    volatile Instant completedAt;
    volatile Path file;

    BulkOperation(long id, String query, String apiVersion, Instant createdAt, String fileUrl) {
        this.id = id;
        this.query = query;
        this.apiVersion = apiVersion;
        this.createdAt = createdAt;
        this.fileUrl = fileUrl;
    }

    String gid() {
        return "gid://shopify/BulkOperation/" + id;
    }

    boolean active() {
        return status.equals("CREATED") || status.equals("RUNNING");
    }

    /** The BulkOperation object as GraphQL answers it; the file is offered as url or, after a failure, partialDataUrl. */
    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", gid());
        view.put("status", status);
        view.put("errorCode", errorCode);
        view.put("type", "QUERY");
        view.put("query", query);
        view.put("objectCount", Long.toString(objectCount));
        view.put("rootObjectCount", Long.toString(rootObjectCount));
        view.put("fileSize", fileSize == null ? null : Long.toString(fileSize));
        view.put("url", status.equals("COMPLETED") && objectCount > 0 ? fileUrl : null);
        view.put("partialDataUrl", status.equals("FAILED") && objectCount > 0 ? fileUrl : null);
        view.put("createdAt", CatalogPages.dateTime(createdAt.toEpochMilli()));
        view.put("completedAt", completedAt == null ? null : CatalogPages.dateTime(completedAt.toEpochMilli()));
        return view;
    }
}
