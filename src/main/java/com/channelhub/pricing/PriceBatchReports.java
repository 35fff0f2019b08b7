package com.channelhub.pricing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The read side of price batches: a batch's counts per status and channel, the batch list, items with results. */
@Component
public class PriceBatchReports {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    public PriceBatchReports(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public PriceBatchViews.Batch view(PriceBatchStore.BatchRow batch) {
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
        PriceBatchStore.TARGET_STATUSES.forEach(s -> counts.put(s, 0L));
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

    public Page<PriceBatchViews.Summary> list(BatchKind kind, UUID projectId, int page, int size) {
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM price_batches WHERE project_id = ? AND kind = ?",
                Long.class, projectId, kind.name());
        List<PriceBatchViews.Summary> batches = jdbc.query("SELECT * FROM price_batches WHERE project_id = ? AND kind = ?"
                + " ORDER BY created_at DESC, id LIMIT ? OFFSET ?",
                (rs, n) -> summary(PriceBatchStore.batch(rs, n)), projectId, kind.name(), size, (long) page * size);
        return new Page<>(batches, page, size, total, (int) ((total + size - 1) / size));
    }

    /**
     * Targets by status (outcome once there is one) of each of the given batches of the project, in one query: the
     * batch list's counts. A batch without targets, or not the project's, gets all zeros.
     */
    public Map<UUID, Map<String, Long>> targetCounts(UUID projectId, List<UUID> batchIds) {
        Map<UUID, Map<String, Long>> counts = new LinkedHashMap<>();
        batchIds.forEach(id -> counts.put(id, emptyTargetCounts()));
        if (batchIds.isEmpty()) {
            return counts;
        }
        List<Object> args = new ArrayList<>();
        args.add(projectId);
        args.addAll(batchIds);
        jdbc.query("SELECT t.batch_id, COALESCE(t.outcome, t.status) AS state, COUNT(*) AS n"
                + " FROM price_batch_targets t JOIN price_batches b ON b.id = t.batch_id"
                + " WHERE b.project_id = ? AND t.batch_id IN (" + String.join(",", Collections.nCopies(batchIds.size(), "?"))
                + ") GROUP BY t.batch_id, COALESCE(t.outcome, t.status)",
                rs -> {
                    counts.get(rs.getObject("batch_id", UUID.class)).merge(rs.getString("state"), rs.getLong("n"), Long::sum);
                }, args.toArray());
        return counts;
    }

    /** A page of items, filtered by item status (ACCEPTED, INVALID, UNMATCHED) or by a channel's target status. */
    public Page<PriceBatchViews.Item> items(UUID batchId, String status, int page, int size) {
        String filter;
        List<Object> args = new ArrayList<>();
        args.add(batchId);
        if (status == null) {
            filter = "";
        } else if (PriceBatchStore.ITEM_STATUSES.contains(status)) {
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
                    rs.getBigDecimal("compare_at_price"), rs.getString("currency"), integer(rs, "quantity"),
                    rs.getString("status"),
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
                integer(rs, "quantity"), outcome != null ? outcome : rs.getString("status"), rs.getString("result_code"),
                rs.getString("result_message"), rs.getBigDecimal("applied_price"), integer(rs, "applied_quantity"),
                rs.getString("external_id"),
                rs.getInt("attempts"), finished == null ? null : finished.toInstant());
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static PriceBatchViews.Summary summary(PriceBatchStore.BatchRow b) {
        return new PriceBatchViews.Summary(b.id(), b.idempotencyKey(), b.status(), b.partial(), b.createdAt(),
                b.completedAt(), b.itemCount(), b.invalidCount(), b.unmatchedCount(), b.targetCount());
    }

    private <T> T read(String value, TypeReference<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable stored JSON", e);
        }
    }
}
