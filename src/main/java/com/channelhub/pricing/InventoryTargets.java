package com.channelhub.pricing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.shopify.ShopifyConstants;
import com.channelhub.sync.SyncLauncher;
import org.apache.camel.Exchange;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A step of the inventory push routes: adds what the synced catalog knows of each SKU on the channel — Shopify's
 * inventory item, the quantity last heard of (pull or inventory_levels/update webhook; Shopify's compare-and-set
 * value), and who fulfills the offer (Amazon: DEFAULT or AMAZON_*, learned by the listings pull) — and addresses
 * the shop at the integration's location (null: the shop's primary location). A SKU the catalog does not know goes
 * on as it is and comes back REJECTED from the connector with the reason.
 */
@Component("inventoryTargets")
public class InventoryTargets {

    private static final int IN_LIST = 1000;

    private final JdbcTemplate jdbc;

    public InventoryTargets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private record Known(String inventoryItemId, Integer quantity, String fulfillmentChannel) {
    }

    public void resolve(Exchange exchange) {
        UUID integrationId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
        @SuppressWarnings("unchecked")
        List<QuantityChange> changes = exchange.getIn().getBody(List.class);
        Map<String, Known> known = known(integrationId, changes.stream().map(QuantityChange::sku).toList());
        exchange.getIn().setBody(changes.stream().map(c -> {
            Known k = known.get(c.sku());
            return k == null ? c : new QuantityChange(c.itemId(), c.sku(), k.inventoryItemId(), c.quantity(),
                    k.quantity(), k.fulfillmentChannel());
        }).toList());
        jdbc.query("SELECT platform, external_account, inventory_location_id FROM platform_integrations WHERE id = ?",
                rs -> {
                    if ("SHOPIFY".equals(rs.getString("platform"))) {
                        exchange.getIn().setHeader(ShopifyConstants.SHOP, rs.getString("external_account"));
                        exchange.getIn().setHeader(ShopifyConstants.LOCATION_ID, rs.getString("inventory_location_id"));
                    }
                }, integrationId);
    }

    private Map<String, Known> known(UUID integrationId, List<String> skus) {
        Map<String, Known> known = new HashMap<>();
        for (int from = 0; from < skus.size(); from += IN_LIST) {
            List<String> chunk = skus.subList(from, Math.min(skus.size(), from + IN_LIST));
            Object[] args = new Object[chunk.size() + 1];
            args[0] = integrationId;
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = chunk.get(i);
            }
            jdbc.query("SELECT sku, inventory_item_id, inventory_quantity, fulfillment_channel FROM channel_variants"
                    + " WHERE integration_id = ? AND deleted = FALSE AND sku IN ("
                    + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ") ORDER BY external_id",
                    rs -> {
                        int quantity = rs.getInt("inventory_quantity");
                        known.putIfAbsent(rs.getString("sku"), new Known(rs.getString("inventory_item_id"),
                                rs.wasNull() ? null : quantity, rs.getString("fulfillment_channel")));
                    }, args);
        }
        return known;
    }
}
