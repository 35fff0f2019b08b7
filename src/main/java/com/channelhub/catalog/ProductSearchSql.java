package com.channelhub.catalog;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL of one product search: fixed fragments chosen by which filters are set, every value a bind parameter.
 * Filters on variants are {@code p.id IN (…)} subqueries, so PostgreSQL can answer each from its own index (trigram
 * for text, price, synced_at) instead of probing variants once per product. Same SQL on PostgreSQL and H2. Query
 * plans at 100,000 products: docs/catalog.md.
 */
final class ProductSearchSql {

    static final String PRODUCT_COLUMNS = "p.id, p.integration_id, i.platform, p.external_id, p.title, p.vendor, "
            + "p.product_status, p.deleted, p.source_updated_at, p.synced_at";

    private final StringBuilder sql = new StringBuilder();
    private final MapSqlParameterSource params = new MapSqlParameterSource();

    private ProductSearchSql() {
    }

    static ProductSearchSql of(ProductSearch search) {
        ProductSearchSql query = new ProductSearchSql();
        query.build(search);
        return query;
    }

    String sql() {
        return sql.toString();
    }

    MapSqlParameterSource params() {
        return params;
    }

    private void build(ProductSearch search) {
        ProductSort sort = search.sort();
        sql.append("SELECT ").append(PRODUCT_COLUMNS).append(", ").append(sort.expression()).append(" AS sort_key")
                .append(" FROM channel_products p JOIN platform_integrations i ON i.id = p.integration_id");
        List<String> where = new ArrayList<>();
        if (sort.byVariant()) {
            sql.append(" JOIN channel_variants v ON v.product_id = p.id");
            where.add(lowestVariant(sort));
        }
        where.add("p.integration_id IN (:integrations)");
        params.addValue("integrations", search.integrationIds());
        where.add(statusCondition(search.statuses()));
        addFilters(search, where);
        String comparison = search.descending() ? " < " : " > ";
        if (search.after() != null) {
            where.add("(" + sort.expression() + ", " + sort.tiebreak() + ")" + comparison + "(:afterKey, :afterId)");
            params.addValue("afterKey", sort.keyValueOf(search.after().key()).orElseThrow())
                    .addValue("afterId", search.after().id());
        }
        String direction = search.descending() ? " DESC" : " ASC";
        sql.append(" WHERE ").append(String.join(" AND ", where))
                .append(" ORDER BY sort_key").append(direction).append(", ").append(sort.tiebreak()).append(direction)
                .append(" LIMIT :limit");
        // one more than asked tells whether there is a next page
        params.addValue("limit", search.size() + 1);
    }

    private void addFilters(ProductSearch search, List<String> where) {
        if (search.text() != null) {
            where.add("p.id IN (SELECT t.id FROM channel_products t WHERE t.title ILIKE :text ESCAPE '\\'"
                    + " OR t.vendor ILIKE :text ESCAPE '\\'"
                    + " UNION SELECT x.product_id FROM channel_variants x WHERE x.sku ILIKE :text ESCAPE '\\')");
            params.addValue("text", "%" + escapeLike(search.text()) + "%");
        }
        if (search.sku() != null) {
            where.add("p.id IN (SELECT x.product_id FROM channel_variants x"
                    + " WHERE x.integration_id IN (:integrations) AND x.sku = :sku)");
            params.addValue("sku", search.sku());
        }
        if (search.minPrice() != null || search.maxPrice() != null) {
            // written over the price sort's expression, so that its index serves ranges too (minPrice is >= 0)
            where.add("p.id IN (SELECT r.product_id FROM channel_variants r WHERE r.deleted = FALSE"
                    + " AND r.price IS NOT NULL"
                    + (search.minPrice() != null ? " AND COALESCE(r.price, -1) >= :minPrice" : "")
                    + (search.maxPrice() != null ? " AND COALESCE(r.price, -1) <= :maxPrice" : "") + ")");
            params.addValue("minPrice", search.minPrice()).addValue("maxPrice", search.maxPrice());
        }
        if (search.updatedSince() != null) {
            where.add("p.id IN (SELECT c.id FROM channel_products c WHERE c.synced_at >= :since"
                    + " UNION SELECT x.product_id FROM channel_variants x WHERE x.synced_at >= :since)");
            params.addValue("since", search.updatedSince().atOffset(ZoneOffset.UTC));
        }
    }

    /**
     * Keeps, of each product, the variant with the lowest key (ties: the lower id), among its live variants or, for a
     * deleted product, its deleted ones. Walking an index on (key, product_id) this way pages in the product's
     * order without aggregating every variant first, which at 100,000 products took most of a second.
     */
    private static String lowestVariant(ProductSort sort) {
        String key = sort.expressionOver("v");
        String other = sort.expressionOver("w");
        return "v.deleted = p.deleted AND NOT EXISTS (SELECT 1 FROM channel_variants w WHERE w.product_id = v.product_id"
                + " AND w.deleted = v.deleted AND (" + other + " < " + key + " OR (" + other + " = " + key
                + " AND w.id < v.id)))";
    }

    private String statusCondition(Set<String> statuses) {
        if (statuses.isEmpty()) {
            return "p.deleted = FALSE";
        }
        List<String> live = statuses.stream().filter(s -> !ProductSearch.DELETED.equals(s)).sorted().toList();
        String liveCondition = "(p.deleted = FALSE AND LOWER(p.product_status) IN (:statuses))";
        params.addValue("statuses", live);
        if (live.size() == statuses.size()) {
            return liveCondition;
        }
        return live.isEmpty() ? "p.deleted = TRUE" : "(" + liveCondition + " OR p.deleted = TRUE)";
    }

    /** The user's text matched literally: LIKE's wildcards and the escape character lose their meaning. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
