package com.channelhub.connector.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.QuantityOutcome;
import com.channelhub.connector.QuantityResult;
import com.channelhub.connector.amazon.client.AmazonSpAuthorizationException;
import com.channelhub.connector.amazon.client.AmazonSpException;
import com.channelhub.connector.amazon.client.ListingsItem;
import com.channelhub.connector.amazon.client.ListingsSubmission;
import com.channelhub.connector.amazon.client.SellerCredentials;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Camel side over a stub client: dispatch, headers, and the price patch flow's decisions. */
class AmazonSpProducerTest {

    private static final String URI = "amazon-sp:pricePatch?sellerId=A2DEMOSELLER01&clientId=id&clientSecret=secret"
            + "&refreshToken=RAW(Atzr|x)&amazonSpClient=#stub";

    private final StubAmazonSpClient stub = new StubAmazonSpClient();
    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        camel = new DefaultCamelContext();
        camel.getRegistry().bind("stub", stub);
        camel.start();
        template = camel.createProducerTemplate();
        stub.listings.put("SKU-1", listing("SKU-1", "[{\"marketplace_id\":\"ATVPDKIKX0DER\",\"currency\":\"USD\","
                + "\"our_price\":[{\"schedule\":[{\"value_with_tax\":30.0}]}],"
                + "\"discounted_price\":[{\"schedule\":[{\"value_with_tax\":25.0}]}]}]"));
    }

    @AfterEach
    void stop() {
        camel.stop();
    }

    private static ListingsItem listing(String sku, String purchasableOffer) throws Exception {
        JsonNode attributes = new ObjectMapper().readTree("{\"purchasable_offer\":" + purchasableOffer + "}");
        return new ListingsItem(sku, List.of(new ListingsItem.Summary("ATVPDKIKX0DER", "B0TEST", "LUGGAGE", null,
                List.of("BUYABLE"), null, "Suitcase", null, null, null)), attributes, List.of(), List.of(), List.of());
    }

    private static PriceChange change(String sku, String price) {
        return new PriceChange("item-" + sku, sku, null, null, new BigDecimal(price), null, "USD");
    }

    @SuppressWarnings("unchecked")
    private List<PriceResult> patch(PriceChange... changes) {
        return template.requestBody(URI, List.of(changes), List.class);
    }

    @Test
    void aPatchReplacesOnlyOurPriceWithTheListingsProductTypeAndIsAcceptedNotApplied() {
        List<PriceResult> results = patch(change("SKU-1", "27.50"));
        assertThat(results).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(PriceOutcome.ACCEPTED);
            assertThat(r.appliedPrice()).isNull();
            assertThat(r.message()).contains("sub-SKU-1");
        });
        assertThat(stub.patches).singleElement().satisfies(p -> {
            assertThat(p.productType()).isEqualTo("LUGGAGE");
            assertThat(p.patches()).singleElement().satisfies(op -> {
                assertThat(op.op()).isEqualTo("replace");
                assertThat(op.path()).isEqualTo("/attributes/purchasable_offer");
                assertThat(op.value().at("/0/our_price/0/schedule/0/value_with_tax").decimalValue())
                        .isEqualByComparingTo("27.50");
                assertThat(op.value().at("/0/discounted_price/0/schedule/0/value_with_tax").decimalValue())
                        .isEqualByComparingTo("25.0");
            });
        });
    }

    @Test
    void anInvalidSubmissionIsRejectedWithAmazonsIssue() {
        stub.patchAnswer = sku -> new ListingsSubmission(sku, "INVALID", "s", List.of(
                new ListingsItem.Issue("4000001", "purchasable_offer is malformed", "ERROR", List.of(), List.of()),
                new ListingsItem.Issue("18448", "incomplete", "WARNING", List.of(), List.of())));
        PriceResult result = patch(change("SKU-1", "27.50")).get(0);
        assertThat(result.outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(result.code()).isEqualTo("4000001");
        assertThat(result.message()).isEqualTo("4000001: purchasable_offer is malformed");
    }

    @Test
    void outagesFailTheItemAndClientErrorsRejectIt() {
        stub.patchAnswer = sku -> {
            throw new AmazonSpException("patchListingsItem answered HTTP 503", 503, "ServiceUnavailable", "r", true,
                    List.of(), null);
        };
        assertThat(patch(change("SKU-1", "27.50")).get(0).outcome()).isEqualTo(PriceOutcome.FAILED);
        stub.patchAnswer = sku -> {
            throw new AmazonSpException("patchListingsItem answered HTTP 400: InvalidInput", 400, "InvalidInput", "r",
                    false, List.of(), null);
        };
        PriceResult rejected = patch(change("SKU-1", "27.50")).get(0);
        assertThat(rejected.outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(rejected.code()).isEqualTo("InvalidInput");
    }

    @Test
    void refusedCredentialsFailTheWholeExchangeAndReadinessGoesDown() {
        stub.patchAnswer = sku -> {
            throw new AmazonSpAuthorizationException("invalid_grant", "revoked", 400);
        };
        Exchange exchange = template.request(URI, e -> e.getMessage().setBody(List.of(change("SKU-1", "27.50"))));
        assertThat(exchange.getException()).isInstanceOf(AmazonSpAuthorizationException.class);
        AmazonSpEndpoint endpoint = camel.getEndpoint(URI, AmazonSpEndpoint.class);
        assertThat(new AmazonSpHealthCheck(endpoint, "t").call().getState())
                .isEqualTo(HealthCheck.State.DOWN);
    }

    @Test
    void oneSellersRevocationBehindAProviderLeavesTheEndpointReadyButABadClientSecretDoesNot() {
        camel.getRegistry().bind("sellers", (AmazonSpCredentialsProvider) id -> new SellerCredentials(id, "id", "secret",
                "Atzr|" + id));
        String uri = "amazon-sp:pricePatch?credentialsProvider=#sellers&amazonSpClient=#stub";
        AmazonSpEndpoint endpoint = camel.getEndpoint(uri, AmazonSpEndpoint.class);
        AmazonSpHealthCheck check = new AmazonSpHealthCheck(endpoint, "t");

        stub.patchAnswer = sku -> {
            throw new AmazonSpAuthorizationException("invalid_grant", "revoked", 400);
        };
        Exchange revoked = template.request(uri, e -> {
            e.getMessage().setHeader(AmazonSpConstants.SELLER_ID, "AREVOKED");
            e.getMessage().setBody(List.of(change("SKU-1", "27.50")));
        });
        assertThat(revoked.getException()).isInstanceOf(AmazonSpAuthorizationException.class);
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);

        stub.patchAnswer = sku -> {
            throw new AmazonSpAuthorizationException("invalid_client", "Client authentication failed", 401);
        };
        template.request(uri, e -> {
            e.getMessage().setHeader(AmazonSpConstants.SELLER_ID, "AOTHER");
            e.getMessage().setBody(List.of(change("SKU-1", "27.50")));
        });
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.DOWN);
    }

    @Test
    void theOperationAndSellerCanBeChosenPerMessage() {
        ListingsItem item = template.requestBodyAndHeaders(URI, null, Map.of(AmazonSpConstants.OPERATION,
                "getListingsItem", AmazonSpConstants.SKU, "SKU-1", AmazonSpConstants.SELLER_ID, "AOTHERSELLER"),
                ListingsItem.class);
        assertThat(item.sku()).isEqualTo("SKU-1");
        assertThat(stub.sellersAsked).containsExactly("AOTHERSELLER");
    }

    @Test
    @SuppressWarnings("unchecked")
    void pricesGoToTheMarketplaceOfTheHeaderInItsCurrency() {
        List<PriceResult> results = template.requestBodyAndHeader(URI, List.of(change("SKU-1", "27.50")),
                AmazonSpConstants.MARKETPLACE_IDS, "A1PA6795UKMFR9", List.class);
        PriceResult result = results.get(0);
        assertThat(result.outcome()).isEqualTo(PriceOutcome.REJECTED);
        assertThat(result.message()).contains("sells in EUR");
    }

    @SuppressWarnings("unchecked")
    private List<QuantityResult> inventory(QuantityChange... changes) {
        return template.requestBodyAndHeader(URI, List.of(changes), AmazonSpConstants.OPERATION, "inventoryPush",
                List.class);
    }

    private static ListingsItem fulfilled(String sku, String channel, Integer quantity) {
        return new ListingsItem(sku, List.of(new ListingsItem.Summary("ATVPDKIKX0DER", "B0TEST", "LUGGAGE", null,
                List.of("BUYABLE"), null, "Suitcase", null, null, null)), null, List.of(), List.of(),
                List.of(new ListingsItem.FulfillmentAvailability(channel, quantity)));
    }

    @Test
    void aSmallInventoryPushMergesTheDefaultQuantityAndReportsFbaOffersUnsupportedWithoutSendingThem() {
        stub.listings.put("MFN-1", fulfilled("MFN-1", "DEFAULT", 4));
        stub.listings.put("FBA-1", fulfilled("FBA-1", "AMAZON_NA", null));

        List<QuantityResult> results = inventory(new QuantityChange("a", "MFN-1", null, 12, 4, null),
                new QuantityChange("b", "FBA-1", null, 5, null, null),
                new QuantityChange("c", "FBA-2", null, 5, null, "AMAZON_EU"),
                new QuantityChange("d", "GONE-1", null, 5, null, null));

        assertThat(results).extracting(QuantityResult::outcome).containsExactly(QuantityOutcome.ACCEPTED,
                QuantityOutcome.UNSUPPORTED, QuantityOutcome.UNSUPPORTED, QuantityOutcome.REJECTED);
        assertThat(results.get(1).message()).contains("AMAZON_NA", "Amazon's");
        assertThat(results.get(2).code()).isEqualTo(SellerQuantities.AMAZON_FULFILLED);
        assertThat(results.get(3).code()).isEqualTo(PriceTarget.UNKNOWN_SKU);
        assertThat(stub.patches).singleElement().satisfies(p -> {
            assertThat(p.productType()).isEqualTo("LUGGAGE");
            assertThat(p.patches()).singleElement().satisfies(op -> {
                assertThat(op.op()).isEqualTo("merge");
                assertThat(op.path()).isEqualTo("/attributes/fulfillment_availability");
                assertThat(op.value().toString()).isEqualTo("[{\"fulfillment_channel_code\":\"DEFAULT\",\"quantity\":12}]");
            });
        });
    }

    @Test
    void aNegativeQuantityIsRejectedBeforeAnythingIsSent() {
        QuantityResult result = inventory(new QuantityChange("a", "SKU-1", null, -1, null, null)).get(0);
        assertThat(result.outcome()).isEqualTo(QuantityOutcome.REJECTED);
        assertThat(result.code()).isEqualTo(SellerQuantities.INVALID_QUANTITY);
        assertThat(stub.patches).isEmpty();
    }

    @Test
    void anInjectedClientIsNeverClosedByTheEndpoint() {
        patch(change("SKU-1", "27.50"));
        camel.stop();
        assertThat(stub.closed).isFalse();
    }
}
