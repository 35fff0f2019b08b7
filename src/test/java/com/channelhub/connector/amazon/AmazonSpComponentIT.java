package com.channelhub.connector.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.ChannelResult;
import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.QuantityOutcome;
import com.channelhub.connector.QuantityResult;
import com.channelhub.connector.amazon.client.AmazonSpAuthorizationException;
import com.channelhub.connector.amazon.client.AmazonSpException;
import com.channelhub.connector.amazon.client.CatalogSearchPage;
import com.channelhub.connector.amazon.client.Feed;
import com.channelhub.connector.amazon.client.ListingsItem;
import com.channelhub.connector.amazon.client.LwaTokens;
import com.channelhub.connector.amazon.client.SellerCredentials;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.channelhub.support.SandboxAmazon;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The amazon-sp component against the hub's Amazon sandbox over real HTTP: each test gets its own sandbox seller,
 * self-authorized, so faults and throttling stay with it. The sandbox's processing delays are shortened.
 */
@HubIntegrationTest
@TestPropertySource(properties = {
        // price batches are dispatched by the main test context only: it owns their sandbox
        "hub.price-batches.dispatch-enabled=false",
        
        "hub.sandbox.amazon.report-queue-delay=100ms",
        "hub.sandbox.amazon.report-processing-delay=300ms",
        "hub.sandbox.amazon.feed-queue-delay=100ms",
        "hub.sandbox.amazon.feed-processing-delay=300ms",
        "hub.sandbox.amazon.listing-apply-delay=100ms"})
class AmazonSpComponentIT {

    private static final String MARKETPLACE = "ATVPDKIKX0DER";
    private static final String CLIENT_ID = "amzn1.application-oa2-client.test";
    private static final String CLIENT_SECRET = "amzn1.oa2-cs.v1.test-secret-0123456789";

    @LocalServerPort
    int port;
    @Autowired
    ProducerTemplate template;
    @Autowired
    CamelContext camel;

    private HubHttp http;
    private SandboxAmazon sandbox;
    private String sellerId;
    private String refreshToken;

    @BeforeEach
    void newSeller() {
        http = new HubHttp(port);
        sellerId = "AIT" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        sandbox = new SandboxAmazon(http);
        sandbox.createSeller(sellerId, 12, "IT-", 10);
        refreshToken = sandbox.refreshToken(sellerId);
    }

    private String uri(String operation, String extra) {
        return "amazon-sp:" + operation + "?sellerId=" + sellerId + "&marketplaceIds=" + MARKETPLACE
                + "&endpointUrl=" + http.url("/sandbox/amazon/sp/na")
                + "&lwaEndpointUrl=" + http.url("/sandbox/amazon/lwa/auth/o2/token")
                + "&clientId=RAW(" + CLIENT_ID + ")&clientSecret=RAW(" + CLIENT_SECRET + ")"
                + "&refreshToken=RAW(" + refreshToken + ")"
                + "&reportPollDelay=200&feedPollDelay=200&retryBaseDelay=100&retryMaxDelay=1000"
                + (extra == null ? "" : "&" + extra);
    }

    private void fault(String operation, String kind, int count) {
        HubHttp.Response response = http.post(SandboxAmazon.CONTROL + "/faults", null, "{\"operation\":\"" + operation
                + "\",\"kind\":\"" + kind + "\",\"count\":" + count + ",\"sellerId\":\"" + sellerId + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    private JsonNode listing(String sku) {
        return sandbox.listing(sellerId, sku);
    }

    private static String sku(int index) {
        return String.format("IT-%06d", index);
    }

    private static PriceChange change(String sku, String price) {
        return new PriceChange("item-" + sku, sku, null, null, new BigDecimal(price), null, "USD");
    }

    @SuppressWarnings("unchecked")
    private List<PriceResult> push(String operation, List<PriceChange> changes) {
        return template.requestBody(uri(operation, null), changes, List.class);
    }

    private static Throwable cause(Throwable e) {
        return e instanceof CamelExecutionException && e.getCause() != null ? e.getCause() : e;
    }

    // --- LWA

    @Test
    void tokenRefreshGetsAFreshAccessToken() {
        AmazonSpProducer.TokenStatus status = template.requestBody(uri("tokenRefresh", null), null,
                AmazonSpProducer.TokenStatus.class);
        assertThat(status.sellerId()).isEqualTo(sellerId);
        assertThat(status.accessTokenExpiresAt()).isAfter(java.time.Instant.now().plusSeconds(3000));
    }

    @Test
    void aRevokedAuthorizationIsANonRetryableErrorWithTheReason() {
        http.post(SandboxAmazon.CONTROL + "/sellers/" + sellerId + "/revoke", null, null);
        assertThatThrownBy(() -> template.requestBody(uri("tokenRefresh", "maxRetries=3"), (Object) null))
                .satisfies(e -> assertThat(cause(e)).isInstanceOfSatisfying(AmazonSpAuthorizationException.class, a -> {
                    assertThat(a.getCode()).isEqualTo("invalid_grant");
                    assertThat(a.isRetryable()).isFalse();
                    assertThat(a.getMessage()).contains("authorize the application again");
                }));
    }

    @Test
    void anAuthorizationCodeFromTheConsentPageIsExchangedForARefreshToken() {
        String[] codeAndRedirect = consent();
        LwaTokens tokens = template.requestBodyAndHeaders(uri("exchangeAuthorizationCode", null), null,
                Map.of(AmazonSpConstants.AUTHORIZATION_CODE, codeAndRedirect[0],
                        AmazonSpConstants.REDIRECT_URI, codeAndRedirect[1]), LwaTokens.class);
        assertThat(tokens.refreshToken()).startsWith("Atzr|");
        refreshToken = tokens.refreshToken();
        AmazonSpProducer.Health health = template.requestBody(uri("health", null), null, AmazonSpProducer.Health.class);
        assertThat(health.up()).as(health.detail()).isTrue();
    }

    @Test
    void anExpiredAuthorizationCodeIsANonRetryableError() {
        String[] codeAndRedirect = consent();
        http.post(SandboxAmazon.CONTROL + "/lwa/expire", null, "{\"token\":\"" + codeAndRedirect[0] + "\"}");
        assertThatThrownBy(() -> template.requestBodyAndHeaders(uri("exchangeAuthorizationCode", null), null,
                Map.of(AmazonSpConstants.AUTHORIZATION_CODE, codeAndRedirect[0],
                        AmazonSpConstants.REDIRECT_URI, codeAndRedirect[1])))
                .satisfies(e -> assertThat(cause(e)).isInstanceOfSatisfying(AmazonSpAuthorizationException.class,
                        a -> assertThat(a.getCode()).isEqualTo("invalid_grant")));
    }

    /** The seller confirms the sandbox's consent page; returns the code and the redirect URI it was issued for. */
    private String[] consent() {
        HubHttp.Response confirmed = http.post("/sandbox/amazon/sellercentral/apps/authorize/confirm?application_id="
                + "amzn1.sp.solution.test-application&state=it-state&selling_partner_id=" + sellerId, null, null);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(302);
        URI location = URI.create(confirmed.header("Location"));
        String code = null;
        for (String pair : location.getRawQuery().split("&")) {
            if (pair.startsWith("spapi_oauth_code=")) {
                code = URLDecoder.decode(pair.substring("spapi_oauth_code=".length()), StandardCharsets.UTF_8);
            }
        }
        String redirect = location.getScheme() + "://" + location.getRawAuthority() + location.getRawPath();
        return new String[] {code, redirect};
    }

    @Test
    void anExpiredAccessTokenIsRefreshedOnceAndTheCallSucceeds() {
        AmazonSpEndpoint endpoint = camel.getEndpoint(uri("getListingsItem", null), AmazonSpEndpoint.class);
        SellerCredentials credentials = endpoint.credentials(sellerId);
        String accessToken = endpoint.client().refreshAccessToken(credentials).accessToken();
        HubHttp.Response expired = http.post(SandboxAmazon.CONTROL + "/lwa/expire", null, "{\"token\":\"" + accessToken + "\"}");
        assertThat(expired.status()).as(expired.body()).isBetween(200, 204);
        ListingsItem item = template.requestBodyAndHeader(uri("getListingsItem", null), null, AmazonSpConstants.SKU,
                sku(1), ListingsItem.class);
        assertThat(item.sku()).isEqualTo(sku(1));
    }

    @Test
    void aRevokedAuthorizationTakesTheEndpointOutOfReadiness() {
        String uri = uri("getListingsItem", null);
        AmazonSpEndpoint endpoint = camel.getEndpoint(uri, AmazonSpEndpoint.class);
        AmazonSpHealthCheck check = new AmazonSpHealthCheck(endpoint, "amazon-sp-it");
        check.setCamelContext(camel);
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
        template.requestBodyAndHeader(uri, null, AmazonSpConstants.SKU, sku(1));
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);

        http.post(SandboxAmazon.CONTROL + "/sellers/" + sellerId + "/revoke", null, null);
        Exchange failed = template.request(uri, e -> e.getMessage().setHeader(AmazonSpConstants.OPERATION,
                AmazonSpOperations.tokenRefresh));
        assertThat(failed.getException()).isInstanceOf(AmazonSpAuthorizationException.class);
        HealthCheck.Result result = check.call();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("invalid_grant"));
        assertThat(endpoint.clientReady()).isTrue();
    }

    @Test
    void aTimedOutCallIsRetried() {
        HubHttp.Response response = http.post(SandboxAmazon.CONTROL + "/faults", null, "{\"operation\":\"getListingsItem\","
                + "\"kind\":\"DELAY\",\"count\":1,\"delayMillis\":2500,\"sellerId\":\"" + sellerId + "\"}");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        ListingsItem item = template.requestBodyAndHeader(uri("getListingsItem", "responseTimeout=1000"), null,
                AmazonSpConstants.SKU, sku(2), ListingsItem.class);
        assertThat(item.sku()).isEqualTo(sku(2));
    }

    @Test
    void theListingsConsumerSendsTheCatalogInBatches() throws Exception {
        List<Exchange> batches = new CopyOnWriteArrayList<>();
        String routeId = "consume-" + sellerId;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri("listingsPull", "batchSize=5&delay=300&initialDelay=0")).routeId(routeId)
                        .process(e -> batches.add(e.copy()));
            }
        });
        try {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> batches.stream()
                    .anyMatch(b -> Boolean.TRUE.equals(b.getMessage().getHeader(AmazonSpConstants.BATCH_COMPLETE))));
        } finally {
            camel.getRouteController().stopRoute(routeId);
            camel.removeRoute(routeId);
        }
        List<Exchange> firstPull = batches.subList(0, 3);
        assertThat(firstPull).extracting(b -> b.getMessage().getHeader(AmazonSpConstants.BATCH_INDEX))
                .containsExactly(0, 1, 2);
        assertThat(firstPull).extracting(b -> b.getMessage().getBody(List.class).size()).containsExactly(5, 5, 2);
        assertThat(firstPull.get(2).getMessage().getHeader(AmazonSpConstants.BATCH_COMPLETE)).isEqualTo(true);
        // the next report is only due after pullInterval (6 h by default): no second pull started meanwhile
        assertThat(batches).hasSize(3);
    }

    @Test
    void healthIsUpWithWorkingCredentials() {
        AmazonSpProducer.Health health = template.requestBody(uri("health", null), null, AmazonSpProducer.Health.class);
        assertThat(health.up()).as(health.detail()).isTrue();
    }

    @Test
    void oneEndpointServesManySellersThroughTheCredentialsProviderWithoutMixingTokens() throws Exception {
        String first = sellerId;
        String firstToken = refreshToken;
        newSeller();
        String second = sellerId;
        String secondToken = refreshToken;
        Map<String, String> tokens = Map.of(first, firstToken, second, secondToken);
        camel.getRegistry().bind("itCredentials-" + second, (AmazonSpCredentialsProvider) id ->
                tokens.containsKey(id) ? new SellerCredentials(id, CLIENT_ID, CLIENT_SECRET, tokens.get(id)) : null);
        String uri = "amazon-sp:getListingsItem?marketplaceIds=" + MARKETPLACE
                + "&endpointUrl=" + http.url("/sandbox/amazon/sp/na")
                + "&lwaEndpointUrl=" + http.url("/sandbox/amazon/lwa/auth/o2/token")
                + "&credentialsProvider=#itCredentials-" + second;
        String firstAsin = sandbox.listing(first, sku(1)).get("asin").asText();
        String secondAsin = listing(sku(1)).get("asin").asText();
        assertThat(firstAsin).isNotEqualTo(secondAsin);

        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String[]>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String seller = i % 2 == 0 ? first : second;
                answers.add(pool.submit(() -> {
                    ListingsItem item = template.requestBodyAndHeaders(uri, null, Map.of(AmazonSpConstants.SELLER_ID,
                            seller, AmazonSpConstants.SKU, sku(1)), ListingsItem.class);
                    return new String[] {seller, item.summaries().get(0).asin()};
                }));
            }
            for (Future<String[]> answer : answers) {
                String[] sellerAndAsin = answer.get(30, TimeUnit.SECONDS);
                assertThat(sellerAndAsin[1]).isEqualTo(sellerAndAsin[0].equals(first) ? firstAsin : secondAsin);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThatThrownBy(() -> template.requestBodyAndHeaders(uri, null, Map.of(AmazonSpConstants.SELLER_ID,
                "AUNKNOWN", AmazonSpConstants.SKU, sku(1)))).satisfies(e -> assertThat(cause(e))
                        .hasMessageContaining("no Amazon credentials for seller AUNKNOWN"));
    }

    // --- resilience

    @Test
    void aThrottlingStormIsSurvived() {
        fault("getListingsItem", "THROTTLE", 3);
        ListingsItem item = template.requestBodyAndHeader(uri("getListingsItem", null), null,
                AmazonSpConstants.SKU, sku(1), ListingsItem.class);
        assertThat(item.sku()).isEqualTo(sku(1));
        assertThat(item.offers()).isNotEmpty();
        JsonNode counters = sandbox.counters(sellerId);
        assertThat(counters.at("/throttled/getListingsItem").asLong()).isEqualTo(3);
    }

    @Test
    void serverErrorsAreRetried() {
        fault("getListingsItem", "SERVER_ERROR", 1);
        fault("getListingsItem", "SERVICE_UNAVAILABLE", 1);
        ListingsItem item = template.requestBodyAndHeader(uri("getListingsItem", null), null,
                AmazonSpConstants.SKU, sku(2), ListingsItem.class);
        assertThat(item.sku()).isEqualTo(sku(2));
    }

    @Test
    void throttlingBeyondMaxRetriesFailsWithAmazonsError() {
        fault("getListingsItem", "THROTTLE", 10);
        assertThatThrownBy(() -> template.requestBodyAndHeader(uri("getListingsItem", "maxRetries=2"), null,
                AmazonSpConstants.SKU, sku(1)))
                .satisfies(e -> assertThat(cause(e)).isInstanceOfSatisfying(AmazonSpException.class, a -> {
                    assertThat(a.getCode()).isEqualTo("QuotaExceeded");
                    assertThat(a.isRetryable()).isTrue();
                }));
    }

    // --- listings pull

    @Test
    void listingsPullStreamsTheWholeCatalogThroughASplitter() throws Exception {
        List<CatalogProduct> products = new CopyOnWriteArrayList<>();
        String route = "direct:pull-" + sellerId;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(route).routeId("pull-" + sellerId).to(uri("listingsPull", null))
                        .split(body()).streaming()
                        .process(e -> products.add(e.getMessage().getBody(CatalogProduct.class)));
            }
        });
        Exchange exchange = template.request(route, e -> { });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(AmazonSpConstants.PULL_STATUS)).isEqualTo("DONE");
        assertThat(products).hasSize(12);
        CatalogProduct first = products.stream().filter(p -> p.externalId().equals(sku(1))).findFirst().orElseThrow();
        assertThat(first.variants().get(0).price()).isEqualByComparingTo(listing(sku(1)).get("price").decimalValue());
        assertThat(first.variants().get(0).currency()).isEqualTo("USD");
        assertThat(products.stream().filter(p -> p.externalId().equals(sku(10))).findFirst().orElseThrow()
                .variants().get(0).fulfillmentChannel()).startsWith("AMAZON");
        camel.getRouteController().stopRoute("pull-" + sellerId);
        camel.removeRoute("pull-" + sellerId);
    }

    @Test
    void aCancelledReportIsNoDataNotAnError() {
        fault("createReport", "CANCELLED", 1);
        Exchange exchange = template.request(uri("listingsPull", null), e -> { });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(AmazonSpConstants.PULL_STATUS)).isEqualTo("NO_DATA");
        assertThat(exchange.getMessage().getBody(ListingsPullResult.class).iterator().hasNext()).isFalse();
    }

    @Test
    void aFatalReportFailsThePullClearly() {
        fault("createReport", "FATAL", 1);
        Exchange exchange = template.request(uri("listingsPull", null), e -> { });
        assertThat(exchange.getException()).isInstanceOf(AmazonSpException.class)
                .hasMessageContaining("ended FATAL");
    }

    @Test
    void aReportStillRunningAtTheTimeoutFailsThePull() {
        fault("createReport", "STUCK", 1);
        Exchange exchange = template.request(uri("listingsPull", "reportPollTimeout=2000"), e -> { });
        assertThat(exchange.getException()).isInstanceOf(AmazonSpException.class)
                .hasMessageContaining("was not finished after 2 s");
    }

    // --- prices

    @Test
    void pricePatchIsAcceptedAndLandsOnTheListing() {
        List<PriceResult> results = push("pricePatch", List.of(change(sku(3), "23.45")));
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).as(r.message()).isEqualTo(PriceOutcome.ACCEPTED);
            assertThat(r.itemId()).isEqualTo("item-" + sku(3));
        });
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(listing(sku(3)).get("price").decimalValue()).isEqualByComparingTo("23.45"));
    }

    @Test
    void invalidPricesAndUnknownSkusAreRejectedWithTheReason() {
        List<PriceResult> results = push("pricePatch", List.of(change(sku(4), "-1.00"), change(sku(4), "9.999"),
                new PriceChange("eur", sku(4), null, null, new BigDecimal("9.99"), null, "EUR"),
                change("NO-SUCH-SKU", "9.99")));
        assertThat(results).extracting(PriceResult::outcome).containsOnly(PriceOutcome.REJECTED);
        assertThat(results.get(0).message()).contains("not positive");
        assertThat(results.get(1).message()).contains("decimals");
        assertThat(results.get(2).message()).contains("sells in USD");
        assertThat(results.get(3).code()).isEqualTo("NOT_FOUND");
    }

    @Test
    void priceFeedAppliesAndReportsPerMessage() {
        List<PriceResult> results = push("pricePushFeed", List.of(change(sku(5), "31.00"), change(sku(6), "32.50"),
                change(sku(7), "0"), change("NO-SUCH-SKU", "5.00")));
        assertThat(results).extracting(PriceResult::outcome).containsExactly(PriceOutcome.APPLIED,
                PriceOutcome.APPLIED, PriceOutcome.REJECTED, PriceOutcome.REJECTED);
        assertThat(results.get(0).appliedPrice()).isEqualByComparingTo("31.00");
        assertThat(results.get(2).code()).isEqualTo("INVALID_PRICE");
        assertThat(results.get(3).code()).isEqualTo("NOT_FOUND");
        assertThat(listing(sku(5)).get("price").decimalValue()).isEqualByComparingTo("31.00");
        assertThat(listing(sku(6)).get("price").decimalValue()).isEqualByComparingTo("32.50");
    }

    @Test
    void moreChangesThanAFeedHoldsGoOutAsSeveralFeedsWithResultsInInputOrder() {
        Exchange exchange = template.request(uri("pricePushFeed", "feedMaxMessages=2"), e -> e.getMessage().setBody(
                List.of(change(sku(1), "11.00"), change(sku(2), "12.00"), change(sku(3), "13.00"))));
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(AmazonSpConstants.FEED_ID, String.class).split(",")).hasSize(2);
        @SuppressWarnings("unchecked")
        List<PriceResult> results = exchange.getMessage().getBody(List.class);
        assertThat(results).extracting(PriceResult::sku).containsExactly(sku(1), sku(2), sku(3));
        assertThat(results).extracting(ChannelResult::outcome).containsOnly(PriceOutcome.APPLIED);
        assertThat(listing(sku(3)).get("price").decimalValue()).isEqualByComparingTo("13.00");
    }

    @Test
    void amazonsOwnRejectionInTheProcessingReportIsReported() {
        // a seller whose sandbox currency differs from the marketplace's: the connector's check passes, Amazon's fails
        sellerId = "AITCAD" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
        http.post(SandboxAmazon.CONTROL + "/sellers", null, "{\"sellerId\":\"" + sellerId
                + "\",\"skuCount\":3,\"skuPrefix\":\"IT-\",\"currency\":\"CAD\"}");
        refreshToken = sandbox.refreshToken(sellerId);
        List<PriceResult> results = push("pricePushFeed", List.of(change(sku(1), "12.00")));
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(PriceOutcome.REJECTED);
            assertThat(r.code()).isNotBlank();
            assertThat(r.message()).isNotBlank();
        });
    }

    @Test
    void aFatalFeedFailsEveryMessage() {
        fault("createFeed", "FATAL", 1);
        List<PriceResult> results = push("pricePushFeed", List.of(change(sku(8), "40.00"), change(sku(9), "41.00")));
        assertThat(results).extracting(PriceResult::outcome).containsOnly(PriceOutcome.FAILED);
        assertThat(results.get(0).message()).contains("FATAL");
    }

    @Test
    void pricePushPatchesBelowTheThresholdAndFeedsFromIt() {
        Exchange patched = template.request(uri("pricePush", "patchThreshold=2"), e -> e.getMessage().setBody(
                List.of(change(sku(11), "15.00"))));
        assertThat(patched.getMessage().getHeader(AmazonSpConstants.PUSH_MODE)).isEqualTo("PATCH");
        Exchange fed = template.request(uri("pricePush", "patchThreshold=2"), e -> e.getMessage().setBody(
                List.of(change(sku(11), "16.00"), change(sku(12), "17.00"))));
        assertThat(fed.getMessage().getHeader(AmazonSpConstants.PUSH_MODE)).isEqualTo("FEED");
        String feedId = fed.getMessage().getHeader(AmazonSpConstants.FEED_ID, String.class);
        Feed feed = template.requestBodyAndHeader(uri("feedStatus", null), null, AmazonSpConstants.FEED_ID, feedId,
                Feed.class);
        assertThat(feed.processingStatus()).isEqualTo("DONE");
    }

    // --- inventory

    @SuppressWarnings("unchecked")
    private Exchange pushQuantities(String extra, List<QuantityChange> changes) {
        Exchange exchange = template.request(uri("inventoryPush", extra), e -> e.getMessage().setBody(changes));
        assertThat(exchange.getException()).isNull();
        return exchange;
    }

    private static QuantityChange quantity(String sku, int quantity) {
        return new QuantityChange("item-" + sku, sku, null, quantity, null, null);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSmallInventoryPushPatchesSellerFulfilledOffersAndLeavesAmazonFulfilledOnesAlone() {
        Exchange exchange = pushQuantities(null, List.of(quantity(sku(3), 17), quantity(sku(10), 5)));

        assertThat(exchange.getMessage().getHeader(AmazonSpConstants.PUSH_MODE)).isEqualTo("PATCH");
        List<QuantityResult> results = exchange.getMessage().getBody(List.class);
        assertThat(results).extracting(QuantityResult::outcome).containsExactly(QuantityOutcome.ACCEPTED,
                QuantityOutcome.UNSUPPORTED);
        assertThat(results.get(1).message()).contains("AMAZON_NA");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(listing(sku(3)).get("quantity").asInt()).isEqualTo(17));
        assertThat(listing(sku(10)).get("fulfillmentChannel").asText()).isEqualTo("AMAZON_NA");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLargeInventoryPushGoesAsAFeedWithAResultPerMessageFromTheProcessingReport() {
        Exchange exchange = pushQuantities("patchThreshold=2", List.of(quantity(sku(4), 33), quantity(sku(10), 8),
                quantity("NO-SUCH-SKU", 1), quantity(sku(5), -2), quantity(sku(6), 0)));

        assertThat(exchange.getMessage().getHeader(AmazonSpConstants.PUSH_MODE)).isEqualTo("FEED");
        assertThat(exchange.getMessage().getHeader(AmazonSpConstants.FEED_ID, String.class)).isNotBlank();
        List<QuantityResult> results = exchange.getMessage().getBody(List.class);
        assertThat(results).extracting(QuantityResult::outcome).containsExactly(QuantityOutcome.APPLIED,
                QuantityOutcome.UNSUPPORTED, QuantityOutcome.REJECTED, QuantityOutcome.REJECTED,
                QuantityOutcome.APPLIED);
        assertThat(results.get(0).appliedQuantity()).isEqualTo(33);
        assertThat(results.get(2).code()).isEqualTo("NOT_FOUND");
        assertThat(results.get(3).code()).isEqualTo("INVALID_QUANTITY");
        assertThat(listing(sku(4)).get("quantity").asInt()).isEqualTo(33);
        assertThat(listing(sku(6)).get("quantity").asInt()).isZero();
    }

    // --- feed listener and priceFeedResult

    /** Keeps what the connector tells a feed listener; throws on every call when {@code failing}. */
    static final class RecordingFeedListener implements AmazonSpFeedListener {
        final List<FeedSubmission> submitted = new CopyOnWriteArrayList<>();
        final List<String> checked = new CopyOnWriteArrayList<>();
        final List<FeedCompletion> finished = new CopyOnWriteArrayList<>();
        final boolean failing;

        RecordingFeedListener(boolean failing) {
            this.failing = failing;
        }

        @Override
        public void submitted(Exchange exchange, FeedSubmission submission) {
            submitted.add(submission);
            failIfAsked();
        }

        @Override
        public void checked(Exchange exchange, String feedId, String processingStatus) {
            checked.add(processingStatus);
            failIfAsked();
        }

        @Override
        public void finished(Exchange exchange, FeedCompletion completion) {
            finished.add(completion);
            failIfAsked();
        }

        private void failIfAsked() {
            if (failing) {
                throw new IllegalStateException("the listener's database is down");
            }
        }
    }

    private String listenedUri(String operation, RecordingFeedListener listener) {
        String name = "feedListener" + System.identityHashCode(listener);
        camel.getRegistry().bind(name, listener);
        return uri(operation, "feedListener=#" + name);
    }

    @Test
    void aFeedListenerHearsOfTheFeedAsItIsSubmittedPolledAndRead() {
        RecordingFeedListener listener = new RecordingFeedListener(false);
        Exchange exchange = template.request(listenedUri("pricePushFeed", listener), e -> e.getMessage().setBody(
                List.of(change(sku(1), "18.00"), change(sku(2), "19.00"))));
        String feedId = exchange.getMessage().getHeader(AmazonSpConstants.FEED_ID, String.class);

        assertThat(listener.submitted).singleElement().satisfies(s -> {
            assertThat(s.feedId()).isEqualTo(feedId);
            assertThat(s.sellerId()).isEqualTo(sellerId);
            assertThat(s.marketplaceId()).isEqualTo(MARKETPLACE);
            assertThat(s.feedType()).isEqualTo("JSON_LISTINGS_FEED");
            assertThat(s.feedDocumentId()).isNotBlank();
            assertThat(s.messages().keySet()).containsExactly(1, 2);
            assertThat(s.messages().get(2).sku()).isEqualTo(sku(2));
        });
        assertThat(listener.checked).isNotEmpty().last().isEqualTo("DONE");
        assertThat(listener.finished).singleElement().satisfies(c -> {
            assertThat(c.done()).isTrue();
            assertThat(c.problem()).isNull();
            assertThat(c.summary().messagesAccepted()).isEqualTo(2);
            assertThat(c.results().values()).extracting(ChannelResult::outcome).containsOnly(PriceOutcome.APPLIED);
        });
    }

    @Test
    void aFailingFeedListenerNeitherFailsThePushNorMakesItSubmitAgain() {
        RecordingFeedListener listener = new RecordingFeedListener(true);
        Exchange exchange = template.request(listenedUri("pricePushFeed", listener), e -> e.getMessage().setBody(
                List.of(change(sku(3), "20.00"))));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getHeader(AmazonSpConstants.FEED_ID, String.class)).doesNotContain(",");
        assertThat(listener.submitted).hasSize(1);
        assertThat(listener.finished).hasSize(1);
        assertThat(listing(sku(3)).get("price").decimalValue()).isEqualByComparingTo("20.00");
    }

    @Test
    void priceFeedResultReadsAFinishedFeedItDidNotSubmit() {
        Exchange pushed = template.request(uri("pricePushFeed", null), e -> e.getMessage().setBody(
                List.of(change(sku(4), "24.00"), change("NO-SUCH-SKU", "25.00"))));
        String feedId = pushed.getMessage().getHeader(AmazonSpConstants.FEED_ID, String.class);

        Exchange read = template.request(uri("priceFeedResult", null), e -> {
            e.getMessage().setHeader(AmazonSpConstants.FEED_ID, feedId);
            e.getMessage().setBody(Map.of(1, change(sku(4), "24.00"), 2, change("NO-SUCH-SKU", "25.00")));
        });

        assertThat(read.getException()).isNull();
        assertThat(read.getMessage().getHeader(AmazonSpConstants.FEED_STATUS)).isEqualTo("DONE");
        FeedCompletion completion = read.getMessage().getBody(FeedCompletion.class);
        assertThat(completion.feed().resultFeedDocumentId()).isNotBlank();
        assertThat(completion.results().get(1).outcome()).isEqualTo(PriceOutcome.APPLIED);
        assertThat(completion.results().get(2).outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(completion.results().get(2).code()).isEqualTo("NOT_FOUND");
        Exchange withoutId = template.request(uri("priceFeedResult", null), e -> e.getMessage().setBody(List.of()));
        assertThat(withoutId.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(AmazonSpConstants.FEED_ID);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anInventoryFeedIsHeardByTheListenerAndReadAgainByInventoryFeedResult() {
        RecordingFeedListener listener = new RecordingFeedListener(false);
        Exchange pushed = template.request(listenedUri("inventoryPush", listener) + "&patchThreshold=1",
                e -> e.getMessage().setBody(List.of(quantity(sku(7), 41), quantity("NO-SUCH-SKU", 2))));
        String feedId = pushed.getMessage().getHeader(AmazonSpConstants.FEED_ID, String.class);

        assertThat(listener.submitted).singleElement().satisfies(s -> {
            assertThat(s.feedId()).isEqualTo(feedId);
            assertThat(s.messages().values()).allSatisfy(m -> assertThat(m).isInstanceOf(QuantityChange.class));
            assertThat(s.messages().get(1).sku()).isEqualTo(sku(7));
        });
        assertThat(listener.checked).isNotEmpty().last().isEqualTo("DONE");
        assertThat(listener.finished).singleElement().satisfies(c -> assertThat(c.results().values())
                .extracting(ChannelResult::outcome).containsExactly(QuantityOutcome.APPLIED, QuantityOutcome.REJECTED));

        Exchange read = template.request(uri("inventoryFeedResult", null), e -> {
            e.getMessage().setHeader(AmazonSpConstants.FEED_ID, feedId);
            e.getMessage().setBody(Map.of(1, quantity(sku(7), 41), 2, quantity("NO-SUCH-SKU", 2)));
        });
        assertThat(read.getException()).isNull();
        FeedCompletion completion = read.getMessage().getBody(FeedCompletion.class);
        assertThat(completion.done()).isTrue();
        QuantityResult applied = (QuantityResult) completion.results().get(1);
        assertThat(applied.outcome()).isEqualTo(QuantityOutcome.APPLIED);
        assertThat(applied.appliedQuantity()).isEqualTo(41);
        assertThat(completion.results().get(2).code()).isEqualTo("NOT_FOUND");
    }

    // --- catalog

    @Test
    void catalogSearchFindsTheSellersItemsBySku() {
        CatalogSearchPage page = template.requestBodyAndHeaders(uri("catalogSearch", null), null,
                Map.of(AmazonSpConstants.IDENTIFIERS, sku(1), AmazonSpConstants.IDENTIFIERS_TYPE, "SKU"),
                CatalogSearchPage.class);
        assertThat(page.items()).isNotEmpty();
        assertThat(page.items().get(0).asin()).isNotBlank();
    }
}
