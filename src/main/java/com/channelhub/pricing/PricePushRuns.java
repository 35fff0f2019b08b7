package com.channelhub.pricing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.channelhub.catalog.ChannelVariantRepository;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
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
 * The PRICE_PUSH run around a platform's price-push route: started with the number of changes, ended with how many
 * the platform took (APPLIED, or ACCEPTED for Amazon patches) and refused. Prices a platform confirms as applied are
 * kept in the catalog; an ACCEPTED one is not, since Amazon has not applied it yet.
 */
@Component("pricePushRuns")
public class PricePushRuns {

    private final ChannelVariantRepository variants;
    private final SyncRunService runs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public PricePushRuns(ChannelVariantRepository variants, SyncRunService runs, TransactionTemplate transactions,
            Clock clock) {
        this.variants = variants;
        this.runs = runs;
        this.transactions = transactions;
        this.clock = clock;
    }

    public void start(Exchange exchange) {
        UUID integrationId = UUID.fromString(exchange.getIn().getHeader(SyncLauncher.INTEGRATION_HEADER, String.class));
        SyncRun run = runs.start(integrationId, SyncRunKind.PRICE_PUSH, SyncTrigger.MANUAL);
        runs.expect(run.getId(), exchange.getIn().getBody(List.class).size());
        exchange.getIn().setHeader(SyncLauncher.RUN_HEADER, run.getId().toString());
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
