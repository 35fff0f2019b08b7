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

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.platform.Capability;
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

    /** The platform's PRICE_PUSH endpoint, for {@code price-batch-push}. */
    static final String ROUTE_HEADER = "HubPriceRoute";
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
        Optional<String> route = platforms.endpoint(platform, Capability.PRICE_PUSH);
        if (route.isEmpty()) {
            claims.refreshBatches(claims.closeUnsupported(integrationId, "Not sent: " + platform
                    + " integrations take no prices (the platform's connector has no PRICE_PUSH; see GET /api/platforms).",
                    now), now);
            return false;
        }
        PriceBatchClaims.Claim claim = claims.claim(integrationId, instanceId, properties.chunkSize(platform), now,
                now.plus(properties.lease()));
        if (claim == null) {
            return false;
        }
        List<PriceResult> results = List.of();
        if (!claim.targets().isEmpty()) {
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

    private List<PriceResult> push(PriceBatchClaims.Claim claim, String route) {
        List<PriceChange> changes = new ArrayList<>(claim.targets().size());
        for (PriceBatchClaims.Target target : claim.targets()) {
            changes.add(new PriceChange(target.id().toString(), target.sku(), null, null, target.price(),
                    target.compareAtPrice(), target.currency()));
        }
        Exchange answer = producer.send("direct:price-batch-push", exchange -> {
            exchange.getIn().setBody(changes);
            exchange.getIn().setHeader(SyncLauncher.INTEGRATION_HEADER, claim.integrationId().toString());
            exchange.getIn().setHeader(SyncLauncher.PLATFORM_HEADER, claim.platform());
            exchange.getIn().setHeader(ROUTE_HEADER, route);
        });
        Throwable failure = answer.getException() != null ? answer.getException()
                : answer.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        Map<String, PriceResult> byTarget = new HashMap<>();
        if (failure == null && answer.getMessage().getBody() instanceof List<?> list) {
            for (Object element : list) {
                if (element instanceof PriceResult result && result.itemId() != null) {
                    byTarget.put(result.itemId(), result);
                }
            }
        }
        String reason = failure != null
                ? "The " + claim.platform() + " price route failed (see the dead letters): " + failure.getMessage()
                : "The " + claim.platform() + " price route answered no result for this change.";
        List<PriceResult> results = new ArrayList<>(changes.size());
        for (PriceChange change : changes) {
            PriceResult result = byTarget.get(change.itemId());
            results.add(result != null ? result
                    : new PriceResult(change.itemId(), change.sku(), null, PriceOutcome.FAILED, null, null, reason));
        }
        return results;
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
