package com.channelhub.sandbox.shopify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.channelhub.config.HubProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Delivers webhooks as Shopify does (shopify.dev webhook delivery docs and the Sept 2024 changelog "updates to
 * webhook retry mechanism"): POST of the JSON body signed with the client secret, 1 s to connect and 5 s to answer,
 * retries of non-2xx answers with exponential backoff and the original payload, and removal of a subscription after
 * 8 consecutive failed deliveries. The control API can make the next deliveries arrive twice or out of order.
 */
@Component
@ConditionalOnProperty(prefix = "hub.sandbox", name = "enabled", havingValue = "true")
class WebhookSender implements DisposableBean {

    /** One delivery of one event to one URI; retries reuse it with the next attempt number. */
    record Delivery(SandboxStore store, String topic, String uri, Long subscriptionId, byte[] body, String webhookId,
            String eventId, String triggeredAt, String apiVersion, int attempt) {

        Delivery next() {
            return new Delivery(store, topic, uri, subscriptionId, body, webhookId, eventId, triggeredAt, apiVersion,
                    attempt + 1);
        }
    }

    /** What happened to one attempt, for the control API's delivery log. */
    record Attempt(String webhookId, String eventId, String topic, String uri, int attempt, int status, String error,
            Instant at) {
    }

    /** Control options of one store: duplicate, reorder or mis-sign the next deliveries. */
    static final class Behaviour {
        int duplicateNext;
        int reorderNext;
        int badSignatureNext;
        String otherSecret;
        int otherSecretNext;
        final List<Delivery> held = new ArrayList<>();
    }

    static final String DEFAULT_API_VERSION = "2026-07";
    private static final int LOG_SIZE = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(WebhookSender.class);
    private static final ObjectMapper JSON = SandboxJson.MAPPER;

    private final ShopifySandboxProperties.Webhooks settings;
    private final String secret;
    private final Clock clock;
    private final HttpClient client;
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(4, runnable -> {
        Thread thread = new Thread(runnable, "shopify-sandbox-webhooks");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Behaviour> behaviours = new ConcurrentHashMap<>();
    private final Map<String, Deque<Attempt>> logs = new ConcurrentHashMap<>();

    WebhookSender(ShopifySandboxProperties properties, HubProperties hub, Clock clock) {
        this.settings = properties.webhooks();
        this.secret = hub.shopify().clientSecret() == null ? "" : hub.shopify().clientSecret();
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Sends the event to every subscription of the topic ({@code products/update} form). */
    void emit(SandboxStore store, String topic, Object payload) {
        String subscriptionTopic = topic.toUpperCase(Locale.ROOT).replace('/', '_');
        List<SandboxStore.Subscription> subscriptions = store.subscriptions.values().stream()
                .filter(s -> s.topic().equals(subscriptionTopic)).toList();
        if (subscriptions.isEmpty()) {
            return;
        }
        byte[] body = bytes(payload);
        String eventId = UUID.randomUUID().toString();
        String triggeredAt = clock.instant().toString();
        for (SandboxStore.Subscription s : subscriptions) {
            dispatch(new Delivery(store, topic, s.uri(), s.id(), body, UUID.randomUUID().toString(), eventId,
                    triggeredAt, s.apiVersion(), 1));
        }
    }

    /** Sends to one URI outside any subscription (compliance webhooks go to the app's configured URL). */
    Delivery sendTo(SandboxStore store, String topic, String uri, Object payload) {
        Delivery delivery = new Delivery(store, topic, uri, null, bytes(payload), UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), clock.instant().toString(), DEFAULT_API_VERSION, 1);
        dispatch(delivery);
        return delivery;
    }

    /** Sends to one URI after a delay (shop/redact follows an uninstall by 48 hours). */
    void sendLater(SandboxStore store, String topic, String uri, Object payload, Duration delay) {
        scheduler.schedule(() -> sendTo(store, topic, uri, payload), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    Behaviour behaviour(SandboxStore store) {
        return behaviours.computeIfAbsent(store.domain, d -> new Behaviour());
    }

    /**
     * Sets the control options; setting reorderNext to 0 releases deliveries still held for reordering (newest first).
     */
    Map<String, Integer> configure(SandboxStore store, Integer duplicateNext, Integer reorderNext,
            Integer badSignatureNext, String signWithSecret, Integer signWithSecretNext) {
        Behaviour behaviour = behaviour(store);
        List<Delivery> release = new ArrayList<>();
        synchronized (behaviour) {
            if (signWithSecret != null) {
                behaviour.otherSecret = signWithSecret;
                behaviour.otherSecretNext = signWithSecretNext == null ? 1 : Math.max(0, signWithSecretNext);
            }
            if (badSignatureNext != null) {
                behaviour.badSignatureNext = Math.max(0, badSignatureNext);
            }
            if (duplicateNext != null) {
                behaviour.duplicateNext = Math.max(0, duplicateNext);
            }
            if (reorderNext != null) {
                behaviour.reorderNext = Math.max(0, reorderNext);
                if (behaviour.reorderNext <= behaviour.held.size()) {
                    release.addAll(behaviour.held);
                    behaviour.held.clear();
                    behaviour.reorderNext = 0;
                    Collections.reverse(release);
                }
            }
            if (!release.isEmpty()) {
                scheduler.execute(() -> release.forEach(this::attempt));
            }
            return Map.of("duplicateNext", behaviour.duplicateNext, "reorderNext", behaviour.reorderNext,
                    "badSignatureNext", behaviour.badSignatureNext, "signWithSecretNext", behaviour.otherSecretNext,
                    "held", behaviour.held.size());
        }
    }

    List<Attempt> attempts(SandboxStore store) {
        Deque<Attempt> log = logs.get(store.domain);
        return log == null ? List.of() : List.copyOf(log);
    }

    private void dispatch(Delivery delivery) {
        Behaviour behaviour = behaviour(delivery.store());
        List<Delivery> now = new ArrayList<>();
        synchronized (behaviour) {
            if (behaviour.duplicateNext > 0) {
                behaviour.duplicateNext--;
                now.add(delivery);
            }
            if (behaviour.reorderNext > 0) {
                behaviour.held.add(delivery);
                if (behaviour.held.size() < behaviour.reorderNext) {
                    return;
                }
                List<Delivery> held = new ArrayList<>(behaviour.held);
                behaviour.held.clear();
                behaviour.reorderNext = 0;
                Collections.reverse(held);
                now.addAll(held);
            } else {
                now.add(delivery);
            }
        }
        // one at a time, in this order: the reordered batch must arrive reversed
        scheduler.execute(() -> now.forEach(this::attempt));
    }

    private void attempt(Delivery d) {
        SandboxStore.Subscription subscription = d.subscriptionId() == null ? null
                : d.store().subscriptions.get(d.subscriptionId());
        if (d.subscriptionId() != null && subscription == null) {
            return;
        }
        d.store().webhookAttempts.incrementAndGet();
        int status = 0;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(d.uri())).timeout(settings.responseTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Shopify-Captain-Hook")
                    .header("X-Shopify-Topic", d.topic())
                    .header("X-Shopify-Hmac-Sha256", Signatures.webhookHmac(d.body(), signingKey(d.store())))
                    .header("X-Shopify-Shop-Domain", d.store().domain)
                    .header("X-Shopify-Webhook-Id", d.webhookId())
                    .header("X-Shopify-Event-Id", d.eventId())
                    .header("X-Shopify-Triggered-At", d.triggeredAt())
                    .header("X-Shopify-API-Version", d.apiVersion())
                    .POST(HttpRequest.BodyPublishers.ofByteArray(d.body())).build();
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | IllegalArgumentException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        log(d, status, error);
        if (status >= 200 && status < 300) {
            if (subscription != null) {
                subscription.consecutiveFailures().set(0);
            }
            return;
        }
        d.store().webhookFailures.incrementAndGet();
        if (subscription != null
                && subscription.consecutiveFailures().incrementAndGet() >= settings.failuresBeforeRemoval()) {
            d.store().subscriptions.remove(subscription.id());
            LOG.info("Shopify sandbox {}: webhook subscription {} ({} -> {}) removed after {} consecutive failures",
                    d.store().domain, subscription.id(), subscription.topic(), subscription.uri(),
                    settings.failuresBeforeRemoval());
            return;
        }
        if (d.attempt() <= settings.maxRetries()) {
            long delay = settings.retryInitialDelay().toMillis() << Math.min(d.attempt() - 1, 20);
            scheduler.schedule(() -> attempt(d.next()), delay, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * The client secret, or what the control API asked for: a wrong key (receivers must refuse it), or another
     * secret such as the previous one, which Shopify may keep using for up to an hour after a secret rotation.
     */
    private String signingKey(SandboxStore store) {
        Behaviour behaviour = behaviour(store);
        synchronized (behaviour) {
            if (behaviour.badSignatureNext > 0) {
                behaviour.badSignatureNext--;
                return secret + "-not-the-secret";
            }
            if (behaviour.otherSecretNext > 0) {
                behaviour.otherSecretNext--;
                return behaviour.otherSecret;
            }
        }
        return secret;
    }

    private void log(Delivery d, int status, String error) {
        Deque<Attempt> log = logs.computeIfAbsent(d.store().domain, k -> new ConcurrentLinkedDeque<>());
        log.addLast(new Attempt(d.webhookId(), d.eventId(), d.topic(), d.uri(), d.attempt(), status, error,
                clock.instant()));
        while (log.size() > LOG_SIZE) {
            log.pollFirst();
        }
    }

    private static byte[] bytes(Object payload) {
        try {
            return JSON.writeValueAsBytes(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The delay before retry n (1-based): the initial delay doubled each time. */
    static Duration retryDelay(Duration initial, int retry) {
        return initial.multipliedBy(1L << Math.min(retry - 1, 20));
    }

    @Override
    public void destroy() {
        scheduler.shutdownNow();
    }
}
