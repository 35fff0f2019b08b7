package com.channelhub.sandbox.shopify;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;

/** The query fields of the simulated Admin API and the fields of Product and ProductVariant. */
final class AdminQueries {

    private final SandboxStores stores;

    AdminQueries(SandboxStores stores) {
        this.stores = stores;
    }

    static RequestScope scope(DataFetchingEnvironment env) {
        return env.getGraphQlContext().get(RequestScope.KEY);
    }

    Object shop(DataFetchingEnvironment env) {
        SandboxStore store = scope(env).store();
        ShopifySandboxProperties.Plan plan = stores.planOf(store);
        Map<String, Object> shop = new LinkedHashMap<>();
        shop.put("id", "gid://shopify/Shop/" + store.id);
        shop.put("name", store.name);
        shop.put("email", "owner@" + store.domain);
        shop.put("myshopifyDomain", store.domain);
        shop.put("currencyCode", store.currency);
        shop.put("plan", Map.of("displayName", plan.displayName(), "partnerDevelopment", false,
                "shopifyPlus", store.plan.equals("plus") || store.plan.equals("enterprise")));
        shop.put("primaryDomain", Map.of("id", "gid://shopify/Domain/" + store.id, "host", store.domain,
                "url", "https://" + store.domain, "sslEnabled", true));
        return shop;
    }

    Object products(DataFetchingEnvironment env) {
        RequestScope scope = scope(env);
        Object denied = AdminErrors.requireScope(env, "read_products");
        if (denied != null) {
            return denied;
        }
        if (scope.bulk()) {
            Map<String, Object> slice = CatalogPages.products(scope.store(), scope.bulkLimit(),
                    scope.bulkAfterId() == 0 ? null : Connections.encode(scope.bulkAfterId(), ""),
                    env.getArgument("query"), "ID", false);
            List<?> nodes = (List<?>) slice.get("nodes");
            if (!nodes.isEmpty()) {
                scope.bulkLastId().set(((CatalogPages.ProductRef) nodes.get(nodes.size() - 1)).product().id);
            }
            return slice;
        }
        return page(env, first -> CatalogPages.products(scope.store(), first, env.getArgument("after"),
                env.getArgument("query"), env.getArgument("sortKey"), Boolean.TRUE.equals(env.getArgument("reverse"))));
    }

    Object product(DataFetchingEnvironment env) {
        Object denied = AdminErrors.requireScope(env, "read_products");
        if (denied != null) {
            return denied;
        }
        SandboxStore store = scope(env).store();
        Long id = Gid.parse(env.getArgument("id"), "Product");
        SandboxProduct product = id == null ? null : store.product(id);
        return product == null ? null : new CatalogPages.ProductRef(store, product);
    }

    Object productVariants(DataFetchingEnvironment env) {
        RequestScope scope = scope(env);
        Object denied = AdminErrors.requireScope(env, "read_products");
        if (denied != null) {
            return denied;
        }
        if (scope.bulk()) {
            return AdminErrors.error(env, "Bulk queries in the sandbox start from products.", "INVALID");
        }
        return page(env, first -> CatalogPages.variants(scope.store(), first, env.getArgument("after"),
                env.getArgument("query"), Boolean.TRUE.equals(env.getArgument("reverse"))));
    }

    Object productVariant(DataFetchingEnvironment env) {
        Object denied = AdminErrors.requireScope(env, "read_products");
        if (denied != null) {
            return denied;
        }
        SandboxStore store = scope(env).store();
        Long id = Gid.parse(env.getArgument("id"), "ProductVariant");
        SandboxProduct product = id == null ? null : store.productOfVariant(id);
        return product == null ? null
                : new CatalogPages.VariantRef(store, product, SandboxStore.variant(product, id));
    }

    Object locations(DataFetchingEnvironment env) {
        Object denied = AdminErrors.requireScope(env, "read_locations");
        if (denied != null) {
            return denied;
        }
        SandboxStore store = scope(env).store();
        Map<String, Object> location = InventoryLevels.location(store);
        return page(env, first -> Connections.page(List.of(location).iterator(), first, false,
                l -> Connections.encode(store.locationId, Long.toString(store.locationId)), l -> l));
    }

    Object webhookSubscriptions(DataFetchingEnvironment env) {
        SandboxStore store = scope(env).store();
        List<String> topics = env.getArgument("topics");
        Connections.Cursor cursor = Connections.decode(env.getArgument("after"));
        List<SandboxStore.Subscription> all = store.subscriptions.values().stream()
                .filter(s -> topics == null || topics.contains(s.topic()))
                .filter(s -> cursor == null || s.id() > cursor.lastId())
                .sorted(Comparator.comparingLong(SandboxStore.Subscription::id)).toList();
        return page(env, first -> Connections.page(all.iterator(), first, cursor != null,
                s -> Connections.encode(s.id(), Long.toString(s.id())), AdminMutations::subscriptionView));
    }

    Object currentBulkOperation(DataFetchingEnvironment env) {
        SandboxStore store = scope(env).store();
        String type = env.getArgument("type");
        if (type != null && !type.equals("QUERY")) {
            return null;
        }
        List<BulkOperation> operations = store.bulkOperations;
        return operations.isEmpty() ? null : operations.get(operations.size() - 1).view();
    }

    Object bulkOperation(DataFetchingEnvironment env) {
        SandboxStore store = scope(env).store();
        Long id = Gid.parse(env.getArgument("id"), "BulkOperation");
        return store.bulkOperations.stream().filter(op -> id != null && op.id == id).findFirst()
                .map(BulkOperation::view).orElse(null);
    }

    Object productField(DataFetchingEnvironment env) {
        CatalogPages.ProductRef ref = env.getSource();
        SandboxProduct p = ref.product();
        return switch (env.getField().getName()) {
            case "id" -> "gid://shopify/Product/" + p.id;
            case "legacyResourceId" -> Long.toString(p.id);
            case "title" -> p.title();
            case "handle" -> p.handle();
            case "vendor" -> p.vendor();
            case "productType" -> p.productType();
            case "status" -> p.status;
            case "createdAt" -> CatalogPages.dateTime(p.createdAt);
            case "updatedAt" -> CatalogPages.dateTime(p.updatedAt);
            case "totalInventory" -> (int) CatalogPages.totalInventory(p);
            case "variants" -> scope(env).bulk()
                    ? CatalogPages.variantsOf(ref.store(), p, 0, null, false)
                    : page(env, first -> CatalogPages.variantsOf(ref.store(), p, first, env.getArgument("after"),
                            Boolean.TRUE.equals(env.getArgument("reverse"))));
            default -> null;
        };
    }

    Object variantField(DataFetchingEnvironment env) {
        CatalogPages.VariantRef ref = env.getSource();
        SandboxProduct p = ref.product();
        SandboxVariant v = ref.variant();
        return switch (env.getField().getName()) {
            case "id" -> "gid://shopify/ProductVariant/" + v.id;
            case "legacyResourceId" -> Long.toString(v.id);
            case "title" -> p.variantTitle(v);
            case "displayName" -> p.title() + " - " + p.variantTitle(v);
            case "sku" -> p.sku(v);
            case "price" -> SandboxVariant.money(v.priceCents);
            case "compareAtPrice" -> v.compareAtCents < 0 ? null : SandboxVariant.money(v.compareAtCents);
            case "inventoryQuantity" -> v.inventoryQuantity;
            case "position" -> v.position;
            case "createdAt" -> CatalogPages.dateTime(v.createdAt);
            case "updatedAt" -> CatalogPages.dateTime(v.updatedAt);
            case "inventoryItem" -> Map.of("id", "gid://shopify/InventoryItem/" + v.inventoryItemId(),
                    "sku", p.sku(v), "tracked", true);
            case "product" -> new CatalogPages.ProductRef(ref.store(), p);
            default -> null;
        };
    }

    /** Checks first/last as Shopify does, then builds the page. */
    private static Object page(DataFetchingEnvironment env, java.util.function.IntFunction<Object> build) {
        Integer first = env.getArgument("first");
        Integer last = env.getArgument("last");
        if (last != null || env.getArgument("before") != null) {
            return AdminErrors.error(env, "The sandbox pages forward only: use first and after.", null);
        }
        if (first == null) {
            return AdminErrors.error(env, "you must provide one of first or last", null);
        }
        if (first < 0 || first > ShopifyFacts.MAX_PAGE_SIZE) {
            return AdminErrors.error(env, "The value of first must be between 0 and "
                    + ShopifyFacts.MAX_PAGE_SIZE + ".", null);
        }
        try {
            return first == 0 ? Connections.page(List.of().iterator(), 0, false, x -> "", x -> x) : build.apply(first);
        } catch (IllegalArgumentException e) {
            return DataFetcherResult.newResult().error(GraphqlErrorBuilder.newError(env).message(e.getMessage())
                    .build()).build();
        }
    }
}
