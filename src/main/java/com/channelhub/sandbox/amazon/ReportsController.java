package com.channelhub.sandbox.amazon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Reports API 2021-06-30. */
@RestController
@ConditionalOnAmazonSandbox
@RequestMapping(path = AmazonSandboxPaths.SP_API + "/reports/2021-06-30", produces = MediaType.APPLICATION_JSON_VALUE)
class ReportsController {

    private final SpApiGate gate;
    private final ReportService reports;

    ReportsController(SpApiGate gate, ReportService reports) {
        this.gate = gate;
        this.reports = reports;
    }

    @PostMapping(path = "/reports", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ObjectNode createReport(@PathVariable String region, @RequestBody JsonNode body, HttpServletRequest request,
            HttpServletResponse response) {
        SpApiCall call = gate.admit(region, SpApiOperation.CREATE_REPORT, null, request, response);
        return JsonNodeFactory.instance.objectNode().put("reportId", reports.createReport(call, body));
    }

    @GetMapping("/reports/{reportId}")
    ObjectNode getReport(@PathVariable String region, @PathVariable String reportId, HttpServletRequest request,
            HttpServletResponse response) {
        return reports.getReport(gate.admit(region, SpApiOperation.GET_REPORT, null, request, response), reportId);
    }

    @GetMapping("/documents/{reportDocumentId}")
    ObjectNode getReportDocument(@PathVariable String region, @PathVariable String reportDocumentId,
            HttpServletRequest request, HttpServletResponse response) {
        return reports.getReportDocument(gate.admit(region, SpApiOperation.GET_REPORT_DOCUMENT, null, request,
                response), reportDocumentId);
    }
}
