package com.channelhub.sandbox.amazon;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;

/**
 * Reports API 2021-06-30 for GET_MERCHANT_LISTINGS_ALL_DATA: IN_QUEUE → IN_PROGRESS → DONE with a document, or
 * CANCELLED (Amazon: also "no data") or FATAL without one; the STUCK fault keeps a report IN_PROGRESS for long, as
 * real reports sometimes stay for half an hour.
 */
@Service
@ConditionalOnAmazonSandbox
class ReportService {

    static final String CONTENT_TYPE = "text/tab-separated-values;charset=UTF-8";

    private final AmazonSandboxProperties properties;
    private final SandboxDocuments documents;
    private final SandboxScheduler scheduler;
    private final Clock clock;
    private final Map<String, ProcessingJob> reports = new ConcurrentHashMap<>();
    private final AtomicLong reportIds = new AtomicLong(60_000_000_000L);

    ReportService(AmazonSandboxProperties properties, SandboxDocuments documents, SandboxScheduler scheduler,
            Clock clock) {
        this.properties = properties;
        this.documents = documents;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    String createReport(SpApiCall call, JsonNode body) {
        String reportType = body.path("reportType").asText("");
        if (!reportType.equals(SpApiFacts.MERCHANT_LISTINGS_REPORT)) {
            throw SpApiException.invalidInput("The sandbox produces only " + SpApiFacts.MERCHANT_LISTINGS_REPORT
                    + " reports, not '" + reportType + "'.");
        }
        List<String> marketplaceIds = call.marketplaces(body.path("marketplaceIds"));
        ProcessingJob report = new ProcessingJob(Long.toString(reportIds.incrementAndGet()), reportType,
                marketplaceIds, call.seller(), call.outcome(), now());
        reports.put(report.id(), report);
        scheduler.later(properties.reportQueueDelay(), () -> {
            report.start(now());
            Duration processing = report.outcome() == FaultKind.STUCK ? properties.reportStuckDuration()
                    : properties.reportProcessingDelay();
            scheduler.later(processing, () -> finish(report));
        });
        return report.id();
    }

    private void finish(ProcessingJob report) {
        if (report.outcome() == FaultKind.CANCELLED || report.outcome() == FaultKind.FATAL) {
            report.end(report.outcome() == FaultKind.CANCELLED ? ProcessingJob.CANCELLED : ProcessingJob.FATAL, null,
                    now());
        } else {
            String documentId = documents.store(report.seller().sellerId(), CONTENT_TYPE,
                    MerchantListingsReport.write(report.seller()), properties.gzipReports()).id();
            report.end(ProcessingJob.DONE, documentId, now());
        }
    }

    ObjectNode getReport(SpApiCall call, String reportId) {
        ProcessingJob report = reports.get(reportId);
        if (report == null || report.seller() != call.seller()) {
            throw SpApiException.notFound("Report '" + reportId + "' not found.");
        }
        return report.json("report", "reportDocumentId");
    }

    ObjectNode getReportDocument(SpApiCall call, String reportDocumentId) {
        SandboxDocuments.Document document = documents.find(reportDocumentId)
                .filter(doc -> doc.sellerId().equals(call.seller().sellerId())
                        && CONTENT_TYPE.equals(doc.contentType()))
                .orElseThrow(() -> SpApiException.notFound("Report document '" + reportDocumentId + "' not found."));
        return documents.info(document, "reportDocumentId");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
