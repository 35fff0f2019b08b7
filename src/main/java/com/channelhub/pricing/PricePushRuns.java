package com.channelhub.pricing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
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
 * The PRICE_PUSH run around a platform's price-push route: started with the number of changes, ended with how many
 * the platform took (APPLIED, or ACCEPTED for Amazon patches) and refused. Prices a platform confirms as applied are
 * kept in the catalog; an ACCEPTED one is not, since Amazon has not applied it yet.
 */
@Component("pricePushRuns")
public class PricePushRuns {

    private static final TypeReference<List<PriceChange>> PRICE_CHANGES = new TypeReference<>() {
    };

    private static final Logger LOG = LoggerFactory.getLogger(PricePushRuns.class);

    private final JdbcTemplate jdbc;
    private final SyncRunService runs;
    private final Clock clock;
    private final ObjectMapper objectMapper;

    public PricePushRuns(JdbcTemplate jdbc, SyncRunService runs, Clock clock, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.runs = runs;
        this.clock = clock;
        this.objectMapper = objectMapper;
    }

    /**
     * First step of a price-push route: takes the list of {@link PriceChange} or its JSON (as a dead letter is
     * stored and replayed, or as another system sends it) and starts the run.
     */
    public void start(Exchange exchange) {
        List<PriceChange> changes = changes(exchange);
        exchange.getIn().setBody(changes);
        UUID integrationId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
        SyncRun run = runs.start(integrationId, SyncRunKind.PRICE_PUSH, SyncTrigger.MANUAL);
        runs.expect(run.getId(), changes.size());
        exchange.getIn().setHeader(SyncLauncher.RUN_HEADER, run.getId().toString());
    }

    @SuppressWarnings("unchecked")
    private List<PriceChange> changes(Exchange exchange) {
        Object body = exchange.getIn().getBody();
        if (body instanceof List<?> list && list.stream().allMatch(PriceChange.class::isInstance)) {
            return (List<PriceChange>) list;
        }
        byte[] json = exchange.getIn().getBody(byte[].class);
        if (json == null || json.length == 0) {
            throw new IllegalArgumentException("A price push needs a list of price changes (or its JSON); the body is "
                    + (body == null ? "empty" : "a " + body.getClass().getName()));
        }
        try {
            return objectMapper.readValue(json, PRICE_CHANGES);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The body is not a JSON list of price changes: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void complete(Exchange exchange) {
        @SuppressWarnings("unchecked")
        List<PriceResult> results = exchange.getIn().getBody(List.class);
        UUID integrationId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
        keepApplied(integrationId, results);
        UUID runId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.RUN_HEADER, String.class));
        List<PriceResult> refused = new ArrayList<>(results.stream()
                .filter(r -> r.outcome() == PriceOutcome.REJECTED || r.outcome() == PriceOutcome.FAILED).toList());
        runs.count(runId, results.size() - refused.size(), refused.size());
        runs.finish(runId, refused.isEmpty() ? SyncRunStatus.SUCCEEDED
                : refused.size() == results.size() ? SyncRunStatus.FAILED : SyncRunStatus.PARTIAL,
                refused.isEmpty() ? null : refused.size() + " of " + results.size() + " prices refused, e.g. "
                        + refused.get(0).sku() + ": " + refused.get(0).message());
    }

    /**
     * Best effort, one batched UPDATE (a feed's 25,000 results looked up one by one through the persistence context
     * would be dirty-checked at every look-up): the platform has applied the prices whatever happens here, and
     * Shopify's products/update brings the same value; a lock held by a webhook being applied must not turn applied
     * results into a failed chunk. Shopify results name the variant (its GID), Amazon's the SKU (the listing's id).
     */
    private void keepApplied(UUID integrationId, List<PriceResult> results) {
        List<PriceResult> applied = results.stream()
                .filter(r -> r.outcome() == PriceOutcome.APPLIED && r.externalId() != null && r.appliedPrice() != null)
                .toList();
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        try {
            jdbc.batchUpdate("UPDATE channel_variants SET price = ?, synced_at = ? WHERE integration_id = ? AND external_id = ?",
                    applied, 500, (ps, r) -> {
                        ps.setBigDecimal(1, r.appliedPrice());
                        ps.setObject(2, now);
                        ps.setObject(3, integrationId);
                        ps.setString(4, r.externalId());
                    });
        } catch (DataAccessException e) {
            LOG.warn("Applied prices of integration {} not written to the catalog now ({}); the channel's next webhook "
                    + "or pull brings them", integrationId, e.getMessage());
        }
    }
}
