package com.channelhub.pricing;


import java.util.List;
import java.util.UUID;

import com.channelhub.catalog.ChannelProduct;
import com.channelhub.catalog.ChannelProductRepository;
import com.channelhub.catalog.ChannelVariant;
import com.channelhub.catalog.ChannelVariantRepository;
import com.channelhub.connector.PriceChange;
import com.channelhub.connector.shopify.ShopifyConstants;
import com.channelhub.integration.IntegrationRepository;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.sync.SyncLauncher;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A step of the {@code shopify-price-push} route. Shopify's bulk update takes variant ids, not SKUs: the synced
 * catalog maps each SKU to its variant and product. A SKU the catalog does not know goes on without ids and comes
 * back REJECTED from the connector, with the reason — never dropped.
 */
@Component("shopifyPriceTargets")
public class ShopifyPriceTargets {

    private final IntegrationRepository integrations;
    private final ChannelVariantRepository variants;
    private final ChannelProductRepository products;
    private final TransactionTemplate transactions;

    public ShopifyPriceTargets(IntegrationRepository integrations, ChannelVariantRepository variants,
            ChannelProductRepository products, TransactionTemplate transactions) {
        this.integrations = integrations;
        this.variants = variants;
        this.products = products;
        this.transactions = transactions;
    }

    /** Resolves SKUs to Shopify ids and addresses the integration's shop. */
    public void resolve(Exchange exchange) {
        UUID integrationId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
        @SuppressWarnings("unchecked")
        List<PriceChange> changes = exchange.getIn().getBody(List.class);
        PlatformIntegration integration = integrations.findById(integrationId)
                .orElseThrow(() -> new IllegalArgumentException("No integration " + integrationId));
        List<PriceChange> resolved = transactions.execute(status -> changes.stream()
                .map(change -> resolve(integrationId, change)).toList());
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
}
