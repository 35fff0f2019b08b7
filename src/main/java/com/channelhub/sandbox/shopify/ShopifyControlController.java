package com.channelhub.sandbox.shopify;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's control API: stores, products, plans, grants, compliance webhooks, counters and fault injection.
 * Not part of Shopify; documented in docs/sandbox-shopify.md.
 */
@RestController
@RequestMapping("/sandbox/shopify/_control/stores")
@ConditionalOnProperty(prefix = "hub.sandbox", name = "enabled", havingValue = "true")
class ShopifyControlController {

    record CreateStore(String domain, String name, Integer products, Integer variantsPerProduct, String plan,
            String currency, String skuPrefix) {
    }

    record VariantInput(Long id, String sku, String title, String price, String compareAtPrice,
            Integer inventoryQuantity) {

        CatalogChanges.VariantChange change() {
            return new CatalogChanges.VariantChange(id, sku, title, price, compareAtPrice, inventoryQuantity);
        }
    }

    record ProductInput(String title, String vendor, String productType, String status, List<VariantInput> variants) {

        List<CatalogChanges.VariantChange> changes() {
            return variants == null ? null : variants.stream().map(VariantInput::change).toList();
        }
    }

    record PlanInput(String plan) {
    }

    record TokenInput(String scope, Boolean expiring) {
    }

    record FaultInput(String type, Integer count, Integer status, Long delayMillis) {
    }

    record ComplianceInput(String topic, String uri, Long customerId, String email) {
    }

    record UninstallInput(String complianceUri, Long shopRedactDelayMillis) {
    }

    record WebhookBehaviourInput(Integer duplicateNext, Integer reorderNext, Integer badSignatureNext,
            String signWithSecret, Integer signWithSecretNext) {
    }

    private static final List<String> COMPLIANCE_TOPICS = List.of("customers/data_request", "customers/redact",
            "shop/redact");

    private final SandboxStores stores;
    private final CatalogChanges catalog;
    private final OAuthGrants grants;
    private final WebhookSender webhooks;
    private final ShopifySandboxProperties properties;

    ShopifyControlController(SandboxStores stores, CatalogChanges catalog, OAuthGrants grants, WebhookSender webhooks,
            ShopifySandboxProperties properties) {
        this.stores = stores;
        this.catalog = catalog;
        this.grants = grants;
        this.webhooks = webhooks;
        this.properties = properties;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        return stores.all().stream().map(this::summary).toList();
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> create(@RequestBody CreateStore in) {
        SandboxStore store = stores.create(in.domain(), in.name(), in.products() == null ? 0 : in.products(),
                in.variantsPerProduct() == null ? 1 : in.variantsPerProduct(), in.plan(), in.currency(),
                in.skuPrefix() == null || in.skuPrefix().isBlank() ? null : in.skuPrefix().trim());
        return ResponseEntity.status(201).body(summary(store));
    }

    @GetMapping("/{shop}")
    Map<String, Object> get(@PathVariable String shop) {
        return summary(stores.require(shop));
    }

    @PutMapping("/{shop}/plan")
    Map<String, Object> plan(@PathVariable String shop, @RequestBody PlanInput in) {
        SandboxStore store = stores.require(shop);
        stores.changePlan(store, in.plan());
        return summary(store);
    }

    @PostMapping("/{shop}/products")
    ResponseEntity<Map<String, Object>> createProduct(@PathVariable String shop, @RequestBody ProductInput in) {
        SandboxStore store = stores.require(shop);
        SandboxProduct product = catalog.createProduct(store, in.title(), in.vendor(), in.productType(), in.status(),
                in.changes());
        return ResponseEntity.status(201).body(CatalogChanges.view(store, product));
    }

    @GetMapping("/{shop}/products/{id}")
    Map<String, Object> product(@PathVariable String shop, @PathVariable long id) {
        SandboxStore store = stores.require(shop);
        return CatalogChanges.view(store, CatalogChanges.requireProduct(store, id));
    }

    @PatchMapping("/{shop}/products/{id}")
    Map<String, Object> updateProduct(@PathVariable String shop, @PathVariable long id, @RequestBody ProductInput in) {
        SandboxStore store = stores.require(shop);
        return CatalogChanges.view(store, catalog.updateProduct(store, id, in.title(), in.vendor(), in.status(),
                in.changes()));
    }

    @DeleteMapping("/{shop}/products/{id}")
    ResponseEntity<Void> deleteProduct(@PathVariable String shop, @PathVariable long id) {
        catalog.deleteProduct(stores.require(shop), id);
        return ResponseEntity.noContent().build();
    }

    /** Issues an access token without the OAuth redirect, for tests and benchmarks. */
    @PostMapping("/{shop}/tokens")
    Map<String, Object> token(@PathVariable String shop, @RequestBody(required = false) TokenInput in) {
        SandboxStore store = stores.require(shop);
        String scope = in == null || in.scope() == null ? "read_products,write_products,read_inventory,"
                + "write_inventory,read_locations" : in.scope();
        return grants.issueDirectly(store.domain, scope, in != null && Boolean.TRUE.equals(in.expiring()));
    }

    /** The merchant revokes the app's access: every token and refresh token of the shop stops working. */
    @PostMapping("/{shop}/revoke")
    Map<String, Object> revoke(@PathVariable String shop) {
        SandboxStore store = stores.require(shop);
        return Map.of("shop", store.domain, "revokedTokens", grants.revoke(store.domain));
    }

    /**
     * The merchant uninstalls the app: app/uninstalled goes out, then the grant and subscriptions are gone; when a
     * compliance URI is known, shop/redact follows after {@code webhooks.shop-redact-delay} (or the given delay).
     */
    @PostMapping("/{shop}/uninstall")
    Map<String, Object> uninstall(@PathVariable String shop, @RequestBody(required = false) UninstallInput in) {
        SandboxStore store = stores.require(shop);
        String complianceUri = in != null && in.complianceUri() != null ? in.complianceUri()
                : properties.webhooks().complianceUri();
        if (complianceUri != null && !complianceUri.isBlank()) {
            webhooks.sendLater(store, "shop/redact", complianceUri,
                    WebhookPayloads.compliance(store, "shop/redact", 0, null),
                    in != null && in.shopRedactDelayMillis() != null ? Duration.ofMillis(in.shopRedactDelayMillis())
                            : properties.webhooks().shopRedactDelay());
        }
        Map<String, Object> payload = WebhookPayloads.shop(store, stores.planOf(store).displayName());
        int sent = 0;
        for (SandboxStore.Subscription s : store.subscriptions.values()) {
            if (s.topic().equals("APP_UNINSTALLED")) {
                webhooks.sendTo(store, "app/uninstalled", s.uri(), payload);
                sent++;
            }
        }
        store.subscriptions.clear();
        store.installed = false;
        grants.revoke(store.domain);
        return Map.of("shop", store.domain, "appUninstalledWebhooks", sent);
    }

    @PostMapping("/{shop}/compliance")
    Map<String, Object> compliance(@PathVariable String shop, @RequestBody ComplianceInput in) {
        SandboxStore store = stores.require(shop);
        if (in.topic() == null || !COMPLIANCE_TOPICS.contains(in.topic())) {
            throw new ControlException("topic must be one of " + COMPLIANCE_TOPICS + ".");
        }
        String uri = in.uri() != null ? in.uri() : properties.webhooks().complianceUri();
        if (uri == null || uri.isBlank()) {
            throw new ControlException("Give the compliance webhook's uri, or set hub.sandbox.shopify.webhooks.compliance-uri.");
        }
        WebhookSender.Delivery delivery = webhooks.sendTo(store, in.topic(), uri, WebhookPayloads.compliance(store,
                in.topic(), in.customerId() == null ? 7_000_000_001L : in.customerId(),
                in.email() == null ? "customer@example.com" : in.email()));
        return Map.of("webhookId", delivery.webhookId(), "topic", in.topic(), "uri", uri);
    }

    @GetMapping("/{shop}/counters")
    Map<String, Object> counters(@PathVariable String shop) {
        return counters(stores.require(shop));
    }

    @DeleteMapping("/{shop}/counters")
    Map<String, Object> resetCounters(@PathVariable String shop) {
        SandboxStore store = stores.require(shop);
        store.requests.set(0);
        store.throttled.set(0);
        store.actualCost.set(0);
        store.webhookAttempts.set(0);
        store.webhookFailures.set(0);
        return counters(store);
    }

    /** Empties the store's cost bucket, to show throttling without spending points first. */
    @PostMapping("/{shop}/bucket/drain")
    Map<String, Object> drain(@PathVariable String shop) {
        SandboxStore store = stores.require(shop);
        store.bucket.drain(System.nanoTime());
        return bucket(store);
    }

    @PostMapping("/{shop}/faults")
    ResponseEntity<Map<String, Object>> addFault(@PathVariable String shop, @RequestBody FaultInput in) {
        SandboxStore store = stores.require(shop);
        Faults.Type type = Faults.Type.parse(in.type());
        int count = in.count() == null ? 1 : in.count();
        int status = in.status() == null ? 503 : in.status();
        if (count < 1 || status < 500 || status > 599) {
            throw new ControlException("count must be at least 1 and status a 5xx code.");
        }
        store.faults.add(new Faults.Fault(type, status, in.delayMillis() == null ? 2000 : in.delayMillis()), count);
        return ResponseEntity.status(201).body(Map.of("faults", store.faults.pendingFaults()));
    }

    @DeleteMapping("/{shop}/faults")
    Map<String, Object> clearFaults(@PathVariable String shop) {
        SandboxStore store = stores.require(shop);
        store.faults.clear();
        return Map.of("faults", List.of());
    }

    @PutMapping("/{shop}/webhooks/behaviour")
    Map<String, Integer> webhookBehaviour(@PathVariable String shop, @RequestBody WebhookBehaviourInput in) {
        return webhooks.configure(stores.require(shop), in.duplicateNext(), in.reorderNext(), in.badSignatureNext(),
                in.signWithSecret(), in.signWithSecretNext());
    }

    @GetMapping("/{shop}/webhooks/deliveries")
    List<WebhookSender.Attempt> deliveries(@PathVariable String shop) {
        return webhooks.attempts(stores.require(shop));
    }

    @ExceptionHandler(ControlException.class)
    ResponseEntity<Map<String, Object>> problem(ControlException e) {
        return ResponseEntity.status(e.status()).body(Map.of("error", e.getMessage()));
    }

    private Map<String, Object> summary(SandboxStore store) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("domain", store.domain);
        summary.put("name", store.name);
        summary.put("id", store.id);
        summary.put("plan", store.plan);
        summary.put("currency", store.currency);
        summary.put("installed", store.installed);
        summary.put("products", store.products.size());
        summary.put("locationId", store.locationId);
        summary.put("webhookSubscriptions", store.subscriptions.values().stream()
                .map(AdminMutations::subscriptionView).toList());
        summary.put("throttleStatus", bucket(store));
        summary.put("counters", counters(store));
        return summary;
    }

    private static Map<String, Object> counters(SandboxStore store) {
        Map<String, Object> counters = new LinkedHashMap<>();
        counters.put("requests", store.requests.get());
        counters.put("throttled", store.throttled.get());
        counters.put("actualQueryCost", store.actualCost.get());
        counters.put("webhookAttempts", store.webhookAttempts.get());
        counters.put("webhookFailures", store.webhookFailures.get());
        return counters;
    }

    private static Map<String, Object> bucket(SandboxStore store) {
        CostBucket.Status status = store.bucket.status(System.nanoTime());
        return Map.of("maximumAvailable", status.maximumAvailable(), "currentlyAvailable",
                status.currentlyAvailable(), "restoreRate", status.restoreRate());
    }
}
