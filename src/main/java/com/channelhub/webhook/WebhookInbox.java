package com.channelhub.webhook;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.channelhub.api.ApiProblem;
import com.channelhub.api.ApiExchanges;
import org.apache.camel.Exchange;
import org.apache.camel.Handler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The webhook inbox: stores verified deliveries before they are acknowledged, and turns stored events back into
 * messages for the processing route. A delivery is acknowledged (200) only once it is committed; if the database
 * cannot take it the answer is 503, so the platform delivers it again.
 */
@Component("webhookInbox")
public class WebhookInbox {

    public static final String TOPIC = "X-Shopify-Topic";
    public static final String SHOP = "X-Shopify-Shop-Domain";
    public static final String WEBHOOK_ID = "X-Shopify-Webhook-Id";
    public static final String EVENT_ID = "X-Shopify-Event-Id";
    public static final String TRIGGERED_AT = "X-Shopify-Triggered-At";
    public static final String API_VERSION = "X-Shopify-API-Version";
    /** Headers the processing route reads; the same names serve a replay from the dead-letter store. */
    public static final String EVENT_HEADER = "HubWebhookEventId";

    private static final Logger LOG = LoggerFactory.getLogger(WebhookInbox.class);
    private static final Pattern SHOP_DOMAIN = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9-]*\\.myshopify\\.com$");

    private final WebhookEventRepository events;
    private final TransactionTemplate transactions;
    private final ApiExchanges api;
    private final Clock clock;

    public WebhookInbox(WebhookEventRepository events, TransactionTemplate transactions, ApiExchanges api, Clock clock) {
        this.events = events;
        this.transactions = transactions;
        this.api = api;
        this.clock = clock;
    }

    /** Route step after the signature check: stores the delivery and answers 200, or 200 for a known duplicate. */
    @Handler
    public void storeShopifyDelivery(Exchange exchange) {
        String topic = required(exchange, TOPIC);
        String shop = required(exchange, SHOP).toLowerCase();
        String webhookId = required(exchange, WEBHOOK_ID);
        if (!SHOP_DOMAIN.matcher(shop).matches()) {
            throw ApiProblem.badRequest(SHOP + " must be a myshopify.com domain.");
        }
        byte[] body = exchange.getIn().getBody(byte[].class);
        String payload = new String(body == null ? new byte[0] : body, StandardCharsets.UTF_8);
        WebhookEvent event = new WebhookEvent("SHOPIFY", shop, topic, webhookId,
                exchange.getIn().getHeader(EVENT_ID, String.class),
                instant(exchange.getIn().getHeader(TRIGGERED_AT, String.class)),
                exchange.getIn().getHeader(API_VERSION, String.class), payload, clock.instant());
        boolean stored = store(event);
        api.respond(exchange, 200, Map.of("status", stored ? "stored" : "duplicate"));
    }

    private boolean store(WebhookEvent event) {
        try {
            if (events.findByPlatformAndAccountAndWebhookId(event.getPlatform(), event.getAccount(),
                    event.getWebhookId()).isPresent()) {
                return false;
            }
            transactions.executeWithoutResult(status -> events.saveAndFlush(event));
            return true;
        } catch (DataIntegrityViolationException e) {
            // the same delivery arrived twice at once and the other request stored it first
            return false;
        } catch (DataAccessException | TransactionException e) {
            LOG.error("Webhook {} {} from {} could not be stored; answering 503 so it is delivered again",
                    event.getTopic(), event.getWebhookId(), event.getAccount(), e);
            throw ApiProblem.unavailable("The hub cannot store webhooks right now; deliver this one again later.");
        }
    }

    /**
     * Inbox route step: the stored event becomes the message the processing route handles (body: the payload).
     * A second delivery of an event already processed (same event id) is marked DUPLICATE and goes no further.
     */
    @Handler
    public void toMessage(Exchange exchange) {
        WebhookEvent event = exchange.getIn().getBody(WebhookEvent.class);
        List<WebhookEvent> sameEvent = event.getEventId() == null ? List.of()
                : events.findByPlatformAndAccountAndEventIdAndStatus(event.getPlatform(), event.getAccount(),
                        event.getEventId(), WebhookEvent.Status.PROCESSED);
        if (!sameEvent.isEmpty()) {
            event.markDuplicateOf(sameEvent.get(0).getId(), clock.instant());
            exchange.setRouteStop(true);
            return;
        }
        exchange.getIn().setHeader(EVENT_HEADER, event.getId().toString());
        exchange.getIn().setHeader(TOPIC, event.getTopic());
        exchange.getIn().setHeader(SHOP, event.getAccount());
        exchange.getIn().setHeader(WEBHOOK_ID, event.getWebhookId());
        if (event.getTriggeredAt() != null) {
            exchange.getIn().setHeader(TRIGGERED_AT, event.getTriggeredAt().toString());
        }
        exchange.getIn().setBody(event.getPayload());
    }

    private static String required(Exchange exchange, String header) {
        String value = exchange.getIn().getHeader(header, String.class);
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest("The webhook has no " + header + " header.");
        }
        return value.trim();
    }

    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
