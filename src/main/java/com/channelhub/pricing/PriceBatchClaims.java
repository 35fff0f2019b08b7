package com.channelhub.pricing;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dispatcher's side of the targets table. A chunk is claimed in one transaction with
 * {@code SELECT … FOR UPDATE SKIP LOCKED}: instances polling at the same moment get disjoint chunks, and a row is
 * claimable only while PENDING or while its IN_FLIGHT lease has expired and it has no result. Results are written
 * only under the claim that sent them ({@code claim_id}), so an instance that lost its lease cannot overwrite what a
 * later claim recorded.
 */
@Component
public class PriceBatchClaims {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PriceBatchClaims.class);
    private static final int IN_LIST = 1000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    public PriceBatchClaims(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A target as the dispatcher sends it. */
    public record Target(UUID id, UUID batchId, int itemIndex, UUID integrationId, String platform, String sku,
            BigDecimal price, BigDecimal compareAtPrice, String currency, Integer quantity, int attempts) {
    }

    /**
     * A chunk of one integration's targets of one kind, held by this instance until {@code leaseUntil} unless
     * renewed.
     */
    public record Claim(UUID claimId, UUID integrationId, String platform, BatchKind kind, List<Target> targets) {
    }

    /**
     * Integrations with targets waiting: PENDING, or IN_FLIGHT under an expired lease and not in an Amazon feed (a
     * target whose feed Amazon accepted gets its result from that feed, through the feed monitor).
     */
    public List<UUID> integrationsWithWork(Instant now) {
        return jdbc.queryForList("""
                SELECT DISTINCT integration_id FROM price_batch_targets
                WHERE status = 'PENDING' OR (status = 'IN_FLIGHT' AND lease_until < ? AND amazon_feed_id IS NULL)""",
                UUID.class, ts(now));
    }

    /**
     * Claims up to {@code limit} targets of an integration, oldest batches first; none (null) while another
     * instance holds a live lease on some of the integration's targets or is claiming for it at this moment. Targets
     * left IN_FLIGHT by a crashed instance that already carry a result are closed without being sent again; targets
     * a newer batch overrides for the same SKU and channel are closed as SUPERSEDED. Targets that went out in an
     * Amazon feed are never claimed again: the feed's processing report gives their results.
     */
    public Claim claim(UUID integrationId, String instanceId, int limit, Instant now, Instant leaseUntil) {
        return transactions.execute(status -> {
            // one sender per integration at a time, across instances: chunks go out in batch order, and the
            // platform's rate limit (per store, per seller) is not split between instances that would fight over it
            if (jdbc.queryForList("SELECT id FROM platform_integrations WHERE id = ? FOR UPDATE SKIP LOCKED", UUID.class,
                    integrationId).isEmpty()) {
                return null;
            }
            Integer heldElsewhere = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM price_batch_targets
                    WHERE integration_id = ? AND status = 'IN_FLIGHT' AND outcome IS NULL AND lease_until >= ?
                      AND claimed_by <> ?""", Integer.class, integrationId, ts(now), instanceId);
            if (heldElsewhere != null && heldElsewhere > 0) {
                return null;
            }
            String recordedBeforeACrash = " WHERE integration_id = ? AND status = 'IN_FLIGHT' AND outcome IS NOT NULL"
                    + " AND lease_until < ?";
            List<UUID> closedBatches = jdbc.queryForList("SELECT DISTINCT batch_id FROM price_batch_targets"
                    + recordedBeforeACrash, UUID.class, integrationId, ts(now));
            jdbc.update("UPDATE price_batch_targets SET status = 'DONE', finished_at = COALESCE(finished_at, ?)"
                    + recordedBeforeACrash, ts(now), integrationId, ts(now));
            String claimable = """
                    FROM price_batch_targets
                    WHERE integration_id = ? AND outcome IS NULL
                      AND (status = 'PENDING' OR (status = 'IN_FLIGHT' AND lease_until < ? AND amazon_feed_id IS NULL))""";
            // a chunk holds one kind (one platform route sends it): the kind of the oldest waiting target
            BatchKind kind = jdbc.queryForList("SELECT kind " + claimable + " ORDER BY batch_created_at, item_index"
                    + " LIMIT 1", String.class, integrationId, ts(now)).stream().findFirst().map(BatchKind::valueOf)
                    .orElse(null);
            List<UUID> ids = kind == null ? List.of() : jdbc.queryForList("SELECT id " + claimable + """
                     AND kind = ?
                    ORDER BY batch_created_at, item_index
                    LIMIT ?
                    FOR UPDATE SKIP LOCKED""", UUID.class, integrationId, ts(now), kind.name(), limit);
            if (ids.isEmpty()) {
                // the crashed instance's recorded results may have been all that kept a batch open
                refreshBatches(closedBatches, now);
                return null;
            }
            UUID claimId = UUID.randomUUID();
            for (List<UUID> chunk : chunks(ids)) {
                List<Object> args = new ArrayList<>(List.of(claimId, instanceId, ts(leaseUntil)));
                args.addAll(chunk);
                jdbc.update("UPDATE price_batch_targets SET status = 'IN_FLIGHT', claim_id = ?, claimed_by = ?,"
                        + " lease_until = ?, attempts = attempts + 1 WHERE id IN (" + marks(chunk.size()) + ")",
                        args.toArray());
            }
            jdbc.update("""
                    UPDATE price_batch_targets t SET status = 'DONE', outcome = 'SUPERSEDED', result_message = ?,
                        finished_at = ?
                    WHERE t.claim_id = ? AND EXISTS (SELECT 1 FROM price_batch_targets n
                        WHERE n.integration_id = t.integration_id AND n.kind = t.kind AND n.sku = t.sku
                          AND n.batch_created_at > t.batch_created_at)""", kind.supersededMessage(), ts(now), claimId);
            jdbc.update("""
                    UPDATE price_batches SET status = 'IN_PROGRESS'
                    WHERE status = 'ACCEPTED' AND id IN (SELECT batch_id FROM price_batch_targets WHERE claim_id = ?)""",
                    claimId);
            List<Target> targets = jdbc.query("""
                    SELECT id, batch_id, item_index, integration_id, platform, sku, price, compare_at_price, currency,
                        quantity, attempts
                    FROM price_batch_targets WHERE claim_id = ? AND status = 'IN_FLIGHT'
                    ORDER BY batch_created_at, item_index""",
                    (rs, n) -> new Target(rs.getObject("id", UUID.class), rs.getObject("batch_id", UUID.class),
                            rs.getInt("item_index"), rs.getObject("integration_id", UUID.class), rs.getString("platform"),
                            rs.getString("sku"), rs.getBigDecimal("price"), rs.getBigDecimal("compare_at_price"),
                            rs.getString("currency"), (Integer) rs.getObject("quantity", Integer.class),
                            rs.getInt("attempts")), claimId);
            String platform = targets.isEmpty() ? null : targets.get(0).platform();
            return new Claim(claimId, integrationId, platform, kind, targets);
        });
    }

    /** An integration as the dispatcher needs it: its platform code and whether it can take prices now. */
    public record Channel(String platform, String status, String statusReason) {
        boolean connected() {
            return "CONNECTED".equals(status);
        }
    }

    public Channel channel(UUID integrationId) {
        return jdbc.queryForObject("SELECT platform, status, status_reason FROM platform_integrations WHERE id = ?",
                (rs, n) -> new Channel(rs.getString("platform"), rs.getString("status"), rs.getString("status_reason")),
                integrationId);
    }

    /**
     * Closes every claimable target of an integration that can no longer take prices (disconnected, or waiting for
     * re-authorization) as FAILED with the reason, without sending; answers the batches touched.
     */
    public List<UUID> failUnsendable(UUID integrationId, String reason, Instant now) {
        return close(integrationId, null, "FAILED", "CHANNEL_UNAVAILABLE", reason, now);
    }

    /**
     * Closes every claimable target of one kind of an integration whose platform cannot take it (its connector has
     * no PRICE_PUSH, or no INVENTORY_PUSH) as UNSUPPORTED with the reason, without sending; answers the batches
     * touched.
     */
    public List<UUID> closeUnsupported(UUID integrationId, BatchKind kind, String reason, Instant now) {
        return close(integrationId, kind, "UNSUPPORTED", "UNSUPPORTED", reason, now);
    }

    /** @param kind only targets of this kind, or null for all */
    private List<UUID> close(UUID integrationId, BatchKind kind, String outcome, String code, String reason,
            Instant now) {
        String claimable = " WHERE integration_id = ? AND outcome IS NULL"
                + " AND (status = 'PENDING' OR (status = 'IN_FLIGHT' AND lease_until < ? AND amazon_feed_id IS NULL))"
                + (kind == null ? "" : " AND kind = '" + kind.name() + "'");
        return transactions.execute(status -> {
            List<UUID> batches = jdbc.queryForList("SELECT DISTINCT batch_id FROM price_batch_targets" + claimable,
                    UUID.class, integrationId, ts(now));
            if (batches.isEmpty()) {
                return batches;
            }
            jdbc.update("UPDATE price_batch_targets SET status = 'DONE', outcome = ?,"
                    + " result_code = ?, result_message = ?, finished_at = ?" + claimable,
                    outcome, code, truncate(reason, 4000), ts(now), integrationId, ts(now));
            return batches;
        });
    }

    /** The batches a claim touched, sent or superseded. */
    public List<UUID> batchesOf(UUID claimId) {
        return jdbc.queryForList("SELECT DISTINCT batch_id FROM price_batch_targets WHERE claim_id = ?", UUID.class,
                claimId);
    }

    /** Extends the leases of the chunks this instance is still sending. */
    public int renew(Collection<UUID> claimIds, Instant leaseUntil) {
        int renewed = 0;
        for (List<UUID> chunk : chunks(List.copyOf(claimIds))) {
            List<Object> args = new ArrayList<>();
            args.add(ts(leaseUntil));
            args.addAll(chunk);
            renewed += jdbc.update("UPDATE price_batch_targets SET lease_until = ? WHERE status = 'IN_FLIGHT' AND claim_id IN ("
                    + marks(chunk.size()) + ")", args.toArray());
        }
        return renewed;
    }

    /**
     * Stores each result under its claim; answers how many of the claim's targets now have a result, fewer than sent
     * when the lease was lost to another claim. A result the claim's Amazon feed already recorded stays as it is.
     */
    public int record(UUID claimId, List<TargetResult> results, Instant now) {
        if (results.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate("""
                UPDATE price_batch_targets SET status = 'DONE', outcome = ?, result_code = ?, result_message = ?,
                    applied_price = ?, applied_quantity = ?, external_id = ?, finished_at = ?
                WHERE id = ? AND claim_id = ? AND outcome IS NULL""", results, 500, (ps, r) -> {
            setResult(ps, r, now);
            ps.setObject(9, claimId);
        });
        Integer held = jdbc.queryForObject("""
                SELECT COUNT(*) FROM price_batch_targets
                WHERE claim_id = ? AND status = 'DONE' AND outcome IS NOT NULL AND outcome <> 'SUPERSEDED'""",
                Integer.class, claimId);
        return held == null ? 0 : held;
    }

    /**
     * Marks the targets that went out in an Amazon feed (those still IN_FLIGHT without a result): from now on their
     * result comes from that feed, whoever reads its report, and no claim sends them again.
     */
    public int attachFeed(UUID amazonFeedId, Collection<UUID> targetIds) {
        int attached = 0;
        for (List<UUID> chunk : chunks(List.copyOf(targetIds))) {
            List<Object> args = new ArrayList<>();
            args.add(amazonFeedId);
            args.addAll(chunk);
            attached += jdbc.update("UPDATE price_batch_targets SET amazon_feed_id = ? WHERE status = 'IN_FLIGHT'"
                    + " AND outcome IS NULL AND id IN (" + marks(chunk.size()) + ")", args.toArray());
        }
        return attached;
    }

    /**
     * Stores the results an Amazon feed's processing report gave its targets (itemId = target id), once: a target
     * that has a result keeps it. Answers the batches the feed's targets belong to.
     */
    public List<UUID> recordFeedResults(UUID amazonFeedId, List<TargetResult> results, Instant now) {
        jdbc.batchUpdate("""
                UPDATE price_batch_targets SET status = 'DONE', outcome = ?, result_code = ?, result_message = ?,
                    applied_price = ?, applied_quantity = ?, external_id = ?, finished_at = ?
                WHERE id = ? AND amazon_feed_id = ? AND outcome IS NULL""", results, 500, (ps, r) -> {
            setResult(ps, r, now);
            ps.setObject(9, amazonFeedId);
        });
        return jdbc.queryForList("SELECT DISTINCT batch_id FROM price_batch_targets WHERE amazon_feed_id = ?",
                UUID.class, amazonFeedId);
    }

    /** Parameters 1 to 8 of a result update: outcome, code, message, applied price and quantity, external id, time, id. */
    private static void setResult(java.sql.PreparedStatement ps, TargetResult r, Instant now)
            throws java.sql.SQLException {
        ps.setString(1, r.outcome());
        ps.setString(2, truncate(r.code(), 255));
        ps.setString(3, truncate(r.message(), 4000));
        ps.setBigDecimal(4, r.appliedPrice());
        ps.setObject(5, r.appliedQuantity(), Types.INTEGER);
        ps.setString(6, truncate(r.externalId(), 255));
        ps.setObject(7, PriceBatchStore.offset(now));
        ps.setObject(8, UUID.fromString(r.targetId()));
    }

    /** Moves each batch to IN_PROGRESS, or to COMPLETED / COMPLETED_WITH_ERRORS once all its targets are done. */
    public void refreshBatches(Collection<UUID> batchIds, Instant now) {
        for (UUID batchId : batchIds) {
            Integer open = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM price_batch_targets WHERE batch_id = ? AND status <> 'DONE'", Integer.class, batchId);
            if (open != null && open > 0) {
                continue;
            }
            int completed = jdbc.update("""
                    UPDATE price_batches SET completed_at = ?, status = CASE
                        WHEN invalid_count + unmatched_count > 0 OR EXISTS (SELECT 1 FROM price_batch_targets t
                            WHERE t.batch_id = price_batches.id AND t.outcome IN ('REJECTED', 'FAILED'))
                        THEN 'COMPLETED_WITH_ERRORS' ELSE 'COMPLETED' END
                    WHERE id = ? AND status IN ('ACCEPTED', 'IN_PROGRESS')""", ts(now), batchId);
            if (completed > 0) {
                LOG.info("Price batch {} completed", batchId);
            }
        }
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        List<List<UUID>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + IN_LIST)));
        }
        return chunks;
    }

    private static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    private static Object ts(Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, PriceBatchStore.offset(instant));
    }
}
