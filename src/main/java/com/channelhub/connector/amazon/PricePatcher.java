package com.channelhub.connector.amazon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.amazon.client.AmazonSpAuthorizationException;
import com.channelhub.connector.amazon.client.AmazonSpClient;
import com.channelhub.connector.amazon.client.AmazonSpException;
import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;
import com.channelhub.connector.amazon.client.ListingsItem;
import com.channelhub.connector.amazon.client.ListingsPatch;
import com.channelhub.connector.amazon.client.ListingsSubmission;
import com.channelhub.connector.amazon.client.SellerCredentials;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Prices through patchListingsItem, as Amazon's pricing sample does: read the listing's {@code purchasable_offer},
 * replace only {@code our_price}, send {@code op: replace}. ACCEPTED means accepted for processing, not applied
 * (problems surface later as listing issues), so the result is ACCEPTED, never APPLIED.
 */
final class PricePatcher {

    private static final List<String> READ = List.of("summaries", "attributes", "issues");

    private final AmazonSpClient client;

    PricePatcher(AmazonSpClient client) {
        this.client = client;
    }

    List<PriceResult> push(SellerCredentials credentials, String marketplaceId, String issueLocale,
            List<PriceChange> changes) {
        String currency = PriceTarget.currency(marketplaceId);
        List<PriceResult> results = new ArrayList<>(changes.size());
        for (PriceChange change : changes) {
            Optional<String> problem = PriceValidator.problem(change, marketplaceId, currency);
            results.add(problem.isPresent()
                    ? FeedResultMapper.result(change, PriceOutcome.REJECTED, null, PriceTarget.INVALID_PRICE, problem.get())
                    : patch(credentials, marketplaceId, currency, issueLocale, change));
        }
        return results;
    }

    private PriceResult patch(SellerCredentials credentials, String marketplaceId, String currency,
            String issueLocale, PriceChange change) {
        List<String> marketplaces = List.of(marketplaceId);
        try {
            Optional<ListingsItem> item = client.getListingsItem(credentials, change.sku(), marketplaces, READ,
                    issueLocale);
            if (item.isEmpty()) {
                return FeedResultMapper.result(change, PriceOutcome.REJECTED, null, PriceTarget.UNKNOWN_SKU,
                        "seller " + credentials.sellerId() + " has no listing with SKU " + change.sku() + " in "
                                + marketplaceId);
            }
            ListingsItem listing = item.get();
            JsonNode current = listing.attributes() == null ? null
                    : listing.attributes().get(AmazonSpPlatformFacts.PURCHASABLE_OFFER);
            ListingsItem.Summary summary = listing.summary(marketplaceId);
            String productType = summary == null || summary.productType() == null
                    ? AmazonSpPlatformFacts.GENERIC_PRODUCT_TYPE : summary.productType();
            ListingsPatch patch = new ListingsPatch(productType, List.of(new ListingsPatch.Operation("replace",
                    "/attributes/" + AmazonSpPlatformFacts.PURCHASABLE_OFFER,
                    PurchasableOffers.withOurPrice(current, marketplaceId, currency, change.price()))));
            ListingsSubmission submission = client.patchListingsItem(credentials, change.sku(), marketplaces, patch,
                    issueLocale);
            if (submission.accepted()) {
                return new PriceResult(change.itemId(), change.sku(), change.sku(), PriceOutcome.ACCEPTED, null, null,
                        "accepted for processing as submission " + submission.submissionId());
            }
            return rejected(change, submission);
        } catch (AmazonSpAuthorizationException e) {
            throw e;
        } catch (AmazonSpException e) {
            PriceOutcome outcome = e.isRetryable() ? PriceOutcome.FAILED : PriceOutcome.REJECTED;
            return FeedResultMapper.result(change, outcome, null, e.getCode(), e.getMessage());
        }
    }

    private static PriceResult rejected(PriceChange change, ListingsSubmission submission) {
        ListingsSubmission.Refusal r = submission.refusal();
        return FeedResultMapper.result(change, PriceOutcome.REJECTED, null, r.code(), r.message());
    }
}
