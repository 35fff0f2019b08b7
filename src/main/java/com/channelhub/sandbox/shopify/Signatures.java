package com.channelhub.sandbox.shopify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Shopify's two HMAC-SHA256 signatures, both keyed with the app's client secret. */
final class Signatures {

    private Signatures() {
    }

    /**
     * The OAuth callback {@code hmac}: the other query parameters sorted by name, joined as {@code name=value} with
     * {@code &}, lowercase hex (shopify.dev "verify a request", platform facts).
     */
    static String callbackHmac(Map<String, String> params, String secret) {
        String message = new TreeMap<>(params).entrySet().stream()
                .filter(e -> !e.getKey().equals("hmac"))
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("&"));
        return HexFormat.of().formatHex(hmac(message.getBytes(StandardCharsets.UTF_8), secret));
    }

    /** {@code X-Shopify-Hmac-Sha256}: base64 of the HMAC over the raw body bytes (Shopify webhook docs). */
    static String webhookHmac(byte[] body, String secret) {
        return Base64.getEncoder().encodeToString(hmac(body, secret));
    }

    static boolean constantTimeEquals(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] hmac(byte[] message, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            byte[] key = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
            // HMAC pads keys with zero bytes, so one zero byte signs exactly as the empty key (which JCA refuses):
            // a hub without Shopify credentials still sends verifiable webhooks
            mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, "HmacSHA256"));
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
