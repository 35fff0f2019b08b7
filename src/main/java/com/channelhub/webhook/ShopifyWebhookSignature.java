package com.channelhub.webhook;

import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;


import com.channelhub.api.ApiProblem;
import com.channelhub.config.HubProperties;
import com.channelhub.crypto.HmacSha256;
import org.apache.camel.Exchange;
import org.apache.camel.Handler;
import org.springframework.stereotype.Component;

/**
 * Verifies {@code X-Shopify-Hmac-Sha256}: base64 of HMAC-SHA256 over the raw body bytes, keyed with the app's client
 * secret, compared in constant time; nothing is parsed before. After a secret rotation Shopify may sign with the
 * previous secret for up to an hour, so it is accepted until {@code HUB_SHOPIFY_PREVIOUS_SECRET_EXPIRES_AT}.
 * Source: shopify.dev webhook verification docs; platform facts "Webhooks".
 */
@Component("shopifyWebhookSignature")
public class ShopifyWebhookSignature {

    public static final String HMAC_HEADER = "X-Shopify-Hmac-Sha256";

    private final HubProperties.Shopify shopify;
    private final Clock clock;

    public ShopifyWebhookSignature(HubProperties properties, Clock clock) {
        this.shopify = properties.shopify();
        this.clock = clock;
    }

    /** Route step: rejects the delivery with 401 unless its signature matches. */
    @Handler
    public void verify(Exchange exchange) {
        byte[] body = exchange.getIn().getBody(byte[].class);
        String signature = exchange.getIn().getHeader(HMAC_HEADER, String.class);
        if (!matches(body == null ? new byte[0] : body, signature)) {
            throw ApiProblem.unauthorized("The webhook's " + HMAC_HEADER + " does not match its body.");
        }
        // keep the exact bytes for storage: the body stream has been read once already
        exchange.getIn().setBody(body);
    }

    boolean matches(byte[] body, String signature) {
        if (signature == null || signature.isBlank() || shopify.clientSecret() == null) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(signature.trim());
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (MessageDigest.isEqual(HmacSha256.sign(body, shopify.clientSecret()), presented)) {
            return true;
        }
        return shopify.previousClientSecret() != null && shopify.previousSecretExpiresAt() != null
                && clock.instant().isBefore(shopify.previousSecretExpiresAt())
                && MessageDigest.isEqual(HmacSha256.sign(body, shopify.previousClientSecret()), presented);
    }
}
