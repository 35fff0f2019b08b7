package com.channelhub.benchmark;

import com.channelhub.support.HubHttp;

/** An Amazon sandbox seller of N SKUs, connected to a project with a self-authorized refresh token. */
final class SandboxSeller {

    static final String CONTROL = "/sandbox/amazon/_control";
    static final String SKU_PREFIX = "BENCH-";

    final String sellerId;

    private SandboxSeller(String sellerId) {
        this.sellerId = sellerId;
    }

    /** Creates the seller; its catalog is generated (SKUs {@code BENCH-000001} …). */
    static SandboxSeller create(HubHttp http, int skus) {
        String sellerId = ("A" + Long.toString(System.nanoTime(), 36)).toUpperCase();
        HubHttp.Response created = http.post(CONTROL + "/sellers", null, "{\"sellerId\":\"" + sellerId
                + "\",\"region\":\"NA\",\"marketplaceId\":\"ATVPDKIKX0DER\",\"currency\":\"USD\",\"skuCount\":" + skus
                + ",\"skuPrefix\":\"" + SKU_PREFIX + "\",\"fbaEvery\":10}");
        if (created.status() != 201) {
            throw new IllegalStateException("sandbox seller not created: " + created.status() + " " + created.body());
        }
        return new SandboxSeller(sellerId);
    }

    static String sku(int index) {
        return SKU_PREFIX + String.format("%06d", index);
    }

    /**
     * Connects the seller to the project (POST …/integrations with the refresh token of a self-authorization): the
     * hub verifies the token and starts the first listings pull. Answers the integration id.
     */
    String connect(HubHttp http, String slug, String key) {
        String refreshToken = http.post(CONTROL + "/sellers/" + sellerId + "/authorize", null, null).json()
                .get("refreshToken").asText();
        HubHttp.Response created = http.post("/api/projects/" + slug + "/integrations", key, """
                {"platform":"AMAZON","externalAccount":"%s","region":"NA","marketplaceIds":["ATVPDKIKX0DER"],
                 "credentials":{"refreshToken":"%s"}}""".formatted(sellerId, refreshToken));
        if (created.status() != 201 || !"CONNECTED".equals(created.json().path("status").asText())) {
            throw new IllegalStateException("seller not connected: " + created.status() + " " + created.body());
        }
        return created.json().get("id").asText();
    }

    HubHttp.Response counters(HubHttp http) {
        return http.get(CONTROL + "/sellers/" + sellerId + "/counters", null);
    }
}
