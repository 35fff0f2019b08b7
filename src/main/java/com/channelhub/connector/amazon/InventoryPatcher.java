package com.channelhub.connector.amazon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.QuantityOutcome;
import com.channelhub.connector.QuantityResult;
import com.channelhub.connector.amazon.client.AmazonSpAuthorizationException;
import com.channelhub.connector.amazon.client.AmazonSpClient;
import com.channelhub.connector.amazon.client.AmazonSpException;
import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;
import com.channelhub.connector.amazon.client.ListingsItem;
import com.channelhub.connector.amazon.client.ListingsSubmission;
import com.channelhub.connector.amazon.client.SellerCredentials;

/**
 * Quantities through patchListingsItem, SKU by SKU: read the listing's fulfillment availability first (an
 * Amazon-fulfilled offer is UNSUPPORTED, not sent; a SKU without a listing is REJECTED), then merge the DEFAULT
 * channel's quantity. ACCEPTED means accepted for processing, not applied.
 */
final class InventoryPatcher {

    private static final List<String> READ = List.of("summaries", "fulfillmentAvailability");

    private final AmazonSpClient client;

    InventoryPatcher(AmazonSpClient client) {
        this.client = client;
    }

    List<QuantityResult> push(SellerCredentials credentials, String marketplaceId, String issueLocale,
            List<QuantityChange> changes) {
        List<QuantityResult> results = new ArrayList<>(changes.size());
        for (QuantityChange change : changes) {
            Optional<QuantityResult> refusal = SellerQuantities.refusal(change);
            results.add(refusal.orElseGet(() -> patch(credentials, marketplaceId, issueLocale, change)));
        }
        return results;
    }

    private QuantityResult patch(SellerCredentials credentials, String marketplaceId, String issueLocale,
            QuantityChange change) {
        List<String> marketplaces = List.of(marketplaceId);
        try {
            Optional<ListingsItem> item = client.getListingsItem(credentials, change.sku(), marketplaces, READ,
                    issueLocale);
            if (item.isEmpty()) {
                return SellerQuantities.result(change, QuantityOutcome.REJECTED, null, PriceTarget.UNKNOWN_SKU,
                        "seller " + credentials.sellerId() + " has no listing with SKU " + change.sku() + " in "
                                + marketplaceId);
            }
            Optional<String> amazonChannel = SellerQuantities.amazonChannel(item.get());
            if (amazonChannel.isPresent()) {
                return SellerQuantities.unsupported(change, amazonChannel.get());
            }
            ListingsItem.Summary summary = item.get().summary(marketplaceId);
            String productType = summary == null || summary.productType() == null
                    ? AmazonSpPlatformFacts.GENERIC_PRODUCT_TYPE : summary.productType();
            ListingsSubmission submission = client.patchListingsItem(credentials, change.sku(), marketplaces,
                    SellerQuantities.patch(productType, change.quantity()), issueLocale);
            if (submission.accepted()) {
                return SellerQuantities.result(change, QuantityOutcome.ACCEPTED, null, null,
                        "accepted for processing as submission " + submission.submissionId());
            }
            return rejected(change, submission);
        } catch (AmazonSpAuthorizationException e) {
            throw e;
        } catch (AmazonSpException e) {
            QuantityOutcome outcome = e.isRetryable() ? QuantityOutcome.FAILED : QuantityOutcome.REJECTED;
            return SellerQuantities.result(change, outcome, null, e.getCode(), e.getMessage());
        }
    }

    private static QuantityResult rejected(QuantityChange change, ListingsSubmission submission) {
        ListingsSubmission.Refusal r = submission.refusal();
        return SellerQuantities.result(change, QuantityOutcome.REJECTED, null, r.code(), r.message());
    }
}
