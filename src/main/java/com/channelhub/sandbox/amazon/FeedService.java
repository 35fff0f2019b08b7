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

    /** A submitted feed; its processing fields change as it moves on. */
    static final class Feed {
        final String feedId;
        final String feedType;
        final List<String> marketplaceIds;
        final String inputFeedDocumentId;
        final SandboxSeller seller;
        final FaultKind outcome;
        final Instant createdTime;
        volatile String processingStatus = "IN_QUEUE";
        volatile Instant processingStartTime;
        volatile Instant processingEndTime;
        volatile String resultFeedDocumentId;

        Feed(String feedId, String feedType, List<String> marketplaceIds, String inputFeedDocumentId,
                SandboxSeller seller, FaultKind outcome, Instant createdTime) {
            this.feedId = feedId;
            this.feedType = feedType;
            this.marketplaceIds = marketplaceIds;
            this.inputFeedDocumentId = inputFeedDocumentId;
            this.seller = seller;
            this.outcome = outcome;
            this.createdTime = createdTime;
        }
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
        List<String> marketplaceIds = call.marketplaces(objectMapper.convertValue(body.path("marketplaceIds"),
                objectMapper.getTypeFactory().constructCollectionType(List.class, String.class)));
        String inputId = body.path("inputFeedDocumentId").asText("");
        documents.find(inputId).filter(document -> document.sellerId().equals(call.seller().sellerId()))
                .orElseThrow(() -> SpApiException.invalidInput("Invalid inputFeedDocumentId '" + inputId + "'."));
        Feed feed = new Feed(Long.toString(feedIds.incrementAndGet()), feedType, marketplaceIds, inputId,
                call.seller(), call.outcome(), now());
        feeds.put(feed.feedId, feed);
        counters.increment(call.seller().sellerId(), SandboxCounters.FEEDS_SUBMITTED, feedType);
        scheduler.later(properties.feedQueueDelay(), () -> start(feed));
        return feed.feedId;
    }

    private void start(Feed feed) {
        synchronized (feed) {
            if (!feed.processingStatus.equals("IN_QUEUE")) {
                return; // cancelled meanwhile
            }
            feed.processingStatus = "IN_PROGRESS";
            feed.processingStartTime = now();
        }
        scheduler.later(properties.feedProcessingDelay(), () -> finish(feed));
    }

    private void finish(Feed feed) {
        String status;
        if (feed.outcome == FaultKind.CANCELLED) {
            status = "CANCELLED";
        } else if (feed.outcome == FaultKind.FATAL || !feed.feedType.equals(SpApiFacts.LISTINGS_FEED)) {
            status = "FATAL"; // legacy XML and flat-file feeds end FATAL since 31 Jul 2025
        } else {
            byte[] content = documents.find(feed.inputFeedDocumentId).map(SandboxDocuments.Document::content)
                    .orElse(null);
            ListingsFeedProcessor.Outcome outcome = content == null
                    ? processor.notUploaded(feed.seller, feed.feedId)
                    : processor.process(feed.seller, feed.feedId, content, feed.outcome != FaultKind.DONE_NOT_APPLIED);
            feed.resultFeedDocumentId = documents.store(feed.seller.sellerId(), "application/json",
                    json(outcome.report()), true).id();
            status = outcome.fatal() ? "FATAL" : "DONE";
        }
        feed.processingEndTime = now();
        feed.processingStatus = status;
    }

    ObjectNode getFeed(SpApiCall call, String feedId) {
        Feed feed = find(call, feedId);
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("feedId", feed.feedId)
                .put("feedType", feed.feedType);
        feed.marketplaceIds.forEach(answer.putArray("marketplaceIds")::add);
        answer.put("createdTime", feed.createdTime.toString()).put("processingStatus", feed.processingStatus);
        if (feed.processingStartTime != null) {
            answer.put("processingStartTime", feed.processingStartTime.toString());
        }
        if (feed.processingEndTime != null) {
            answer.put("processingEndTime", feed.processingEndTime.toString());
        }
        if (feed.resultFeedDocumentId != null && feed.processingEndTime != null) {
            answer.put("resultFeedDocumentId", feed.resultFeedDocumentId);
        }
        return answer;
    }

    /** Only a feed still IN_QUEUE can be cancelled. */
    void cancelFeed(SpApiCall call, String feedId) {
        Feed feed = find(call, feedId);
        synchronized (feed) {
            if (!feed.processingStatus.equals("IN_QUEUE")) {
                throw SpApiException.invalidInput("The feed cannot be cancelled: its processingStatus is "
                        + feed.processingStatus + " (only IN_QUEUE feeds can be).");
            }
            feed.processingStatus = "CANCELLED";
            feed.processingEndTime = now();
        }
    }

    ObjectNode getFeedDocument(SpApiCall call, String feedDocumentId) {
        SandboxDocuments.Document document = documents.find(feedDocumentId)
                .filter(doc -> doc.sellerId().equals(call.seller().sellerId()) && doc.content() != null)
                .orElseThrow(() -> SpApiException.notFound("Feed document '" + feedDocumentId + "' not found."));
        ObjectNode answer = JsonNodeFactory.instance.objectNode().put("feedDocumentId", document.id())
                .put("url", documents.presignedUrl(document, "GET"));
        if (document.compression() != null) {
            answer.put("compressionAlgorithm", document.compression());
        }
        return answer;
    }

    private Feed find(SpApiCall call, String feedId) {
        Feed feed = feeds.get(feedId);
        if (feed == null || feed.seller != call.seller()) {
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
