package com.channelhub.catalog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.CatalogVariant;

/**
 * A digest of what a report row says of a listing (title, status, price, currency, quantity, fulfillment channel,
 * ASIN, open date). Comparing it with the one stored on the variant tells a changed row from an unchanged one
 * without keeping the row itself.
 */
public final class ReportRowFingerprint {

    private ReportRowFingerprint() {
    }

    public static String of(CatalogProduct product, CatalogVariant variant) {
        String row = Stream.of(variant.title(), product.status(),
                        variant.price() == null ? null : variant.price().stripTrailingZeros().toPlainString(),
                        variant.currency(), variant.quantity(), variant.fulfillmentChannel(), variant.externalRef(),
                        variant.updatedAt())
                .map(value -> Objects.toString(value, ""))
                .collect(Collectors.joining("\u001f"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(row.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
