package com.channelhub.sandbox.amazon;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/**
 * GET_MERCHANT_LISTINGS_ALL_DATA as Amazon writes it: tab-separated, one header row with Amazon's column names,
 * one row per listing (open-date in the marketplace's local time, "2024-01-01 00:00:00 PST").
 */
final class MerchantListingsReport {

    static final List<String> COLUMNS = List.of("item-name", "item-description", "listing-id", "seller-sku", "price",
            "quantity", "open-date", "image-url", "item-is-marketplace", "product-id-type", "zshop-shipping-fee",
            "item-note", "item-condition", "zshop-category1", "zshop-browse-path", "zshop-storefront-feature", "asin1",
            "asin2", "asin3", "will-ship-internationally", "expedited-shipping", "zshop-boldface", "product-id",
            "bid-for-featured-placement", "add-delete", "pending-quantity", "fulfillment-channel",
            "merchant-shipping-group", "status");

    private static final Map<String, ZoneId> ZONES = Map.of("NA", ZoneId.of("America/Los_Angeles"),
            "EU", ZoneId.of("Europe/London"), "FE", ZoneId.of("Asia/Tokyo"));

    private MerchantListingsReport() {
    }

    static byte[] write(SandboxSeller seller) {
        DateTimeFormatter openDate = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z")
                .withZone(ZONES.get(seller.region()));
        StringBuilder tsv = new StringBuilder(64 + seller.skuCount() * 200);
        tsv.append(String.join("\t", COLUMNS)).append('\n');
        seller.listings().forEach(listing -> {
            var price = listing.price(seller.marketplaceId());
            Integer quantity = listing.quantity();
            boolean fba = listing.amazonChannel() != null;
            boolean active = price != null && (fba || quantity != null && quantity > 0);
            String asin = listing.facts().asin();
            // product-id-type 1 = ASIN; item-condition 11 = New; FBA rows leave quantity empty, as Amazon's do
            row(tsv, clean(listing.facts().itemName()), "", listingId(seller, listing), listing.sku(),
                    price == null ? "" : price.toPlainString(), fba || quantity == null ? "" : quantity.toString(),
                    openDate.format(listing.createdAt()), "", "y", "1", "", "", "11", "", "", "", asin, "", "", "", "",
                    "", asin, "", "", "0", listing.fulfillmentChannel(), "Migrated Template",
                    active ? "Active" : "Inactive");
        });
        return tsv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String listingId(SandboxSeller seller, Listing listing) {
        return "0101" + seller.upcCode() + listing.sku().substring(listing.sku().length() - 6);
    }

    private static String clean(String value) {
        return value.replace('\t', ' ').replace('\n', ' ');
    }

    private static void row(StringBuilder tsv, String... values) {
        tsv.append(String.join("\t", values)).append('\n');
    }
}
