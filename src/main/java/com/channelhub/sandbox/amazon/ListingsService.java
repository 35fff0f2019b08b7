package com.channelhub.sandbox.amazon;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Service;

/**
 * Listings Items 2021-08-01 on the sandbox's sellers. An ACCEPTED patch is applied a little later, as on Amazon,
 * where ACCEPTED means accepted for processing and later problems surface only as issues on the listing.
 */
@Service
@ConditionalOnAmazonSandbox
class ListingsService {

    static final Set<String> INCLUDED_DATA = Set.of("summaries", "attributes", "issues", "offers",
            "fulfillmentAvailability", "procurement", "relationships", "productTypes");

    /**
     * The issue raised by the LATE_ISSUE fault: Amazon's minimum-price check, as in the getListingsItem sandbox case
     * of the official model.
     */
    static final ListingIssue LATE_ISSUE = ListingIssue.error("18155", "The 'minimum price' is greater than the "
            + "selling price (excluding shipping) for the listing. Review and update your price and/or minimum price.",
            ListingPatches.PURCHASABLE_OFFER, "INVALID_PRICE");

    private final AmazonSandboxProperties properties;
    private final SandboxScheduler scheduler;
    private final Clock clock;

    ListingsService(AmazonSandboxProperties properties, SandboxScheduler scheduler, Clock clock) {
        this.properties = properties;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    ObjectNode get(SpApiCall call, String sku, List<String> includedData) {
        Listing listing = call.seller().listing(sku).orElseThrow(() -> new SpApiException(404, "NOT_FOUND",
                "SKU '" + sku + "' not found in marketplace " + call.seller().marketplaceId() + ".", ""));
        return render(call.seller(), listing, includedData.isEmpty() ? List.of("summaries") : includedData);
    }

    ObjectNode search(SpApiCall call, ListingsSearch search, String pageToken) {
        return search.run(call.seller(), pageToken, this);
    }

    /** patchListingsItem: validates now, applies later (never, for the NOT_APPLIED fault). */
    ObjectNode patch(SpApiCall call, String sku, JsonNode body, boolean previewOnly) {
        if (body == null || !body.path("productType").isTextual() || body.path("productType").asText().isBlank()) {
            throw SpApiException.invalidInput("Missing required parameter 'productType'.");
        }
        JsonNode patches = body.get("patches");
        List<ListingIssue> issues = ListingPatches.validate(patches, call.seller());
        boolean valid = issues.isEmpty();
        ObjectNode answer = JsonNodeFactory.instance.objectNode();
        answer.put("sku", sku);
        answer.put("status", !valid ? "INVALID" : previewOnly ? "VALID" : "ACCEPTED");
        answer.put("submissionId", UUID.randomUUID().toString().replace("-", ""));
        answer.set("issues", issuesJson(issues));
        if (valid && !previewOnly && !call.outcome(FaultKind.NOT_APPLIED)) {
            String productType = body.path("productType").asText();
            boolean lateIssue = call.outcome(FaultKind.LATE_ISSUE);
            scheduler.later(properties.listingApplyDelay(), () -> {
                apply(call.seller(), sku, productType, patches);
                if (lateIssue) {
                    call.seller().touch(sku).ifPresent(listing -> listing.addIssue(LATE_ISSUE, clock.instant()));
                }
            });
        }
        return answer;
    }

    /** Applies validated patches to a listing; a SKU the seller does not have is left alone (as Amazon does). */
    boolean apply(SandboxSeller seller, String sku, String productType, JsonNode patches) {
        return seller.touch(sku).map(listing -> {
            synchronized (listing) {
                listing.update(productType, ListingPatches.apply(listing.attributesCopy(), patches), clock.instant());
            }
            return true;
        }).orElse(false);
    }

    /** A feed's UPDATE: the given attributes replace all of the listing's. */
    void replace(SandboxSeller seller, String sku, String productType, ObjectNode attributes) {
        seller.touch(sku).ifPresent(listing -> listing.update(productType, attributes.deepCopy(), clock.instant()));
    }

    ObjectNode render(SandboxSeller seller, Listing listing, List<String> includedData) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode item = json.objectNode().put("sku", listing.sku());
        String marketplaceId = seller.marketplaceId();
        BigDecimal price = listing.price(marketplaceId);
        Integer quantity = listing.quantity();
        if (includedData.contains("summaries")) {
            ObjectNode summary = item.putArray("summaries").addObject();
            summary.put("marketplaceId", marketplaceId).put("asin", listing.facts().asin())
                    .put("productType", listing.productType()).put("conditionType", "new_new");
            ArrayNode status = summary.putArray("status");
            if (price != null && quantity != null && quantity > 0) {
                status.add("BUYABLE");
            }
            status.add("DISCOVERABLE");
            if (listing.amazonChannel() != null) {
                summary.put("fnSku", fnSku(listing));
            }
            summary.put("itemName", listing.facts().itemName())
                    .put("createdDate", listing.createdAt().toString())
                    .put("lastUpdatedDate", listing.updatedAt().toString());
            summary.putObject("mainImage").put("link", mainImageLink(listing)).put("height", 500).put("width", 500);
        }
        if (includedData.contains("attributes")) {
            item.set("attributes", listing.attributesCopy());
        }
        if (includedData.contains("issues")) {
            item.set("issues", issuesJson(listing.issues()));
        }
        if (includedData.contains("offers")) {
            ArrayNode offers = item.putArray("offers");
            if (price != null) {
                ObjectNode offer = offers.addObject().put("marketplaceId", marketplaceId).put("offerType", "B2C");
                offer.putObject("price").put("currencyCode", seller.currency()).put("amount", price.toPlainString());
                offer.putObject("audience").put("value", "ALL").put("displayName", "Sell on Amazon");
            }
        }
        if (includedData.contains("fulfillmentAvailability")) {
            ObjectNode availability = item.putArray("fulfillmentAvailability").addObject()
                    .put("fulfillmentChannelCode", listing.fulfillmentChannel());
            if (quantity != null) {
                availability.put("quantity", quantity);
            }
        }
        return item;
    }

    /** Amazon's fulfillment-network SKU of an FBA listing: X00 and seven characters, made from the ASIN here. */
    private static String fnSku(Listing listing) {
        String asin = listing.facts().asin();
        return "X00" + asin.substring(asin.length() - 7);
    }

    /** The main image's link, in the form of Amazon's image host; the sandbox serves no images. */
    private static String mainImageLink(Listing listing) {
        return "https://m.media-amazon.com/images/I/" + listing.facts().asin() + "._SL500_.jpg";
    }

    static ArrayNode issuesJson(List<ListingIssue> issues) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (ListingIssue issue : issues) {
            ObjectNode node = array.addObject().put("code", issue.code()).put("message", issue.message())
                    .put("severity", issue.severity());
            // categories is required in the model's Issue, attributeNames optional
            ArrayNode attributeNames = node.putArray("attributeNames");
            issue.attributeNames().forEach(attributeNames::add);
            ArrayNode categories = node.putArray("categories");
            issue.categories().forEach(categories::add);
        }
        return array;
    }
}
