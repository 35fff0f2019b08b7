package com.channelhub.sandbox.amazon;

import static com.channelhub.sandbox.amazon.AmazonSandboxClient.US;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import com.channelhub.support.HubHttp;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;

@AmazonSandboxIT
class AmazonFeedsIT extends AmazonSellerTestBase {

    private static final String JSON = "application/json; charset=UTF-8";

    @Override
    int skuCount() {
        return 50;
    }

    private String offer(String amount) {
        return "[{\"op\":\"replace\",\"path\":\"/attributes/purchasable_offer\",\"value\":[{\"marketplace_id\":\"" + US
                + "\",\"currency\":\"USD\",\"our_price\":[{\"schedule\":[{\"value_with_tax\":" + amount + "}]}]}]}]";
    }

    private String message(int messageId, String sku, String patches) {
        return "{\"messageId\":" + messageId + ",\"sku\":\"" + sku + "\",\"operationType\":\"PATCH\","
                + "\"productType\":\"PRODUCT\",\"patches\":" + patches + "}";
    }

    private String feed(String sellerInHeader, String... messages) {
        return "{\"header\":{\"sellerId\":\"" + sellerInHeader + "\",\"version\":\"2.0\",\"issueLocale\":\"en_US\"},"
                + "\"messages\":[" + String.join(",", messages) + "]}";
    }

    /** Creates the document, uploads the feed and returns the input document id. */
    private String upload(String document) {
        HubHttp.Response created = amazon.post("/feeds/2021-06-30/documents", token, "{\"contentType\":\"" + JSON + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        HttpResponse<String> put = amazon.upload(created.json().get("url").asText(), JSON, document);
        assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
        return created.json().get("feedDocumentId").asText();
    }

    private HubHttp.Response submit(String feedType, String documentId) {
        return amazon.post("/feeds/2021-06-30/feeds", token, "{\"feedType\":\"" + feedType + "\",\"marketplaceIds\":[\""
                + US + "\"],\"inputFeedDocumentId\":\"" + documentId + "\"}");
    }

    private JsonNode awaitEnd(String feedId) {
        JsonNode[] feed = new JsonNode[1];
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(600)).until(() -> {
            feed[0] = amazon.get("/feeds/2021-06-30/feeds/" + feedId, token).json();
            return Set.of("DONE", "FATAL", "CANCELLED").contains(feed[0].path("processingStatus").asText());
        });
        return feed[0];
    }

    private JsonNode report(JsonNode feed) throws Exception {
        JsonNode info = amazon.get("/feeds/2021-06-30/documents/" + feed.get("resultFeedDocumentId").asText(), token)
                .json();
        assertThat(info.get("compressionAlgorithm").asText()).isEqualTo("GZIP");
        return new ObjectMapper().readTree(amazon.download(info));
    }

    @Test
    void aListingsFeedIsProcessedAndReportsEachMessageInAmazonsSchema() throws Exception {
        String documentId = upload(feed(sellerId,
                message(1, "T-000001", offer("21.50")),
                message(2, "T-000002", "[{\"op\":\"replace\",\"path\":\"/attributes/purchasable_offer\",\"value\":"
                        + "[{\"currency\":\"USD\",\"our_price\":[{\"schedule\":[{\"value_with_tax\":\"cheap\"}]}]}]}]"),
                message(1, "T-000003", offer("30.00"))));

        HubHttp.Response created = submit("JSON_LISTINGS_FEED", documentId);
        assertThat(created.status()).as(created.body()).isEqualTo(202);
        String feedId = created.json().get("feedId").asText();
        assertThat(amazon.get("/feeds/2021-06-30/feeds/" + feedId, token).json().get("processingStatus").asText())
                .isIn("IN_QUEUE", "IN_PROGRESS");

        JsonNode feed = awaitEnd(feedId);
        assertThat(feed.get("processingStatus").asText()).isEqualTo("DONE");
        JsonNode report = report(feed);
        assertThat(validate(report)).isEmpty();
        assertThat(report.at("/header/feedId").asText()).isEqualTo(feedId);
        assertThat(report.at("/summary/messagesProcessed").asInt()).isEqualTo(3);
        assertThat(report.at("/summary/messagesAccepted").asInt()).isEqualTo(1);
        assertThat(report.at("/summary/messagesInvalid").asInt()).isEqualTo(2);
        assertThat(report.get("issues").findValuesAsText("code")).contains("4000001");
        assertThat(report.get("issues").findValuesAsText("sku")).containsExactlyInAnyOrder("T-000002", "T-000003");
        assertThat(amazon.control("/sellers/" + sellerId + "/listings/T-000001").get("price").decimalValue())
                .isEqualByComparingTo("21.50");
        assertThat(amazon.control("/sellers/" + sellerId + "/counters").at("/feedsSubmitted/JSON_LISTINGS_FEED").asInt())
                .isEqualTo(1);
    }

    @Test
    void anUploadWithAnotherContentTypeIsRefusedAsS3Does() {
        HubHttp.Response created = amazon.post("/feeds/2021-06-30/documents", token, "{\"contentType\":\"" + JSON + "\"}");
        HttpResponse<String> put = amazon.upload(created.json().get("url").asText(), "application/json",
                feed(sellerId, message(1, "T-000001", offer("1.00"))));

        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(put.body()).contains("<Code>SignatureDoesNotMatch</Code>");
    }

    @Test
    void theSixthListingsFeedWithinFiveMinutesIs429() {
        String documentId = upload(feed(sellerId, message(1, "T-000001", offer("9.00"))));
        for (int i = 0; i < 5; i++) {
            assertThat(submit("JSON_LISTINGS_FEED", documentId).status()).isEqualTo(202);
        }

        HubHttp.Response sixth = submit("JSON_LISTINGS_FEED", documentId);
        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.json().at("/errors/0/code").asText()).isEqualTo("QuotaExceeded");
        assertThat(sixth.json().at("/errors/0/message").asText())
                .isEqualTo("You exceeded your quota for the requested resource.");
        assertThat(sixth.header("x-amzn-RateLimit-Limit")).isNull();
        assertThat(amazon.control("/sellers/" + sellerId + "/counters").at("/feedsSubmitted/JSON_LISTINGS_FEED").asInt())
                .isEqualTo(5);
    }

    @Test
    void aLegacyFeedTypeEndsFatal() {
        String documentId = upload("<AmazonEnvelope/>");
        HubHttp.Response created = submit("POST_PRODUCT_PRICING_DATA", documentId);
        assertThat(created.status()).isEqualTo(202);

        assertThat(awaitEnd(created.json().get("feedId").asText()).get("processingStatus").asText()).isEqualTo("FATAL");
    }

    @Test
    void aFeedForAnotherSellerFailsAsAWholeWithAFeedLevelIssue() throws Exception {
        String documentId = upload(feed("AOTHERSELLER1", message(1, "T-000001", offer("5.00"))));
        JsonNode feed = awaitEnd(submit("JSON_LISTINGS_FEED", documentId).json().get("feedId").asText());

        assertThat(feed.get("processingStatus").asText()).isEqualTo("FATAL");
        JsonNode report = report(feed);
        assertThat(validate(report)).isEmpty();
        assertThat(report.at("/issues/0/messageId").isMissingNode()).isTrue();
        assertThat(report.at("/summary/messagesAccepted").asInt()).isZero();
    }

    @Test
    void aDocumentBreakingTheFeedSchemaInAMessageMarksThatMessageInvalid() throws Exception {
        String documentId = upload(feed(sellerId, message(1, "T-000004", offer("4.00")),
                "{\"messageId\":2,\"sku\":\"T-000005\",\"operationType\":\"PATCH\",\"productType\":\"PRODUCT\"}"));
        JsonNode report = report(awaitEnd(submit("JSON_LISTINGS_FEED", documentId).json().get("feedId").asText()));

        assertThat(report.at("/summary/messagesAccepted").asInt()).isEqualTo(1);
        assertThat(report.at("/issues/0/messageId").asInt()).isEqualTo(2);
    }

    @Test
    void injectedFaultsEndFeedsFatalCancelledOrDoneWithoutChange() {
        String before = amazon.control("/sellers/" + sellerId + "/listings/T-000006").get("price").asText();
        String documentId = upload(feed(sellerId, message(1, "T-000006", offer("66.60"))));
        amazon.fault("{\"operation\":\"createFeed\",\"kind\":\"FATAL\",\"sellerId\":\"" + sellerId + "\"}");
        amazon.fault("{\"operation\":\"createFeed\",\"kind\":\"CANCELLED\",\"sellerId\":\"" + sellerId + "\"}");
        amazon.fault("{\"operation\":\"createFeed\",\"kind\":\"DONE_NOT_APPLIED\",\"sellerId\":\"" + sellerId + "\"}");

        String fatal = submit("JSON_LISTINGS_FEED", documentId).json().get("feedId").asText();
        String cancelled = submit("JSON_LISTINGS_FEED", documentId).json().get("feedId").asText();
        String silent = submit("JSON_LISTINGS_FEED", documentId).json().get("feedId").asText();

        assertThat(awaitEnd(fatal).get("processingStatus").asText()).isEqualTo("FATAL");
        JsonNode cancelledFeed = awaitEnd(cancelled);
        assertThat(cancelledFeed.get("processingStatus").asText()).isEqualTo("CANCELLED");
        assertThat(cancelledFeed.has("resultFeedDocumentId")).isFalse();
        JsonNode silentFeed = awaitEnd(silent);
        assertThat(silentFeed.get("processingStatus").asText()).isEqualTo("DONE");
        assertThat(amazon.control("/sellers/" + sellerId + "/listings/T-000006").get("price").asText()).isEqualTo(before);
    }

    @Test
    void aFeedThatLeftTheQueueCannotBeCancelled() {
        String documentId = upload(feed(sellerId, message(1, "T-000007", offer("7.00"))));
        String feedId = submit("JSON_LISTINGS_FEED", documentId).json().get("feedId").asText();
        assertThat(awaitEnd(feedId).get("processingStatus").asText()).isEqualTo("DONE");

        HubHttp.Response cancel = amazon.delete("/feeds/2021-06-30/feeds/" + feedId, token);
        assertThat(cancel.status()).isEqualTo(400);
        assertThat(cancel.json().at("/errors/0/code").asText()).isEqualTo("InvalidInput");
    }

    private static Set<ValidationMessage> validate(JsonNode report) throws Exception {
        try (InputStream in = AmazonFeedsIT.class.getResourceAsStream(
                "/sandbox/amazon/listings-feed-processing-report-schema-v2.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            return schema.validate(report);
        }
    }
}
