package com.channelhub.pricing;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.channelhub.connector.ChannelResult;
import com.channelhub.connector.PriceChange;
import com.channelhub.connector.QuantityChange;
import com.channelhub.platform.ConnectorRegistry;
import com.channelhub.sync.SyncLauncher;
import jakarta.annotation.PreDestroy;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends price batch targets, called by the {@code price-batch-dispatch} route on every tick. Each integration with
 * work is drained on a worker thread, one chunk at a time: claim (lease), send through {@code price-batch-push},
 * record the results under the claim. While a chunk is in flight its lease is renewed every third of the lease, so
 * a slow Amazon feed is not taken over by another instance; when this instance dies the renewals stop and another
 * instance resumes the chunk once the lease has expired. See docs/price-batches.md for the exact guarantee.
 */
@Component("priceBatchDispatcher")
public class PriceBatchDispatcher {

    /** The platform's PRICE_PUSH or INVENTORY_PUSH endpoint, for {@code price-batch-push}. */
    static final String ROUTE_HEADER = "HubBatchRoute";
    private static final Logger LOG = LoggerFactory.getLogger(PriceBatchDispatcher.class);

    private final PriceBatchClaims claims;
    private final PriceBatchProperties properties;
    private final ProducerTemplate producer;
    private final Clock clock;
    private final ConnectorRegistry platforms;
    private final String instanceId;
    private final ExecutorService workers;
    private final ScheduledExecutorService renewals;
    private final Set<UUID> draining = ConcurrentHashMap.newKeySet();
    private final Set<UUID> inFlightClaims = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;

    public PriceBatchDispatcher(PriceBatchClaims claims, PriceBatchProperties properties, ProducerTemplate producer,
            Clock clock, ConnectorRegistry platforms) {
        this.claims = claims;
        this.platforms = platforms;
        this.properties = properties;
        this.producer = producer;
        this.clock = clock;
        this.instanceId = properties.instanceId() != null && !properties.instanceId().isBlank()
                ? properties.instanceId() : defaultInstanceId();
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, properties.dispatchThreads()), runnable -> {
            Thread thread = new Thread(runnable, "price-batch-dispatch-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "price-batch-lease-renewal");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, properties.lease().toMillis() / 3);
        renewals.scheduleWithFixedDelay(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
    }

    public String instanceId() {
        return instanceId;
    }

    /** Starts draining every integration with work that this instance is not draining yet; answers how many. */
    public int dispatch() {
        if (stopping) {
            return 0;
        }
        int started = 0;
        for (UUID integrationId : claims.integrationsWithWork(clock.instant())) {
            if (draining.add(integrationId)) {
                started++;
                workers.execute(() -> drain(integrationId));
            }
        }
        return started;
    }

    private void drain(UUID integrationId) {
        try {
            while (!stopping && !Thread.currentThread().isInterrupted() && sendChunk(integrationId)) {
                // next chunk
            }
        } catch (RuntimeException e) {
            LOG.warn("Price batch dispatch for integration {} stopped; the next tick resumes it: {}", integrationId,
                    e.toString());
        } finally {
            draining.remove(integrationId);
        }
    }

    /** Claims, sends and records one chunk; false when the integration has nothing left to claim. */
    boolean sendChunk(UUID integrationId) {
        Instant now = clock.instant();
        PriceBatchClaims.Channel channel = claims.channel(integrationId);
        if (!channel.connected()) {
            // sending would only fill the dead letters: say why on each target instead
            claims.refreshBatches(claims.failUnsendable(integrationId, "Not sent: the integration is " + channel.status()
                    + (channel.statusReason() == null ? "" : " (" + channel.statusReason() + ")")
                    + ". Reconnect it and send the price again in a new batch.", now), now);
            return false;
        }
        String platform = channel.platform();
        for (BatchKind kind : BatchKind.values()) {
            if (kind.route(platforms, platform).isEmpty()) {
                claims.refreshBatches(claims.closeUnsupported(integrationId, kind, kind.unsupported(platform), now), now);
            }
        }
        PriceBatchClaims.Claim claim = claims.claim(integrationId, instanceId, properties.chunkSize(platform), now,
                now.plus(properties.lease()));
        if (claim == null) {
            return false;
        }
        List<TargetResult> results = List.of();
        Optional<String> route = claim.kind().route(platforms, platform);
        if (route.isEmpty()) {
            // targets added since the platform's unsupported kinds were closed just now
            results = claim.targets().stream().map(t -> TargetResult.unsupported(t.id().toString(),
                    claim.kind().unsupported(platform))).toList();
        } else if (!claim.targets().isEmpty()) {
            inFlightClaims.add(claim.claimId());
            try {
                results = push(claim, route.get());
            } finally {
                inFlightClaims.remove(claim.claimId());
            }
        }
        int held = claims.record(claim.claimId(), results, clock.instant());
        if (held < results.size()) {
            LOG.warn("Claim {} of integration {} lost {} of {} results: its lease expired and another claim took them",
                    claim.claimId(), integrationId, results.size() - held, results.size());
        }
        claims.refreshBatches(claims.batchesOf(claim.claimId()), clock.instant());
        return true;
    }

    /**
     * Sends the chunk through {@code price-batch-push} to the endpoint the platform's connector names for the kind's
     * capability; every target gets a result, FAILED when the route gave none.
     */
    private List<TargetResult> push(PriceBatchClaims.Claim claim, String endpoint) {
        List<?> changes = claim.kind() == BatchKind.INVENTORY ? quantityChanges(claim) : priceChanges(claim);
        Exchange answer = producer.send("direct:price-batch-push", exchange -> {
            exchange.getIn().setBody(changes);
            exchange.getIn().setHeader(SyncLauncher.INTEGRATION_HEADER, claim.integrationId().toString());
            exchange.getIn().setHeader(SyncLauncher.PLATFORM_HEADER, claim.platform());
            exchange.getIn().setHeader(ROUTE_HEADER, endpoint);
        });
        Throwable failure = answer.getException() != null ? answer.getException()
                : answer.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Map<String, TargetResult> byTarget = new HashMap<>();
        if (failure == null && answer.getMessage().getBody() instanceof List<?> list) {
            for (Object element : list) {
                TargetResult result = element instanceof ChannelResult r ? TargetResult.of(r) : null;
                if (result != null && result.targetId() != null) {
                    byTarget.put(result.targetId(), result);
                }
            }
        }
        String route = "The " + claim.platform() + " " + claim.kind().noun() + " route";
        String reason = failure != null ? route + " failed (see the dead letters): " + failure.getMessage()
                : route + " answered no result for this change.";
        List<TargetResult> results = new ArrayList<>(claim.targets().size());
        for (PriceBatchClaims.Target target : claim.targets()) {
            TargetResult result = byTarget.get(target.id().toString());
            results.add(result != null ? result : TargetResult.failed(target.id().toString(), reason));
        }
        return results;
    }

    private static List<PriceChange> priceChanges(PriceBatchClaims.Claim claim) {
        return claim.targets().stream().map(t -> new PriceChange(t.id().toString(), t.sku(), null, null, t.price(),
                t.compareAtPrice(), t.currency())).toList();
    }

    /** What the catalog knows of each SKU on the channel is added by the platform route (InventoryTargets). */
    private static List<QuantityChange> quantityChanges(PriceBatchClaims.Claim claim) {
        return claim.targets().stream().map(t -> new QuantityChange(t.id().toString(), t.sku(), null, t.quantity(),
                null, null)).toList();
    }

    private void renewLeases() {
        try {
            Set<UUID> held = new LinkedHashSet<>(inFlightClaims);
            if (!held.isEmpty()) {
                claims.renew(held, clock.instant().plus(properties.lease()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Price batch leases could not be renewed: {}", e.toString());
        }
    }

    /**
     * Claims no further chunks and gives the chunks in flight time to finish and record their results, so a
     * restart does not leave them to be re-sent after their leases expire. What is still in flight after that is
     * resumed by an instance once its lease expires.
     */
    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        workers.shutdown();
        if (!workers.awaitTermination(30, TimeUnit.SECONDS)) {
            LOG.warn("Price batch chunks still in flight at shutdown; another instance resumes them when their "
                    + "leases expire");
            workers.shutdownNow();
        }
        renewals.shutdownNow();
    }

    private static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return ProcessHandle.current().pid() + "@" + host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
