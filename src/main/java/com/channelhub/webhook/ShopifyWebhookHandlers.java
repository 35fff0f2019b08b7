package com.channelhub.webhook;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.channelhub.catalog.CatalogService;
import com.channelhub.connector.CatalogProduct;
import com.channelhub.integration.IntegrationService;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each Shopify webhook topic does to the hub's state, called by the {@code shopify-webhook-process} route.
 * Each handler runs in a transaction of its own, so a failed attempt leaves nothing half-applied before the route
 * redelivers it, and first records the inbox event in that transaction ({@link WebhookEffects}), so an event handled
 * again after its instance died is not applied twice. An event applies to every live integration of the shop (a
 * shop may serve several projects).
 */
@Component("shopifyWebhookHandlers")
public class ShopifyWebhookHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ShopifyWebhookHandlers.class);
    private static final String PLATFORM = "SHOPIFY";

    private final CatalogService catalog;
    private final IntegrationService integrations;
    private final ComplianceRequestRepository complianceRequests;
    private final WebhookEffects effects;
    private final ObjectMapper objectMapper;
    private final Clock clock;

    public ShopifyWebhookHandlers(CatalogService catalog, IntegrationService integrations,
            ComplianceRequestRepository complianceRequests, WebhookEffects effects, ObjectMapper objectMapper,
            Clock clock) {
        this.catalog = catalog;
        this.integrations = integrations;
        this.complianceRequests = complianceRequests;
        this.effects = effects;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    /** products/create, products/update: upsert unless older than what is stored. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String productChanged(@Body String payload, @Header(WebhookInbox.SHOP) String shop,
            @Header(WebhookInbox.EVENT_HEADER) String eventId) {
        if (!effects.firstApplication(eventId)) {
            return alreadyApplied(eventId);
        }
        CatalogProduct product = ShopifyWebhookPayloads.product(parse(payload));
        List<UUID> targets = integrations.liveIntegrationIds(PLATFORM, shop);
        int applied = 0;
        for (UUID integrationId : targets) {
            if (catalog.upsert(integrationId, product, true) != CatalogService.UpsertOutcome.STALE) {
                applied++;
            }
        }
        return outcome(product.externalId() + " applied to " + applied + " of " + targets.size() + " integration(s)");
    }

    /** products/delete: the product and its variants are marked deleted (kept for history). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String productDeleted(@Body String payload, @Header(WebhookInbox.SHOP) String shop,
            @Header(WebhookInbox.EVENT_HEADER) String eventId) {
        if (!effects.firstApplication(eventId)) {
            return alreadyApplied(eventId);
        }
        String productId = ShopifyWebhookPayloads.productId(parse(payload));
        long marked = integrations.liveIntegrationIds(PLATFORM, shop).stream()
                .filter(id -> catalog.markDeleted(id, productId)).count();
        return outcome(productId + " marked deleted in " + marked + " integration(s)");
    }

    /**
     * inventory_levels/update: the available quantity of the variants stocked by that inventory item, for the
     * integrations whose inventory location it is (one with another location set ignores it).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String inventoryChanged(@Body String payload, @Header(WebhookInbox.SHOP) String shop,
            @Header(WebhookInbox.EVENT_HEADER) String eventId) {
        if (!effects.firstApplication(eventId)) {
            return alreadyApplied(eventId);
        }
        JsonNode level = parse(payload);
        String inventoryItemId = ShopifyWebhookPayloads.inventoryItemId(level);
        if (inventoryItemId == null || !level.hasNonNull("available")) {
            throw new IllegalArgumentException("inventory_levels/update without inventory_item_id or available");
        }
        Instant reportedAt = ShopifyWebhookPayloads.instant(level, "updated_at", clock.instant());
        String locationId = level.hasNonNull("location_id")
                ? "gid://shopify/Location/" + level.get("location_id").asText() : null;
        int changed = 0;
        for (UUID integrationId : integrations.liveIntegrationIdsAtLocation(PLATFORM, shop, locationId)) {
            changed += catalog.updateQuantity(integrationId, inventoryItemId, level.get("available").asInt(), reportedAt);
        }
        return outcome(inventoryItemId + " quantity set on " + changed + " variant(s)");
    }

    /** app/uninstalled: the grant is gone; credentials wiped, integration disconnected, schedules stopped. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String appUninstalled(@Header(WebhookInbox.SHOP) String shop,
            @Header(WebhookInbox.EVENT_HEADER) String eventId) {
        if (!effects.firstApplication(eventId)) {
            return alreadyApplied(eventId);
        }
        List<UUID> targets = integrations.liveIntegrationIds(PLATFORM, shop);
        targets.forEach(id -> integrations.disconnectByPlatform(id, "The app was uninstalled from " + shop));
        return outcome("disconnected " + targets.size() + " integration(s) of " + shop);
    }

    /**
     * customers/data_request, customers/redact, shop/redact — mandatory for public apps. The hub keeps no customer
     * data; shop/redact (48 hours after uninstall) erases everything synced for the shop.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public String complianceRequest(@Body String payload, @Header(WebhookInbox.TOPIC) String topic,
            @Header(WebhookInbox.SHOP) String shop, @Header(WebhookInbox.TRIGGERED_AT) String triggeredAt,
            @Header(WebhookInbox.EVENT_HEADER) String eventId) {
        if (!effects.firstApplication(eventId)) {
            return alreadyApplied(eventId);
        }
        parse(payload);
        String action;
        if ("shop/redact".equals(topic)) {
            List<UUID> targets = integrations.allIntegrationIds(PLATFORM, shop);
            int variants = 0;
            for (UUID integrationId : targets) {
                variants += catalog.purge(integrationId);
                integrations.disconnectByPlatform(integrationId, "Shop data erased at the shop's request (shop/redact)");
            }
            action = "Erased the catalog (" + variants + " variants) and credentials of " + targets.size()
                    + " integration(s)";
        } else {
            action = "The hub stores no customer data: nothing to " + ("customers/redact".equals(topic) ? "erase" : "report");
        }
        Instant now = clock.instant();
        Instant received = WebhookInbox.instant(triggeredAt);
        complianceRequests.save(new ComplianceRequest(PLATFORM, shop, topic, payload, received == null ? now : received,
                now, action));
        return outcome(topic + ": " + action);
    }

    private JsonNode parse(String payload) {
        try {
            JsonNode node = objectMapper.readTree(payload);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("the webhook payload is not a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the webhook payload is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static String alreadyApplied(String eventId) {
        // the first handling committed, and its instance died before the inbox marked the event PROCESSED
        return outcome("event " + eventId + " was applied before");
    }

    private static String outcome(String message) {
        LOG.debug("Shopify webhook: {}", message);
        return message;
    }
}
