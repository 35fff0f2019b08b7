package com.channelhub.sandbox.shopify;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** The simulated shops, seeded at start-up from {@code hub.sandbox.shopify.stores}. */
@Component
@ConditionalOnProperty(prefix = "hub.sandbox", name = "enabled", havingValue = "true")
class SandboxStores {

    static final int MAX_PRODUCTS = 100_000;
    private static final Logger LOG = LoggerFactory.getLogger(SandboxStores.class);
    private static final Set<String> CURRENCIES = Set.of("USD", "EUR", "GBP", "CAD", "AUD", "NZD", "JPY", "CHF",
            "SEK", "NOK", "DKK", "PLN", "CZK", "MXN", "BRL", "INR", "SGD", "HKD");

    private final ShopifySandboxProperties properties;
    private final Map<String, SandboxStore> stores = new ConcurrentHashMap<>();
    private final AtomicLong nextShopId = new AtomicLong(60_000_000_001L);

    SandboxStores(ShopifySandboxProperties properties) {
        this.properties = properties;
        for (ShopifySandboxProperties.Store seed : properties.seededStores()) {
            SandboxStore store = create(seed.domain(), seed.name(), seed.products(), seed.variantsPerProduct(),
                    seed.plan(), seed.currency());
            LOG.info("Shopify sandbox store {} with {} products on plan {}", store.domain, store.products.size(),
                    store.plan);
        }
    }

    SandboxStore create(String domain, String name, int productCount, int variantsPerProduct, String plan,
            String currency) {
        return create(domain, name, productCount, variantsPerProduct, plan, currency, null);
    }

    /**
     * A store with a generated catalog. With a {@code skuPrefix}, the variants' SKUs are the prefix and a six-digit
     * number counting variants from 1 across the catalog (product by product), the form of the Amazon sandbox's
     * generated SKUs, so a store and a seller can sell the same SKUs; without one, {@code SKU-000001-1}.
     */
    SandboxStore create(String domain, String name, int productCount, int variantsPerProduct, String plan,
            String currency, String skuPrefix) {
        if (domain == null || !ShopifyFacts.SHOP_DOMAIN.matcher(domain).matches()) {
            throw new ControlException("A store domain must look like 'name.myshopify.com', got '" + domain + "'.");
        }
        String domainKey = domain.toLowerCase(Locale.ROOT);
        if (productCount < 0 || productCount > MAX_PRODUCTS) {
            throw new ControlException("products must be between 0 and " + MAX_PRODUCTS + ", got " + productCount + ".");
        }
        if (variantsPerProduct < 1 || variantsPerProduct > 10) {
            throw new ControlException("variantsPerProduct must be between 1 and 10, got " + variantsPerProduct + ".");
        }
        String planKey = plan == null ? "standard" : plan.toLowerCase(Locale.ROOT);
        if (!properties.knownPlan(planKey)) {
            throw new ControlException("Unknown plan '" + plan + "': use standard, advanced, plus or enterprise.");
        }
        String currencyCode = currency == null ? "USD" : currency.toUpperCase(Locale.ROOT);
        if (!CURRENCIES.contains(currencyCode)) {
            throw new ControlException("Unsupported currency '" + currency + "': use one of " + CURRENCIES + ".");
        }
        SandboxStore store = new SandboxStore(domainKey, name == null || name.isBlank() ? domainKey : name,
                nextShopId.getAndIncrement(), currencyCode, planKey,
                new CostBucket(properties.plan(planKey), System.nanoTime()));
        for (int i = 0; i < productCount; i++) {
            SandboxProduct product = CatalogGenerator.product(i, variantsPerProduct, skuPrefix);
            store.products.put(product.id, product);
        }
        store.nextProductIndex.set(productCount);
        if (stores.putIfAbsent(domainKey, store) != null) {
            throw new ControlException(409, "A store '" + domainKey + "' already exists.");
        }
        return store;
    }

    SandboxStore find(String domain) {
        return domain == null ? null : stores.get(domain.toLowerCase(Locale.ROOT));
    }

    SandboxStore require(String domain) {
        SandboxStore store = find(domain);
        if (store == null) {
            throw new ControlException(404, "No sandbox store '" + domain + "'. Create it with POST "
                    + "/sandbox/shopify/_control/stores.");
        }
        return store;
    }

    void changePlan(SandboxStore store, String plan) {
        String planKey = plan == null ? null : plan.toLowerCase(Locale.ROOT);
        if (!properties.knownPlan(planKey)) {
            throw new ControlException("Unknown plan '" + plan + "': use standard, advanced, plus or enterprise.");
        }
        store.plan = planKey;
        store.bucket.changePlan(properties.plan(planKey), System.nanoTime());
    }

    ShopifySandboxProperties.Plan planOf(SandboxStore store) {
        return properties.plan(store.plan);
    }

    Collection<SandboxStore> all() {
        return stores.values().stream().sorted(Comparator.comparing(s -> s.domain)).toList();
    }

    List<String> domains() {
        return all().stream().map(s -> s.domain).toList();
    }
}
