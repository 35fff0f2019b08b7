package com.channelhub.pricing;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

/** Price batches, items and targets in the database: bulk inserts and the look-ups that taking a batch needs. */
@Component
public class PriceBatchStore {

    /** An item's status: fanned out to at least one channel, refused by validation, or sold on no channel. */
    public static final List<String> ITEM_STATUSES = List.of("MATCHED", "INVALID", "UNMATCHED");
    /** A target's (item on one channel) status, or its outcome once it has one. */
    public static final List<String> TARGET_STATUSES = List.of("PENDING", "IN_FLIGHT", "APPLIED", "ACCEPTED", "REJECTED",
            "FAILED", "SUPERSEDED", "UNSUPPORTED");
    private static final int IN_LIST = 1000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public PriceBatchStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A batch row as stored. */
    public record BatchRow(UUID id, BatchKind kind, UUID projectId, String idempotencyKey, String requestHash, String status,
            boolean partial, int itemCount, int invalidCount, int unmatchedCount, int targetCount, Instant createdAt,
            Instant completedAt) {
    }

    /** A channel that sells SKUs: a CONNECTED integration of the project. */
    public record Seller(UUID integrationId, String platform) {
    }

    /** A target to insert: a price and currency, or a quantity. */
    public record NewTarget(UUID id, int itemIndex, UUID integrationId, String platform, String sku, BigDecimal price,
            BigDecimal compareAtPrice, String currency, Integer quantity) {
    }

    // --- write side -------------------------------------------------------------------------------------------

    public void insertBatch(BatchRow batch) {
        jdbc.update("""
                INSERT INTO price_batches (id, kind, project_id, idempotency_key, request_hash, status, partial,
                    item_count, invalid_count, unmatched_count, target_count, created_at, completed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                batch.id(), batch.kind().name(), batch.projectId(), batch.idempotencyKey(), batch.requestHash(), batch.status(),
                batch.partial(), batch.itemCount(), batch.invalidCount(), batch.unmatchedCount(), batch.targetCount(),
                offset(batch.createdAt()), new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, offset(batch.completedAt())));
    }

    public void insertItems(UUID batchId, List<PriceBatchValidator.ParsedItem> items, Map<Integer, String> statuses) {
        List<Object[]> rows = new ArrayList<>(items.size());
        for (PriceBatchValidator.ParsedItem item : items) {
            rows.add(new Object[] {batchId, item.index(), varchar(truncate(item.sku(), 255)), numeric(item.price()),
                    numeric(item.compareAtPrice()), varchar(truncate(item.currency(), 3)), integer(item.quantity()),
                    varchar(item.channels().isEmpty() ? null : write(item.channels())),
                    statuses.get(item.index()), varchar(item.valid() ? null : write(item.errors()))});
        }
        BulkInsert.insert(jdbc, "price_batch_items", List.of("batch_id", "item_index", "sku", "price",
                "compare_at_price", "currency", "quantity", "channels_json", "status", "errors_json"), rows);
    }

    public void insertTargets(UUID batchId, BatchKind kind, Instant batchCreatedAt, List<NewTarget> targets) {
        java.time.OffsetDateTime created = offset(batchCreatedAt);
        List<Object[]> rows = new ArrayList<>(targets.size());
        for (NewTarget t : targets) {
            rows.add(new Object[] {t.id(), batchId, t.itemIndex(), t.integrationId(), t.platform(), kind.name(),
                    t.sku(), numeric(t.price()), numeric(t.compareAtPrice()), varchar(t.currency()),
                    integer(t.quantity()), created, "PENDING", 0});
        }
        BulkInsert.insert(jdbc, "price_batch_targets", List.of("id", "batch_id", "item_index", "integration_id",
                "platform", "kind", "sku", "price", "compare_at_price", "currency", "quantity", "batch_created_at",
                "status", "attempts"), rows);
    }

    // --- look-ups ------------------------------------------------------------------------------------------------

    public Optional<BatchRow> findByKey(UUID projectId, BatchKind kind, String idempotencyKey) {
        return jdbc.query("SELECT * FROM price_batches WHERE project_id = ? AND kind = ? AND idempotency_key = ?",
                PriceBatchStore::batch, projectId, kind.name(), idempotencyKey).stream().findFirst();
    }

    public Optional<BatchRow> find(UUID projectId, BatchKind kind, UUID batchId) {
        return jdbc.query("SELECT * FROM price_batches WHERE project_id = ? AND kind = ? AND id = ?",
                PriceBatchStore::batch, projectId, kind.name(), batchId).stream().findFirst();
    }

    /** Every integration of the project, for naming one in a channel override. */
    public Set<UUID> integrationIds(UUID projectId) {
        return Set.copyOf(jdbc.queryForList("SELECT id FROM platform_integrations WHERE project_id = ?", UUID.class,
                projectId));
    }

    /** The project's CONNECTED integrations. */
    public Map<UUID, String> connected(UUID projectId) {
        Map<UUID, String> platforms = new LinkedHashMap<>();
        jdbc.query("SELECT id, platform FROM platform_integrations WHERE project_id = ? AND status = 'CONNECTED' ORDER BY id",
                rs -> {
                    platforms.put(rs.getObject("id", UUID.class), rs.getString("platform"));
                }, projectId);
        return platforms;
    }

    /** For each SKU, the connected integrations whose synced catalog has a (not deleted) variant with it. */
    public Map<String, List<Seller>> sellers(Map<UUID, String> connected, Collection<String> skus) {
        Map<String, List<Seller>> sellers = new HashMap<>();
        if (connected.isEmpty() || skus.isEmpty()) {
            return sellers;
        }
        List<UUID> integrationIds = List.copyOf(connected.keySet());
        List<String> all = List.copyOf(skus);
        String integrations = String.join(", ", java.util.Collections.nCopies(integrationIds.size(), "?"));
        for (int from = 0; from < all.size(); from += IN_LIST) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST));
            List<Object> args = new ArrayList<>(integrationIds);
            args.addAll(chunk);
            jdbc.query("SELECT DISTINCT integration_id, sku FROM channel_variants WHERE deleted = FALSE AND integration_id IN ("
                    + integrations + ") AND sku IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "?")) + ")",
                    rs -> {
                        UUID integrationId = rs.getObject("integration_id", UUID.class);
                        sellers.computeIfAbsent(rs.getString("sku"), k -> new ArrayList<>())
                                .add(new Seller(integrationId, connected.get(integrationId)));
                    }, args.toArray());
        }
        sellers.values().forEach(list -> list.sort(java.util.Comparator.comparing(s -> s.integrationId().toString())));
        return sellers;
    }

    static BatchRow batch(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new BatchRow(rs.getObject("id", UUID.class), BatchKind.valueOf(rs.getString("kind")),
                rs.getObject("project_id", UUID.class),
                rs.getString("idempotency_key"), rs.getString("request_hash"), rs.getString("status"),
                rs.getBoolean("partial"), rs.getInt("item_count"), rs.getInt("invalid_count"),
                rs.getInt("unmatched_count"), rs.getInt("target_count"), rs.getTimestamp("created_at").toInstant(),
                completed == null ? null : completed.toInstant());
    }

    // --- values --------------------------------------------------------------------------------------------------

    static java.time.OffsetDateTime offset(Instant instant) {
        return instant == null ? null : instant.atOffset(java.time.ZoneOffset.UTC);
    }

    private static SqlParameterValue numeric(BigDecimal value) {
        return new SqlParameterValue(Types.NUMERIC, value);
    }

    private static SqlParameterValue integer(Integer value) {
        return new SqlParameterValue(Types.INTEGER, value);
    }

    private static SqlParameterValue varchar(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value instanceof Map<?, ?> map ? new TreeMap<>(map) : value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
