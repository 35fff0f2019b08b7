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

import com.channelhub.api.ApiProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;

/** Price batches, items and targets in the database: bulk inserts, the catalog look-up and the read side. */
@Component
public class PriceBatchStore {

    static final List<String> ITEM_STATUSES = List.of("MATCHED", "INVALID", "UNMATCHED");
    static final List<String> TARGET_STATUSES = List.of("PENDING", "IN_FLIGHT", "APPLIED", "ACCEPTED", "REJECTED",
            "FAILED", "SUPERSEDED");
    private static final int IN_LIST = 1000;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public PriceBatchStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A batch row as stored. */
    public record BatchRow(UUID id, UUID projectId, String idempotencyKey, String requestHash, String status,
            boolean partial, int itemCount, int invalidCount, int unmatchedCount, int targetCount, Instant createdAt,
            Instant completedAt) {
    }

    /** A channel that sells SKUs: a CONNECTED integration of the project. */
    public record Seller(UUID integrationId, String platform) {
    }

    /** A target to insert. */
    public record NewTarget(UUID id, int itemIndex, UUID integrationId, String platform, String sku, BigDecimal price,
            BigDecimal compareAtPrice, String currency) {
    }

    // --- write side -------------------------------------------------------------------------------------------

    public void insertBatch(BatchRow batch) {
        jdbc.update("""
                INSERT INTO price_batches (id, project_id, idempotency_key, request_hash, status, partial, item_count,
                    invalid_count, unmatched_count, target_count, created_at, completed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                batch.id(), batch.projectId(), batch.idempotencyKey(), batch.requestHash(), batch.status(),
                batch.partial(), batch.itemCount(), batch.invalidCount(), batch.unmatchedCount(), batch.targetCount(),
                offset(batch.createdAt()), new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, offset(batch.completedAt())));
    }

    public void insertItems(UUID batchId, List<PriceBatchValidator.ParsedItem> items, Map<Integer, String> statuses) {
        List<Object[]> rows = new ArrayList<>(items.size());
        for (PriceBatchValidator.ParsedItem item : items) {
            rows.add(new Object[] {batchId, item.index(), varchar(truncate(item.sku(), 255)), numeric(item.price()),
                    numeric(item.compareAtPrice()), varchar(truncate(item.currency(), 3)),
                    varchar(item.channels().isEmpty() ? null : write(item.channels())),
                    statuses.get(item.index()), varchar(item.valid() ? null : write(item.errors()))});
        }
        BulkInsert.insert(jdbc, "price_batch_items", List.of("batch_id", "item_index", "sku", "price",
                "compare_at_price", "currency", "channels_json", "status", "errors_json"), rows);
    }

    public void insertTargets(UUID batchId, Instant batchCreatedAt, List<NewTarget> targets) {
        java.time.OffsetDateTime created = offset(batchCreatedAt);
        List<Object[]> rows = new ArrayList<>(targets.size());
        for (NewTarget t : targets) {
            rows.add(new Object[] {t.id(), batchId, t.itemIndex(), t.integrationId(), t.platform(), t.sku(), t.price(),
                    numeric(t.compareAtPrice()), t.currency(), created, "PENDING", 0});
        }
        BulkInsert.insert(jdbc, "price_batch_targets", List.of("id", "batch_id", "item_index", "integration_id",
                "platform", "sku", "price", "compare_at_price", "currency", "batch_created_at", "status", "attempts"), rows);
    }

    // --- look-ups ------------------------------------------------------------------------------------------------

    public Optional<BatchRow> findByKey(UUID projectId, String idempotencyKey) {
        return jdbc.query("SELECT * FROM price_batches WHERE project_id = ? AND idempotency_key = ?", this::batch,
                projectId, idempotencyKey).stream().findFirst();
    }

    public Optional<BatchRow> find(UUID projectId, UUID batchId) {
        return jdbc.query("SELECT * FROM price_batches WHERE project_id = ? AND id = ?", this::batch, projectId, batchId)
                .stream().findFirst();
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

    // --- read side -----------------------------------------------------------------------------------------------

    public PriceBatchViews.Batch view(BatchRow batch) {
        Map<String, Long> totals = emptyTargetCounts();
        Map<UUID, PriceBatchViews.Channel> channels = new LinkedHashMap<>();
        jdbc.query("""
                SELECT t.integration_id, t.platform, i.external_account, COALESCE(t.outcome, t.status) AS state, COUNT(*) AS n
                FROM price_batch_targets t JOIN platform_integrations i ON i.id = t.integration_id
                WHERE t.batch_id = ?
                GROUP BY t.integration_id, t.platform, i.external_account, COALESCE(t.outcome, t.status)
                ORDER BY t.platform, i.external_account""", rs -> {
            UUID integrationId = rs.getObject("integration_id", UUID.class);
            String state = rs.getString("state");
            long n = rs.getLong("n");
            totals.merge(state, n, Long::sum);
            PriceBatchViews.Channel channel = channels.computeIfAbsent(integrationId, id -> {
                try {
                    return new PriceBatchViews.Channel(id, rs.getString("platform"), rs.getString("external_account"), 0,
                            emptyTargetCounts());
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            channel.targets().merge(state, n, Long::sum);
        }, batch.id());
        List<PriceBatchViews.Channel> channelViews = channels.values().stream()
                .map(c -> new PriceBatchViews.Channel(c.integrationId(), c.platform(), c.account(),
                        c.targets().values().stream().mapToLong(Long::longValue).sum(), c.targets()))
                .toList();
        Map<String, Integer> items = new LinkedHashMap<>();
        items.put("total", batch.itemCount());
        items.put("MATCHED", batch.itemCount() - batch.invalidCount() - batch.unmatchedCount());
        items.put("INVALID", batch.invalidCount());
        items.put("UNMATCHED", batch.unmatchedCount());
        return new PriceBatchViews.Batch(batch.id(), batch.idempotencyKey(), batch.status(), batch.partial(),
                batch.createdAt(), batch.completedAt(), items, totals, channelViews, null);
    }

    private static Map<String, Long> emptyTargetCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TARGET_STATUSES.forEach(s -> counts.put(s, 0L));
        return counts;
    }

    /** The invalid items' problems, in item order, at most {@code limit}. */
    public List<ApiProblem.FieldError> invalidItemErrors(UUID batchId, int limit) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        jdbc.query("SELECT errors_json FROM price_batch_items WHERE batch_id = ? AND status = 'INVALID' ORDER BY item_index",
                rs -> {
                    if (errors.size() < limit) {
                        errors.addAll(read(rs.getString("errors_json"), new TypeReference<List<ApiProblem.FieldError>>() {
                        }));
                    }
                }, batchId);
        return errors.size() > limit ? errors.subList(0, limit) : errors;
    }

    public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    }

    public Page<PriceBatchViews.Summary> list(UUID projectId, int page, int size) {
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM price_batches WHERE project_id = ?", Long.class, projectId);
        List<PriceBatchViews.Summary> batches = jdbc.query(
                "SELECT * FROM price_batches WHERE project_id = ? ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                (rs, n) -> summary(batch(rs, n)), projectId, size, (long) page * size);
        return new Page<>(batches, page, size, total, (int) ((total + size - 1) / size));
    }

    /** A page of items, filtered by item status (ACCEPTED, INVALID, UNMATCHED) or by a channel's target status. */
    public Page<PriceBatchViews.Item> items(UUID batchId, String status, int page, int size) {
        String filter;
        List<Object> args = new ArrayList<>();
        args.add(batchId);
        if (status == null) {
            filter = "";
        } else if (ITEM_STATUSES.contains(status)) {
            filter = " AND s.status = ?";
            args.add(status);
        } else {
            filter = " AND EXISTS (SELECT 1 FROM price_batch_targets t WHERE t.batch_id = s.batch_id"
                    + " AND t.item_index = s.item_index AND COALESCE(t.outcome, t.status) = ?)";
            args.add(status);
        }
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM price_batch_items s WHERE s.batch_id = ?" + filter,
                Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<PriceBatchViews.Item> items = new ArrayList<>();
        Map<Integer, Integer> positions = new HashMap<>();
        jdbc.query("SELECT * FROM price_batch_items s WHERE s.batch_id = ?" + filter
                + " ORDER BY s.item_index LIMIT ? OFFSET ?", rs -> {
            int index = rs.getInt("item_index");
            positions.put(index, items.size());
            String errors = rs.getString("errors_json");
            items.add(new PriceBatchViews.Item(index, rs.getString("sku"), rs.getBigDecimal("price"),
                    rs.getBigDecimal("compare_at_price"), rs.getString("currency"), rs.getString("status"),
                    errors == null ? List.of() : read(errors, new TypeReference<List<ApiProblem.FieldError>>() {
                    }), new ArrayList<>()));
        }, pageArgs.toArray());
        if (!items.isEmpty()) {
            int first = items.get(0).index();
            int last = items.get(items.size() - 1).index();
            jdbc.query("""
                    SELECT t.*, i.external_account FROM price_batch_targets t
                    JOIN platform_integrations i ON i.id = t.integration_id
                    WHERE t.batch_id = ? AND t.item_index BETWEEN ? AND ? ORDER BY t.item_index, t.platform, i.external_account""",
                    rs -> {
                        Integer position = positions.get(rs.getInt("item_index"));
                        if (position != null) {
                            items.get(position).channels().add(itemChannel(rs));
                        }
                    }, batchId, first, last);
        }
        return new Page<>(items, page, size, total, (int) ((total + size - 1) / size));
    }

    private static PriceBatchViews.ItemChannel itemChannel(ResultSet rs) throws SQLException {
        String outcome = rs.getString("outcome");
        Timestamp finished = rs.getTimestamp("finished_at");
        return new PriceBatchViews.ItemChannel(rs.getObject("integration_id", UUID.class), rs.getString("platform"),
                rs.getString("external_account"), rs.getBigDecimal("price"), rs.getBigDecimal("compare_at_price"),
                outcome != null ? outcome : rs.getString("status"), rs.getString("result_code"),
                rs.getString("result_message"), rs.getBigDecimal("applied_price"), rs.getString("external_id"),
                rs.getInt("attempts"), finished == null ? null : finished.toInstant());
    }

    private static PriceBatchViews.Summary summary(BatchRow b) {
        return new PriceBatchViews.Summary(b.id(), b.idempotencyKey(), b.status(), b.partial(), b.createdAt(),
                b.completedAt(), b.itemCount(), b.invalidCount(), b.unmatchedCount(), b.targetCount());
    }

    private BatchRow batch(ResultSet rs, int row) throws SQLException {
        Timestamp completed = rs.getTimestamp("completed_at");
        return new BatchRow(rs.getObject("id", UUID.class), rs.getObject("project_id", UUID.class),
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

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored JSON", e);
        }
    }
}
