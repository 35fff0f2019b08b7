package com.channelhub.sandbox.amazon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;

/**
 * Feeds API 2021-06-30 for JSON_LISTINGS_FEED: documents, submission, asynchronous processing
 * (IN_QUEUE → IN_PROGRESS → DONE, FATAL or CANCELLED) and the GZIP-compressed processing report.
 */
@Service
@ConditionalOnAmazonSandbox
class FeedService {

    private final AmazonSandboxProperties properties;
    private final SandboxDocuments documents;
    private final ListingsFeedProcessor processor;
    private final SandboxScheduler scheduler;
    private final SandboxCounters counters;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final Map<String, Feed> feeds = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> submissions = new ConcurrentHashMap<>();
    private final AtomicLong feedIds = new AtomicLong(50_000_000_000L);

    /** A submitted feed and the document it processes. */
    private record Feed(ProcessingJob job, String inputFeedDocumentId) {
    }

    FeedService(AmazonSandboxProperties properties, SandboxDocuments documents, ListingsFeedProcessor processor,
            SandboxScheduler scheduler, SandboxCounters counters, ObjectMapper objectMapper, Clock clock) {
        this.properties = properties;
        this.documents = documents;
        this.processor = processor;
        this.scheduler = scheduler;
        this.counters = counters;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    ObjectNode createFeedDocument(SpApiCall call, JsonNode body) {
        String contentType = body == null ? "" : body.path("contentType").asText("");
        if (contentType.isBlank()) {
            throw SpApiException.invalidInput("Missing required parameter 'contentType'.");
        }
        SandboxDocuments.Document document = documents.createUpload(call.seller(), contentType);
        return JsonNodeFactory.instance.objectNode().put("feedDocumentId", document.id())
                .put("url", documents.presignedUrl(document, "PUT"));
    }

    /**
     * Takes one JSON_LISTINGS_FEED submission from the seller's region window, or answers false: Amazon allows 5
     * submissions per 5 minutes per region since May 2025 and answers the excess with 429 QuotaExceeded.
     */
    boolean takeSubmission(SandboxSeller seller) {
        Deque<Instant> window = submissions.computeIfAbsent(seller.sellerId() + '|' + seller.region(),
                key -> new ArrayDeque<>());
        synchronized (window) {
            Instant now = clock.instant();
            while (!window.isEmpty() && !window.peekFirst().isAfter(now.minus(properties.feedSubmissionWindow()))) {
                window.removeFirst();
            }
            if (window.size() >= properties.feedSubmissionsPerWindow()) {
                return false;
            }
            window.addLast(now);
            return true;
        }
    }

    String createFeed(SpApiCall call, JsonNode body) {
        String feedType = body.path("feedType").asText("");
        if (!feedType.equals(SpApiFacts.LISTINGS_FEED) && !SpApiFacts.LEGACY_FEEDS.contains(feedType)) {
            throw SpApiException.invalidInput("Invalid feedType '" + feedType + "'.");
        }
        List<String> marketplaceIds = call.marketplaces(body.path("marketplaceIds"));
        String inputId = body.path("inputFeedDocumentId").asText("");
        documents.find(inputId).filter(document -> document.sellerId().equals(call.seller().sellerId()))
                .orElseThrow(() -> SpApiException.invalidInput("Invalid inputFeedDocumentId '" + inputId + "'."));
        Feed feed = new Feed(new ProcessingJob(Long.toString(feedIds.incrementAndGet()), feedType, marketplaceIds,
                call.seller(), call.outcome(), now()), inputId);
        feeds.put(feed.job().id(), feed);
        counters.increment(call.seller().sellerId(), SandboxCounters.FEEDS_SUBMITTED, feedType);
        scheduler.later(properties.feedQueueDelay(), () -> {
            if (feed.job().start(now())) {
                scheduler.later(properties.feedProcessingDelay(), () -> finish(feed));
            }
        });
        return feed.job().id();
    }

    private void finish(Feed feed) {
        ProcessingJob job = feed.job();
        if (job.outcome() == FaultKind.CANCELLED) {
            job.end(ProcessingJob.CANCELLED, null, now());
        } else if (job.outcome() == FaultKind.FATAL || !job.type().equals(SpApiFacts.LISTINGS_FEED)) {
            job.end(ProcessingJob.FATAL, null, now()); // legacy XML and flat-file feeds end FATAL since 31 Jul 2025
        } else {
            byte[] content = documents.find(feed.inputFeedDocumentId()).map(SandboxDocuments.Document::content)
                    .orElse(null);
            ListingsFeedProcessor.Outcome outcome = content == null
                    ? processor.notUploaded(job.seller(), job.id())
                    : processor.process(job.seller(), job.id(), content, job.outcome() != FaultKind.DONE_NOT_APPLIED);
            String reportId = documents.store(job.seller().sellerId(), "application/json", json(outcome.report()), true)
                    .id();
            job.end(outcome.fatal() ? ProcessingJob.FATAL : ProcessingJob.DONE, reportId, now());
        }
    }

    ObjectNode getFeed(SpApiCall call, String feedId) {
        return find(call, feedId).job().json("feed", "resultFeedDocumentId");
    }

    /** Only a feed still IN_QUEUE can be cancelled. */
    void cancelFeed(SpApiCall call, String feedId) {
        ProcessingJob job = find(call, feedId).job();
        if (!job.cancel(now())) {
            throw SpApiException.invalidInput("The feed cannot be cancelled: its processingStatus is "
                    + job.status() + " (only IN_QUEUE feeds can be).");
        }
    }

    ObjectNode getFeedDocument(SpApiCall call, String feedDocumentId) {
        SandboxDocuments.Document document = documents.find(feedDocumentId)
                .filter(doc -> doc.sellerId().equals(call.seller().sellerId()) && doc.content() != null)
                .orElseThrow(() -> SpApiException.notFound("Feed document '" + feedDocumentId + "' not found."));
        return documents.info(document, "feedDocumentId");
    }

    private Feed find(SpApiCall call, String feedId) {
        Feed feed = feeds.get(feedId);
        if (feed == null || feed.job().seller() != call.seller()) {
            throw SpApiException.notFound("Feed '" + feedId + "' not found.");
        }
        return feed;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private byte[] json(JsonNode node) {
        try {
            return objectMapper.writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
