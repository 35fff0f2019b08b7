package com.channelhub.connector.amazon.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

import com.channelhub.connector.amazon.client.FakeAmazon.Canned;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AmazonSpHttpClientTest {

    private static final String ITEM = "GET /listings/2021-08-01/items/A2DEMOSELLER01/SKU-1";
    private static final String QUOTA = "{\"errors\":[{\"code\":\"QuotaExceeded\",\"message\":\"You exceeded your quota "
            + "for the requested resource.\",\"details\":\"\"}]}";
    private static final SellerCredentials SELLER = new SellerCredentials("A2DEMOSELLER01", "amzn1.client", "secret",
            "Atzr|refresh");

    /** Waits are recorded and advance a fake clock instead of passing. */
    private final AtomicLong clock = new AtomicLong();
    private final List<Long> sleeps = new CopyOnWriteArrayList<>();
    private final RateLimiters limiters = new RateLimiters(clock::get);
    private FakeAmazon amazon;
    private HttpAmazonSpClient client;

    @BeforeEach
    void start() throws Exception {
        amazon = new FakeAmazon();
        client = new HttpAmazonSpClient(new HttpAmazonSpClient.Settings(amazon.url(), amazon.url() + "/auth/o2/token",
                "ChannelHub/0.1 (Language=Java/17)", 4, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(8)),
                Duration.ofSeconds(2), Duration.ofSeconds(5)), new LwaTokenCache(), limiters,
                new FeedSubmissionLimiter(), millis -> {
                    sleeps.add(millis);
                    clock.addAndGet(millis * 1_000_000);
                });
    }

    @AfterEach
    void stop() {
        client.close();
        amazon.close();
    }

    private static String item(String sku) {
        return "{\"sku\":\"" + sku + "\",\"summaries\":[{\"marketplaceId\":\"ATVPDKIKX0DER\",\"productType\":\"LUGGAGE\","
                + "\"status\":[\"BUYABLE\"]}],\"offers\":[{\"marketplaceId\":\"ATVPDKIKX0DER\",\"offerType\":\"B2C\","
                + "\"price\":{\"currencyCode\":\"USD\",\"amount\":\"30.0\"}}]}";
    }

    private java.util.Optional<ListingsItem> getItem() {
        return client.getListingsItem(SELLER, "SKU-1", List.of("ATVPDKIKX0DER"), List.of("summaries", "offers"), "en_US");
    }

    @Test
    void everyCallCarriesTheAccessTokenAndUserAgentAndNoSignature() {
        amazon.lwaGrants().on(ITEM, Canned.json(200, item("SKU-1")));
        ListingsItem item = getItem().orElseThrow();
        assertThat(item.offers().get(0).price().amount()).isEqualByComparingTo("30.0");
        FakeAmazon.Recorded call = amazon.requests.stream().filter(r -> r.path().startsWith("/listings")).findFirst()
                .orElseThrow();
        assertThat(call.headers().getFirst("x-amz-access-token")).isEqualTo("Atza|test");
        assertThat(call.headers().getFirst("user-agent")).isEqualTo("ChannelHub/0.1 (Language=Java/17)");
        assertThat(call.headers().getFirst("authorization")).isNull();
        assertThat(call.query()).contains("marketplaceIds=ATVPDKIKX0DER").contains("includedData=summaries%2Coffers");
        FakeAmazon.Recorded lwa = amazon.requests.get(0);
        assertThat(lwa.bodyText()).contains("grant_type=refresh_token").contains("client_id=amzn1.client");
        assertThat(lwa.headers().getFirst("content-type")).startsWith("application/x-www-form-urlencoded");
    }

    @Test
    void aThrottlingStormIsWaitedOutWithBoundedBackoff() {
        amazon.lwaGrants().on(ITEM, Canned.json(429, QUOTA), Canned.json(429, QUOTA), Canned.json(429, QUOTA),
                Canned.json(200, item("SKU-1")));
        assertThat(getItem()).isPresent();
        assertThat(amazon.count(ITEM)).isEqualTo(4);
        // per retry a jittered backoff in [1/2, 1] x 1 s x 2^n; the drained bucket has refilled meanwhile
        List<Long> backoffs = sleeps;
        assertThat(backoffs).hasSize(3);
        assertThat(backoffs.get(0)).isBetween(500L, 1_000L);
        assertThat(backoffs.get(1)).isBetween(1_000L, 2_000L);
        assertThat(backoffs.get(2)).isBetween(2_000L, 4_000L);
    }

    @Test
    void endlessThrottlingGivesUpAfterMaxRetriesWithAmazonsError() {
        amazon.lwaGrants().on(ITEM, Canned.json(429, QUOTA));
        assertThatThrownBy(this::getItem).isInstanceOfSatisfying(AmazonSpException.class, e -> {
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.getStatus()).isEqualTo(429);
            assertThat(e.getCode()).isEqualTo("QuotaExceeded");
            assertThat(e.getMessage()).contains("getListingsItem").contains("You exceeded your quota");
        });
        assertThat(amazon.count(ITEM)).isEqualTo(5);
        assertThat(sleeps).hasSize(4).allMatch(s -> s <= 8_000);
    }

    @Test
    void aThrottledSlowOperationWaitsForItsBucketBeforeRetrying() {
        amazon.lwaGrants().on("POST /feeds/2021-06-30/feeds", Canned.json(429, QUOTA),
                Canned.json(202, "{\"feedId\":\"F1\"}"));
        assertThat(client.createFeed(SELLER, "JSON_LISTINGS_FEED", List.of("ATVPDKIKX0DER"), "D1")).isEqualTo("F1");
        // createFeed refills at 0.0083/s: after the 429 the empty bucket, not the 1 s backoff, sets the pace (~2 min)
        assertThat(sleeps.stream().mapToLong(Long::longValue).sum()).isBetween(115_000L, 125_000L);
    }

    @Test
    void serverErrorsAreRetried() {
        amazon.lwaGrants().on(ITEM, Canned.json(503, "{\"errors\":[{\"code\":\"ServiceUnavailable\",\"message\":\"x\"}]}"),
                Canned.json(500, "{\"errors\":[{\"code\":\"InternalFailure\",\"message\":\"y\"}]}"),
                Canned.json(200, item("SKU-1")));
        assertThat(getItem()).isPresent();
        assertThat(amazon.count(ITEM)).isEqualTo(3);
    }

    @Test
    void clientErrorsAreNotRetriedAndQuoteAmazonsErrors() {
        amazon.lwaGrants().on(ITEM, Canned.json(400,
                "{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"Invalid marketplaceIds\",\"details\":\"X\"}]}"));
        assertThatThrownBy(this::getItem).isInstanceOfSatisfying(AmazonSpException.class, e -> {
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getCode()).isEqualTo("InvalidInput");
            assertThat(e.getMessage()).contains("InvalidInput: Invalid marketplaceIds").contains("x-amzn-RequestId req-");
            assertThat(e.getRequestId()).startsWith("req-");
        });
        assertThat(amazon.count(ITEM)).isEqualTo(1);
    }

    @Test
    void unknownSkuIsEmptyNotAnError() {
        amazon.lwaGrants().on(ITEM, Canned.json(404, "{\"errors\":[{\"code\":\"NOT_FOUND\",\"message\":\"no\"}]}"));
        assertThat(getItem()).isEmpty();
    }

    @Test
    void anExpiredAccessTokenIsRefreshedOnce() {
        amazon.lwaGrants().on(ITEM, Canned.json(403, "{\"errors\":[{\"code\":\"Unauthorized\",\"message\":\"Access to "
                + "requested resource is denied.\",\"details\":\"The access token you provided has expired.\"}]}"),
                Canned.json(200, item("SKU-1")));
        assertThat(getItem()).isPresent();
        assertThat(amazon.count("POST /auth/o2/token")).isEqualTo(2);
    }

    @Test
    void aPersistentlyRefusedTokenIsRefreshedOnlyOnce() {
        amazon.lwaGrants().on(ITEM, Canned.json(401, "{\"errors\":[{\"code\":\"Unauthorized\",\"message\":\"no\"}]}"));
        assertThatThrownBy(this::getItem).isInstanceOfSatisfying(AmazonSpException.class,
                e -> assertThat(e.isRetryable()).isFalse());
        assertThat(amazon.count("POST /auth/o2/token")).isEqualTo(2);
        assertThat(amazon.count(ITEM)).isEqualTo(2);
    }

    @Test
    void aRevokedRefreshTokenIsANonRetryableAuthorizationError() {
        amazon.on("POST /auth/o2/token", Canned.json(400, "{\"error\":\"invalid_grant\",\"error_description\":"
                + "\"The request has an invalid grant parameter : refresh_token\"}"));
        assertThatThrownBy(this::getItem).isInstanceOfSatisfying(AmazonSpAuthorizationException.class, e -> {
            assertThat(e.isRetryable()).isFalse();
            assertThat(e.getCode()).isEqualTo("invalid_grant");
            assertThat(e.getReason()).contains("invalid grant");
        });
        assertThat(amazon.count("POST /auth/o2/token")).isEqualTo(1);
        assertThat(amazon.count(ITEM)).isZero();
    }

    @Test
    void lwaOutagesAreRetried() {
        amazon.on("POST /auth/o2/token", Canned.json(500, "{\"error\":\"server_error\"}"),
                Canned.json(503, "{\"error\":\"temporarily_unavailable\"}"),
                Canned.json(200, "{\"access_token\":\"Atza|late\",\"token_type\":\"bearer\",\"expires_in\":3600}"))
                .on(ITEM, Canned.json(200, item("SKU-1")));
        assertThat(getItem()).isPresent();
        assertThat(amazon.count("POST /auth/o2/token")).isEqualTo(3);
    }

    @Test
    void authorizationCodeExchangeSendsTheRedirectUri() {
        amazon.on("POST /auth/o2/token", Canned.json(200, "{\"access_token\":\"Atza|a\",\"refresh_token\":\"Atzr|new\","
                + "\"token_type\":\"bearer\",\"expires_in\":3600}"));
        LwaTokens tokens = client.exchangeAuthorizationCode("amzn1.client", "secret", "ANcode", "https://hub/callback");
        assertThat(tokens.refreshToken()).isEqualTo("Atzr|new");
        assertThat(amazon.requests.get(0).bodyText()).contains("grant_type=authorization_code").contains("code=ANcode")
                .contains("redirect_uri=https%3A%2F%2Fhub%2Fcallback");
    }

    @Test
    void theRateHeaderResizesTheSellersBucket() {
        amazon.lwaGrants().on(ITEM, Canned.json(200, item("SKU-1"), Map.of("x-amzn-RateLimit-Limit", "0.5")));
        getItem();
        assertThat(limiters.bucket(amazon.url(), "A2DEMOSELLER01", AmazonSpPlatformFacts.Api.GET_LISTINGS_ITEM).rate())
                .isEqualTo(0.5);
        assertThat(limiters.bucket(amazon.url(), "OTHER", AmazonSpPlatformFacts.Api.GET_LISTINGS_ITEM).rate())
                .isEqualTo(5.0);
    }

    @Test
    void gzippedDocumentsAreDownloadedGunzipped() throws Exception {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write("seller-sku\tprice\nSKU-1\t9.99\n".getBytes(StandardCharsets.UTF_8));
        }
        amazon.on("GET /doc/1", new Canned(200, gz.toByteArray(), Map.of()));
        Path file = client.downloadDocument(new DocumentLocation("1", amazon.url() + "/doc/1", "GZIP"));
        try {
            assertThat(Files.readString(file)).isEqualTo("seller-sku\tprice\nSKU-1\t9.99\n");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void documentsAreDecodedWithTheCharsetTheirDownloadDeclares() throws Exception {
        byte[] cp1252 = "seller-sku\titem-name\nSKU-1\tPi\u00f1a \u20ac\n".getBytes(java.nio.charset.Charset.forName("Cp1252"));
        amazon.on("GET /doc/eu", new Canned(200, cp1252, Map.of("Content-Type", "text/plain; charset=Cp1252")));
        Path file = client.downloadDocument(new DocumentLocation("eu", amazon.url() + "/doc/eu", null));
        try {
            assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Pi\u00f1a \u20ac");
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void feedUploadUsesExactlyTheDeclaredContentTypeAndNoToken() {
        amazon.on("PUT /upload/1", Canned.json(200, ""));
        client.uploadFeedDocument(new FeedDocumentTarget("1", amazon.url() + "/upload/1"), "application/json",
                "{}".getBytes(StandardCharsets.UTF_8));
        FakeAmazon.Recorded put = amazon.requests.get(0);
        assertThat(put.headers().getFirst("content-type")).isEqualTo("application/json");
        assertThat(put.headers().getFirst("x-amz-access-token")).isNull();
    }
}
