package com.channelhub.sandbox.amazon;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The images and sales ranks data sets of a generated catalog item, in the shapes of the catalogItems_2022-04-01
 * model (ItemImagesByMarketplace: variant, link, height, width; ItemSalesRanksByMarketplace: classificationRanks
 * and displayGroupRanks, each with a title and a rank), derived from the ASIN so every answer is the same.
 */
final class CatalogItemExtras {

    private static final String IMAGE_HOST = "https://m.media-amazon.com/images/I/";

    private CatalogItemExtras() {
    }

    static void images(ObjectNode item, Listing.CatalogFacts facts, String marketplaceId) {
        ArrayNode images = item.putArray("images").addObject().put("marketplaceId", marketplaceId).putArray("images");
        images.addObject().put("variant", "MAIN").put("link", IMAGE_HOST + facts.asin() + "-main.jpg")
                .put("height", 1500).put("width", 1500);
        images.addObject().put("variant", "PT01").put("link", IMAGE_HOST + facts.asin() + "-pt01.jpg")
                .put("height", 1000).put("width", 1000);
    }

    static void salesRanks(ObjectNode item, Listing.CatalogFacts facts, String marketplaceId) {
        int rank = 1 + Math.floorMod(facts.asin().hashCode(), 250_000);
        ObjectNode ranks = item.putArray("salesRanks").addObject().put("marketplaceId", marketplaceId);
        ranks.putArray("classificationRanks").addObject().put("classificationId", "1063306")
                .put("title", "Home & Kitchen > " + facts.brand()).put("rank", Math.max(1, rank / 10));
        ranks.putArray("displayGroupRanks").addObject().put("websiteDisplayGroup", "home_display_on_website")
                .put("title", "Home & Kitchen").put("rank", rank);
    }
}
