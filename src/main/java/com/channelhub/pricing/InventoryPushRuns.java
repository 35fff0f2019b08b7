package com.channelhub.pricing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.channelhub.catalog.ChannelVariant;
import com.channelhub.catalog.ChannelVariantRepository;
import com.channelhub.connector.QuantityOutcome;
import com.channelhub.connector.QuantityResult;
import com.channelhub.sync.SyncLauncher;
import com.channelhub.sync.SyncRun;
import com.channelhub.sync.SyncRunKind;
import com.channelhub.sync.SyncRunService;
import com.channelhub.sync.SyncRunStatus;
import com.channelhub.sync.SyncTrigger;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The INVENTORY_PUSH run around a platform's inventory route, as {@link PricePushRuns} is for prices. A quantity the
 * platform confirms as applied becomes the catalog's quantity at once (the canonical quantity the catalog view shows;
 * Shopify's inventory_levels/update webhook then says the same). UNSUPPORTED (Amazon-fulfilled) counts as neither
 * taken nor refused: the stock is Amazon's.
 */
@Component("inventoryPushRuns")
public class InventoryPushRuns {

    private final ChannelVariantRepository variants;
    private final SyncRunService runs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public InventoryPushRuns(ChannelVariantRepository variants, SyncRunService runs, TransactionTemplate transactions,
            Clock clock) {
        this.variants = variants;
        this.runs = runs;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void start(Exchange exchange) {
        UUID integrationId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
        SyncRun run = runs.start(integrationId, SyncRunKind.INVENTORY_PUSH, SyncTrigger.MANUAL);
        runs.expect(run.getId(), exchange.getIn().getBody(List.class).size());
        exchange.getIn().setHeader(SyncLauncher.RUN_HEADER, run.getId().toString());
    }

    public void complete(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<QuantityResult> results = exchange.getIn().getBody(List.class);
        UUID integrationId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
        Instant now = clock.instant();
        transactions.executeWithoutResult(status -> results.stream()
                .filter(r -> r.outcome() == QuantityOutcome.APPLIED && r.appliedQuantity() != null)
                .forEach(r -> variantsOf(integrationId, r).forEach(v -> v.updateQuantity(r.appliedQuantity(), now,
                        now))));
        UUID runId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.RUN_HEADER, String.class));
        List<QuantityResult> refused = results.stream()
                .filter(r -> r.outcome() == QuantityOutcome.REJECTED || r.outcome() == QuantityOutcome.FAILED).toList();
        runs.count(runId, results.size() - refused.size(), refused.size());
        runs.finish(runId, refused.isEmpty() ? SyncRunStatus.SUCCEEDED
                : refused.size() == results.size() ? SyncRunStatus.FAILED : SyncRunStatus.PARTIAL,
                refused.isEmpty() ? null : refused.size() + " of " + results.size() + " quantities refused, e.g. "
                        + refused.get(0).sku() + ": " + refused.get(0).message());
    }

    /** Shopify results name the inventory item, Amazon's the SKU (the listing's id). */
    private List<ChannelVariant> variantsOf(UUID integrationId, QuantityResult result) {
        if (result.externalId() != null && result.externalId().startsWith("gid://shopify/InventoryItem/")) {
            return variants.findByIntegrationIdAndInventoryItemId(integrationId, result.externalId());
        }
        return variants.findByIntegrationIdAndSkuAndDeletedFalse(integrationId, result.sku());
    }
}
