package com.channelhub.pricing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.channelhub.catalog.ChannelProduct;
import com.channelhub.catalog.ChannelProductRepository;
import com.channelhub.catalog.ChannelVariant;
import com.channelhub.catalog.ChannelVariantRepository;
import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.shopify.ShopifyConstants;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.PlatformIntegration;
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
 * Steps of the {@code shopify-price-push} route. Shopify's bulk update takes variant ids, not SKUs: the synced
 * catalog maps each SKU to its variant and product. A SKU the catalog does not know goes on without ids and comes
 * back REJECTED from the connector, with the reason — never dropped.
 */
@Component("shopifyPricePushSteps")
public class ShopifyPricePushSteps {

    private final IntegrationRepository integrations;
    private final ChannelVariantRepository variants;
    private final ChannelProductRepository products;
    private final SyncRunService runs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public ShopifyPricePushSteps(IntegrationRepository integrations, ChannelVariantRepository variants,
            ChannelProductRepository products, SyncRunService runs, TransactionTemplate transactions, Clock clock) {
        this.integrations = integrations;
        this.variants = variants;
        this.products = products;
        this.runs = runs;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Resolves SKUs to Shopify ids, starts a PRICE_PUSH run, addresses the integration's shop. */
    public void prepare(Exchange exchange) {
        UUID integrationId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
        @SuppressWarnings("unchecked")
        List<PriceChange> changes = exchange.getIn().getBody(List.class);
        PlatformIntegration integration = integrations.findById(integrationId)
                .orElseThrow(() -> new IllegalArgumentException("No integration " + integrationId));
        List<PriceChange> resolved = transactions.execute(status -> changes.stream()
                .map(change -> resolve(integrationId, change)).toList());
        SyncRun run = runs.start(integrationId, SyncRunKind.PRICE_PUSH, SyncTrigger.MANUAL);
        runs.expect(run.getId(), resolved.size());
        exchange.getIn().setHeader(SyncLauncher.RUN_HEADER, run.getId().toString());
        exchange.getIn().setHeader(ShopifyConstants.SHOP, integration.getExternalAccount());
        exchange.getIn().setBody(resolved);
    }

    private PriceChange resolve(UUID integrationId, PriceChange change) {
        if (change.variantExternalId() != null && change.productExternalId() != null) {
            return change;
        }
        ChannelVariant variant = change.variantExternalId() != null
                ? variants.findByIntegrationIdAndExternalId(integrationId, change.variantExternalId())
                        .filter(v -> !v.isDeleted()).orElse(null)
                : variants.findByIntegrationIdAndSkuAndDeletedFalse(integrationId, change.sku()).stream().findFirst()
                        .orElse(null);
        if (variant == null) {
            return change;
        }
        String productId = products.findById(variant.getProductId()).map(ChannelProduct::getExternalId).orElse(null);
        return new PriceChange(change.itemId(), change.sku() != null ? change.sku() : variant.getSku(),
                variant.getExternalId(), productId, change.price(), change.compareAtPrice(), change.currency());
    }

    /** Keeps applied prices in the catalog and ends the run with its counts. */
    public void complete(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<PriceResult> results = exchange.getIn().getBody(List.class);
        UUID integrationId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
        transactions.executeWithoutResult(status -> {
            List<String> appliedIds = results.stream().filter(r -> r.outcome() == PriceOutcome.APPLIED && r.externalId() != null)
                    .map(PriceResult::externalId).toList();
            Map<String, PriceResult> byId = results.stream().filter(r -> r.externalId() != null)
                    .collect(Collectors.toMap(PriceResult::externalId, Function.identity(), (a, b) -> b));
            for (String externalId : appliedIds) {
                variants.findByIntegrationIdAndExternalId(integrationId, externalId)
                        .ifPresent(v -> v.applyPrice(byId.get(externalId).appliedPrice(), clock.instant()));
            }
        });
        UUID runId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.RUN_HEADER, String.class));
        List<PriceResult> refused = new ArrayList<>(results.stream()
                .filter(r -> r.outcome() == PriceOutcome.REJECTED || r.outcome() == PriceOutcome.FAILED).toList());
        runs.count(runId, results.size() - refused.size(), refused.size());
        runs.finish(runId, refused.isEmpty() ? SyncRunStatus.SUCCEEDED
                : refused.size() == results.size() ? SyncRunStatus.FAILED : SyncRunStatus.PARTIAL,
                refused.isEmpty() ? null : refused.size() + " of " + results.size() + " prices refused, e.g. "
                        + refused.get(0).sku() + ": " + refused.get(0).message());
    }
}
