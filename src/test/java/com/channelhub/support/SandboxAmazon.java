package com.channelhub.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Creates sandbox Amazon sellers, connects them to a project with the refresh token of a self-authorization, and
 * reads what the sandbox holds for them: listings and the calls it took.
 */
public final class SandboxAmazon {

    public static final String CONTROL = "/sandbox/amazon/_control";

    private final HubHttp http;

    public SandboxAmazon(HubHttp http) {
        this.http = http;
    }

    /** A seller id no other test uses, in Amazon's shape (upper-case letters and digits). */
    public static String newSellerId() {
        return ("A" + Long.toString(System.nanoTime(), 36)).toUpperCase();
    }

    /**
     * A new NA seller (marketplace ATVPDKIKX0DER, USD) with {@code skus} generated SKUs ({@code skuPrefix000001} …),
     * every {@code fbaEvery}-th fulfilled by Amazon.
     */
    public void createSeller(String sellerId, int skus, String skuPrefix, int fbaEvery) {
        HubHttp.Response seller = http.post(CONTROL + "/sellers", null, "{\"sellerId\":\"" + sellerId
                + "\",\"region\":\"NA\",\"skuCount\":" + skus + ",\"skuPrefix\":\"" + skuPrefix + "\",\"fbaEvery\":"
                + fbaEvery + "}");
        assertThat(seller.status()).as(seller.body()).isEqualTo(201);
    }

    /** The refresh token Seller Central gives the seller for a self-authorization of the hub's app. */
    public String refreshToken(String sellerId) {
        HubHttp.Response authorized = http.post(CONTROL + "/sellers/" + sellerId + "/authorize", null, null);
        assertThat(authorized.status()).as(authorized.body()).isEqualTo(200);
        return authorized.json().get("refreshToken").asText();
    }

    /**
     * Creates the seller's integration with a self-authorized refresh token, as a merchant would: the hub verifies
     * it with Amazon and, when CONNECTED, starts the first pull. Answers the integration.
     */
    public JsonNode connect(String slug, String key, String sellerId) {
        return connect(http, slug, key, sellerId);
    }

    /** The same through another hub instance whose Amazon is this sandbox (instances sharing one database). */
    public JsonNode connect(HubHttp hub, String slug, String key, String sellerId) {
        HubHttp.Response created = hub.post("/api/projects/" + slug + "/integrations", key, """
                {"platform":"AMAZON","externalAccount":"%s","region":"NA","marketplaceIds":["ATVPDKIKX0DER"],
                 "credentials":{"refreshToken":"%s"}}""".formatted(sellerId, refreshToken(sellerId)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    /** The listing as Amazon holds it (price, quantity, ASIN…). */
    public JsonNode listing(String sellerId, String sku) {
        return http.get(CONTROL + "/sellers/" + sellerId + "/listings/" + sku, null).json();
    }

    public BigDecimal listingPrice(String sellerId, String sku) {
        return new BigDecimal(listing(sellerId, sku).get("price").asText());
    }

    /** Every SP-API call the sandbox received for the seller, by operation: requests, throttled… */
    public JsonNode counters(String sellerId) {
        return http.get(CONTROL + "/sellers/" + sellerId + "/counters", null).json();
    }

    /** The calls of an operation Amazon took: those it answered 429 were not taken (and were retried). */
    public long taken(String sellerId, String operation) {
        JsonNode counters = counters(sellerId);
        return counters.path("requests").path(operation).asLong(0) - counters.path("throttled").path(operation).asLong(0);
    }
}
