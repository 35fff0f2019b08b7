package com.channelhub.pricing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.QuantityOutcome;
import com.channelhub.connector.QuantityResult;
import com.channelhub.sync.SyncLauncher;
import com.channelhub.sync.SyncRun;
import com.channelhub.sync.SyncRunKind;
import com.channelhub.sync.SyncRunService;
import com.channelhub.sync.SyncRunStatus;
import com.channelhub.sync.SyncTrigger;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The INVENTORY_PUSH run around a platform's inventory route, as {@link PricePushRuns} is for prices. A quantity the
 * platform confirms as applied becomes the catalog's quantity at once (the canonical quantity the catalog view shows;
 * Shopify's inventory_levels/update webhook then says the same). UNSUPPORTED (Amazon-fulfilled) counts as neither
 * taken nor refused: the stock is Amazon's.
 */
@Component("inventoryPushRuns")
public class InventoryPushRuns {

    private static final Logger LOG = LoggerFactory.getLogger(InventoryPushRuns.class);

    private static final String SHOPIFY_INVENTORY_ITEM = "gid://shopify/InventoryItem/";
    private static final TypeReference<List<QuantityChange>> QUANTITY_CHANGES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final SyncRunService runs;
    private final Clock clock;
    private final ObjectMapper objectMapper;

    public InventoryPushRuns(JdbcTemplate jdbc, SyncRunService runs, Clock clock, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.clock = clock;
        this.objectMapper = objectMapper;
    }

    /**
     * First step of an inventory-push route: takes the list of {@link QuantityChange} or its JSON (as a dead letter
     * is stored and replayed, or as another system sends it) and starts the run.
     */
    public void start(Exchange exchange) {
        List<QuantityChange> changes = changes(exchange);
        exchange.getIn().setBody(changes);
        UUID integrationId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
        SyncRun run = runs.start(integrationId, SyncRunKind.INVENTORY_PUSH, SyncTrigger.MANUAL);
        runs.expect(run.getId(), changes.size());
        exchange.getIn().setHeader(SyncLauncher.RUN_HEADER, run.getId().toString());
    }

    @SuppressWarnings("unchecked")
    private List<QuantityChange> changes(Exchange exchange) {
        Object body = exchange.getIn().getBody();
        if (body instanceof List<?> list && list.stream().allMatch(QuantityChange.class::isInstance)) {
            return (List<QuantityChange>) list;
        }
        byte[] json = exchange.getIn().getBody(byte[].class);
        if (json == null || json.length == 0) {
            throw new IllegalArgumentException("An inventory push needs a list of quantity changes (or its JSON); the "
                    + "body is " + (body == null ? "empty" : "a " + body.getClass().getName()));
        }
        try {
            return objectMapper.readValue(json, QUANTITY_CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body is not a JSON list of quantity changes: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void complete(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<QuantityResult> results = exchange.getIn().getBody(List.class);
        UUID integrationId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
        keepApplied(integrationId, results);
        UUID runId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.RUN_HEADER, String.class));
        List<QuantityResult> refused = results.stream()
                .filter(r -> r.outcome() == QuantityOutcome.REJECTED || r.outcome() == QuantityOutcome.FAILED).toList();
        runs.count(runId, results.size() - refused.size(), refused.size());
        runs.finish(runId, refused.isEmpty() ? SyncRunStatus.SUCCEEDED
                : refused.size() == results.size() ? SyncRunStatus.FAILED : SyncRunStatus.PARTIAL,
                refused.isEmpty() ? null : refused.size() + " of " + results.size() + " quantities refused, e.g. "
                        + refused.get(0).sku() + ": " + refused.get(0).message());
    }

    /**
     * Best effort, one batched UPDATE (a feed's 25,000 results through the persistence context would be dirty-checked
     * at every look-up): the platform has applied the quantities whatever happens here, and Shopify's
     * inventory_levels/update brings the same value; a lock held by a webhook being applied must not turn applied
     * results into a failed chunk. A quantity reported later than now (a webhook already in) is kept.
     */
    private void keepApplied(UUID integrationId, List<QuantityResult> results) {
        List<QuantityResult> applied = results.stream()
                .filter(r -> r.outcome() == QuantityOutcome.APPLIED && r.appliedQuantity() != null).toList();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        try {
            jdbc.batchUpdate("""
                    UPDATE channel_variants SET inventory_quantity = ?, quantity_updated_at = ?, synced_at = ?
                    WHERE integration_id = ? AND deleted = FALSE AND (quantity_updated_at IS NULL OR quantity_updated_at <= ?)
                      AND (inventory_item_id = ? OR (? IS NULL AND sku = ?))""", applied, 500, (ps, r) -> {
                // Shopify results name the inventory item, Amazon's the SKU (the listing's id)
                String item = r.externalId() != null && r.externalId().startsWith(SHOPIFY_INVENTORY_ITEM)
                        ? r.externalId() : null;
                ps.setInt(1, r.appliedQuantity());
                ps.setObject(2, now);
                ps.setObject(3, now);
                ps.setObject(4, integrationId);
                ps.setObject(5, now);
                ps.setString(6, item);
                ps.setString(7, item);
                ps.setString(8, r.sku());
            });
        } catch (DataAccessException e) {
            LOG.warn("Applied quantities of integration {} not written to the catalog now ({}); the channel's next "
                    + "webhook or pull brings them", integrationId, e.getMessage());
        }
    }
}
