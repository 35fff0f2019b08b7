package com.channelhub.pricing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.channelhub.catalog.ChannelVariantRepository;
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
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The PRICE_PUSH run around a platform's price-push route: started with the number of changes, ended with how many
 * the platform took (APPLIED, or ACCEPTED for Amazon patches) and refused. Prices a platform confirms as applied are
 * kept in the catalog; an ACCEPTED one is not, since Amazon has not applied it yet.
 */
@Component("pricePushRuns")
public class PricePushRuns {

    private static final TypeReference<List<PriceChange>> PRICE_CHANGES = new TypeReference<>() {
    };

    private final ChannelVariantRepository variants;
    private final SyncRunService runs;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ObjectMapper objectMapper;

    public PricePushRuns(ChannelVariantRepository variants, SyncRunService runs, TransactionTemplate transactions,
            Clock clock, ObjectMapper objectMapper) {
        this.variants = variants;
        this.runs = runs;
        this.transactions = transactions;
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
