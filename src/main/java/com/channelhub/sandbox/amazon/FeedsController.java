package com.channelhub.sandbox.amazon;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Feeds API 2021-06-30. */
@RestController
@ConditionalOnAmazonSandbox
@RequestMapping(path = AmazonSandboxPaths.SP_API + "/feeds/2021-06-30", produces = MediaType.APPLICATION_JSON_VALUE)
class FeedsController {

    private final SpApiGate gate;
    private final FeedService feeds;

    FeedsController(SpApiGate gate, FeedService feeds) {
        this.gate = gate;
        this.feeds = feeds;
    }

    @PostMapping(path = "/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ObjectNode createFeedDocument(@PathVariable String region, @RequestBody JsonNode body,
            HttpServletRequest request, HttpServletResponse response) {
        return feeds.createFeedDocument(gate.admit(region, SpApiOperation.CREATE_FEED_DOCUMENT, null, request,
                response), body);
    }

    @PostMapping(path = "/feeds", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    ObjectNode createFeed(@PathVariable String region, @RequestBody JsonNode body, HttpServletRequest request,
            HttpServletResponse response) {
        boolean listingsFeed = SpApiFacts.LISTINGS_FEED.equals(body.path("feedType").asText());
        SpApiCall call = gate.admit(region, SpApiOperation.CREATE_FEED, null, request, response,
                seller -> !listingsFeed || feeds.takeSubmission(seller));
        return JsonNodeFactory.instance.objectNode().put("feedId", feeds.createFeed(call, body));
    }

    @GetMapping("/feeds/{feedId}")
    ObjectNode getFeed(@PathVariable String region, @PathVariable String feedId, HttpServletRequest request,
            HttpServletResponse response) {
        return feeds.getFeed(gate.admit(region, SpApiOperation.GET_FEED, null, request, response), feedId);
    }

    @DeleteMapping("/feeds/{feedId}")
    void cancelFeed(@PathVariable String region, @PathVariable String feedId, HttpServletRequest request,
            HttpServletResponse response) {
        feeds.cancelFeed(gate.admit(region, SpApiOperation.CANCEL_FEED, null, request, response), feedId);
    }

    @GetMapping("/documents/{feedDocumentId}")
    ObjectNode getFeedDocument(@PathVariable String region, @PathVariable String feedDocumentId,
            HttpServletRequest request, HttpServletResponse response) {
        return feeds.getFeedDocument(gate.admit(region, SpApiOperation.GET_FEED_DOCUMENT, null, request, response),
                feedDocumentId);
    }
}
