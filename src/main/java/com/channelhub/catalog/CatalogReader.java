package com.channelhub.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the catalog: searches one page of products (keyset paging, see {@link ProductSearchSql}), then
 * loads the page's variants and, for their SKUs, every channel of the project that sells them: three queries per
 * page whatever its size.
 */
@Service
public class CatalogReader {

    private final NamedParameterJdbcTemplate jdbc;

    public CatalogReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of the search; {@code projectIntegrations} are all the project's, for the channels of each SKU. */
    @Transactional(readOnly = true)
    public CatalogViews.ProductPage search(ProductSearch search, Collection<UUID> projectIntegrations) {
        String order = search.descending() ? "desc" : "asc";
        if (search.integrationIds().isEmpty()) {
            return new CatalogViews.ProductPage(List.of(), search.size(), search.sort().parameter(), order, null);
        }
        ProductSearchSql query = ProductSearchSql.of(search);
        List<ProductRow> rows = jdbc.query(query.sql(), query.params(), (row, n) -> new ProductRow(product(row),
                search.sort().keyText(row)));
        boolean more = rows.size() > search.size();
        List<ProductRow> page = more ? rows.subList(0, search.size()) : rows;
        String next = null;
        if (more) {
            ProductRow last = page.get(page.size() - 1);
            next = new ProductCursor(search.sort().parameter(), search.descending(), last.sortKey(), last.product().id())
                    .encode();
        }
        List<CatalogViews.Product> products = withVariants(page.stream().map(ProductRow::product).toList(),
                projectIntegrations);
        return new CatalogViews.ProductPage(products, search.size(), search.sort().parameter(), order, next);
    }

    @Transactional(readOnly = true)
    public Optional<CatalogViews.Product> product(UUID id, Collection<UUID> projectIntegrations) {
        if (projectIntegrations.isEmpty()) {
            return Optional.empty();
        }
        List<CatalogViews.Product> found = jdbc.query("SELECT " + ProductSearchSql.PRODUCT_COLUMNS
                + " FROM channel_products p JOIN platform_integrations i ON i.id = p.integration_id"
                + " WHERE p.id = :id AND p.integration_id IN (:integrations)",
                new MapSqlParameterSource("id", id).addValue("integrations", projectIntegrations),
                (row, n) -> product(row));
        return withVariants(found, projectIntegrations).stream().findFirst();
    }

    /** The channels selling the SKU and the products holding it (deleted ones included, marked so). */
    @Transactional(readOnly = true)
    public Optional<CatalogViews.SkuLookup> bySku(String sku, Collection<UUID> projectIntegrations) {
        if (projectIntegrations.isEmpty()) {
            return Optional.empty();
        }
        List<CatalogViews.Product> products = jdbc.query("SELECT " + ProductSearchSql.PRODUCT_COLUMNS
                + " FROM channel_products p JOIN platform_integrations i ON i.id = p.integration_id"
                + " WHERE p.id IN (SELECT v.product_id FROM channel_variants v"
                + " WHERE v.integration_id IN (:integrations) AND v.sku = :sku)"
                + " ORDER BY p.deleted, i.platform, p.integration_id, p.id",
                new MapSqlParameterSource("sku", sku).addValue("integrations", projectIntegrations),
                (row, n) -> product(row));
        if (products.isEmpty()) {
            return Optional.empty();
        }
        List<CatalogViews.ChannelOffer> channels = offers(List.of(sku), projectIntegrations)
                .getOrDefault(sku, List.of());
        return Optional.of(new CatalogViews.SkuLookup(sku, channels, withVariants(products, projectIntegrations)));
    }

    private List<CatalogViews.Product> withVariants(List<CatalogViews.Product> products,
            Collection<UUID> projectIntegrations) {
        if (products.isEmpty()) {
            return products;
        }
        Map<UUID, List<VariantRow>> variants = variants(products.stream().map(CatalogViews.Product::id).toList());
        List<String> skus = variants.values().stream().flatMap(List::stream).map(VariantRow::sku)
                .filter(sku -> sku != null).distinct().toList();
        Map<String, List<CatalogViews.ChannelOffer>> offers = offers(skus, projectIntegrations);
        List<CatalogViews.Product> result = new ArrayList<>(products.size());
        for (CatalogViews.Product product : products) {
            boolean productDeleted = ProductSearch.DELETED.equals(product.status());
            List<CatalogViews.Variant> shown = variants.getOrDefault(product.id(), List.of()).stream()
                    // a live product shows its live variants; a deleted one what it had
                    .filter(v -> productDeleted || !v.deleted())
                    .map(v -> v.view(v.sku() == null ? List.of() : offers.getOrDefault(v.sku(), List.of())))
                    .toList();
            result.add(new CatalogViews.Product(product.id(), product.integrationId(), product.platform(),
                    product.externalId(), product.title(), product.vendor(), product.status(), product.platformStatus(),
                    product.updatedAt(), product.syncedAt(), shown));
        }
        return result;
    }

    private Map<UUID, List<VariantRow>> variants(List<UUID> productIds) {
        return jdbc.query("SELECT v.id, v.product_id, v.external_id, v.sku, v.title, v.price, v.compare_at_price,"
                + " v.currency, v.inventory_quantity, v.external_ref, v.fulfillment_channel, v.deleted, v.synced_at"
                + " FROM channel_variants v WHERE v.product_id IN (:ids) ORDER BY COALESCE(v.sku, ''), v.id",
                new MapSqlParameterSource("ids", productIds), (row, n) -> VariantRow.of(row))
                .stream().collect(Collectors.groupingBy(VariantRow::productId, LinkedHashMap::new, Collectors.toList()));
    }

    private Map<String, List<CatalogViews.ChannelOffer>> offers(List<String> skus, Collection<UUID> projectIntegrations) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        Map<String, List<CatalogViews.ChannelOffer>> offers = new LinkedHashMap<>();
        jdbc.query("SELECT v.sku, v.integration_id, i.platform, i.display_name, i.external_account, i.status,"
                + " v.product_id, p.external_id AS product_external_id, v.id, v.external_id, v.price,"
                + " v.compare_at_price, v.currency, v.inventory_quantity, v.quantity_updated_at, v.synced_at"
                + " FROM channel_variants v JOIN channel_products p ON p.id = v.product_id"
                + " JOIN platform_integrations i ON i.id = v.integration_id"
                + " WHERE v.integration_id IN (:integrations) AND v.sku IN (:skus) AND v.deleted = FALSE"
                + " ORDER BY v.sku, i.platform, i.created_at, v.integration_id, v.id",
                new MapSqlParameterSource("skus", skus).addValue("integrations", projectIntegrations), row -> {
                    String name = row.getString("display_name");
                    offers.computeIfAbsent(row.getString("sku"), s -> new ArrayList<>()).add(
                            new CatalogViews.ChannelOffer(row.getObject("integration_id", UUID.class),
                                    row.getString("platform"), name != null ? name : row.getString("external_account"),
                                    row.getString("status"), row.getObject("product_id", UUID.class),
                                    row.getString("product_external_id"), row.getObject("id", UUID.class),
                                    row.getString("external_id"), row.getBigDecimal("price"),
                                    row.getBigDecimal("compare_at_price"), row.getString("currency"),
                                    (Integer) row.getObject("inventory_quantity"),
                                    instant(row, "quantity_updated_at"), instant(row, "synced_at")));
                });
        return offers;
    }

    private static CatalogViews.Product product(ResultSet row) throws SQLException {
        String platformStatus = row.getString("product_status");
        String status = row.getBoolean("deleted") ? ProductSearch.DELETED
                : platformStatus == null ? null : platformStatus.toLowerCase(Locale.ROOT);
        return new CatalogViews.Product(row.getObject("id", UUID.class), row.getObject("integration_id", UUID.class),
                row.getString("platform"), row.getString("external_id"), row.getString("title"),
                row.getString("vendor"), status, platformStatus, instant(row, "source_updated_at"),
                instant(row, "synced_at"), List.of());
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private record ProductRow(CatalogViews.Product product, String sortKey) {
    }

    private record VariantRow(UUID id, UUID productId, String externalId, String sku, String title,
            BigDecimal price, BigDecimal compareAtPrice, String currency, Integer quantity, String externalRef,
            String fulfillmentChannel, boolean deleted, Instant syncedAt) {

        static VariantRow of(ResultSet row) throws SQLException {
            return new VariantRow(row.getObject("id", UUID.class), row.getObject("product_id", UUID.class),
                    row.getString("external_id"), row.getString("sku"), row.getString("title"),
                    row.getBigDecimal("price"), row.getBigDecimal("compare_at_price"), row.getString("currency"),
                    (Integer) row.getObject("inventory_quantity"), row.getString("external_ref"),
                    row.getString("fulfillment_channel"), row.getBoolean("deleted"), instant(row, "synced_at"));
        }

        CatalogViews.Variant view(List<CatalogViews.ChannelOffer> channels) {
            return new CatalogViews.Variant(id, externalId, sku, title, price, compareAtPrice, currency, quantity,
                    externalRef, fulfillmentChannel, deleted, syncedAt, channels);
        }
    }
}
