package com.channelhub.sandbox.shopify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ShopifySignaturesTest {

    @Test
    void theCallbackHmacMatchesShopifysPublishedExample() {
        // the worked example of Shopify's OAuth documentation (secret "hush")
        Map<String, String> params = Map.of("code", "0907a61c0c8d55e99db179b68161bc00",
                "shop", "some-shop.myshopify.com", "state", "0.6784241404160823", "timestamp", "1337178173",
                "hmac", "ignored");

        assertThat(Signatures.callbackHmac(params, "hush"))
                .isEqualTo("700e2dadb827fcc8609e9d5ce208b2e9cdaab9df07390d2cbca10d7c328fc4bf");
    }

    @Test
    void anEmptySecretSignsAsTheEmptyHmacKey() {
        // RFC 4231-style known value: HMAC-SHA256 with an empty key over an empty message
        String expected = Base64.getEncoder().encodeToString(HexFormat.of()
                .parseHex("b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad"));

        assertThat(Signatures.webhookHmac(new byte[0], "")).isEqualTo(expected);
    }
}
