package com.channelhub.amazon;

import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.channelhub.connector.ChannelChange;
import com.channelhub.connector.ChannelResult;
import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.QuantityOutcome;
import com.channelhub.connector.QuantityResult;
import com.channelhub.connector.amazon.FeedCompletion;
import com.channelhub.connector.amazon.FeedSubmission;
import com.channelhub.connector.amazon.client.ProcessingReport;
import com.channelhub.pricing.BulkInsert;
import com.channelhub.pricing.PriceBatchClaims;
import com.channelhub.pricing.TargetResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The durable record of the Amazon feeds the hub submitted (tables amazon_feeds and amazon_feed_messages, V8):
 * written as Amazon accepts a feed, touched on every status read, and finished once, by whoever reads the processing
 * report first — the push that submitted it, or the feed monitor when that push is gone. Finishing also gives the
 * feed's batch targets their results, so a target whose feed Amazon took is never sent a second time. A feed
 * carries prices (a message's price and currency) or quantities (its quantity; V10), never both.
 */
@Component
public class AmazonFeeds {

    public static final String SUBMITTER = "SUBMITTER";
    public static final String MONITOR = "MONITOR";

    private static final Logger LOG = LoggerFactory.getLogger(AmazonFeeds.class);
    private static final List<String> MESSAGE_COLUMNS = List.of("amazon_feed_id", "message_id", "item_id", "sku",
            "price", "currency", "quantity");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final PriceBatchClaims targets;

    public AmazonFeeds(JdbcTemplate jdbc, TransactionTemplate transactions, PriceBatchClaims targets) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.targets = targets;
    }

    /** A recorded feed still open, as the monitor reads it. */
    public record Watch(UUID id, UUID integrationId, String feedId, String marketplaceId) {
    }

    /** Records a feed Amazon accepted, its messages, and which batch targets it carries; answers its id. */
    public UUID submitted(UUID integrationId, UUID syncRunId, FeedSubmission submission, Instant now) {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            jdbc.update("""
                    INSERT INTO amazon_feeds (id, integration_id, sync_run_id, seller_id, marketplace_id, feed_id,
                        feed_document_id, feed_type, message_count, status, processing_status, submitted_at,
                        last_checked_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', 'IN_QUEUE', ?, ?)""", id, integrationId,
                    syncRunId, submission.sellerId(), submission.marketplaceId(),
                    submission.feedId(), submission.feedDocumentId(), submission.feedType(),
                    submission.messages().size(), ts(now), ts(now));
            List<Object[]> rows = new ArrayList<>(submission.messages().size());
            submission.messages().forEach((messageId, change) -> rows.add(messageRow(id, messageId, change)));
            BulkInsert.insert(jdbc, "amazon_feed_messages", MESSAGE_COLUMNS, rows);
            targets.attachFeed(id, submission.messages().values().stream().map(c -> uuid(c.itemId()))
                    .filter(Objects::nonNull).toList());
        });
        return id;
    }

    /** Amazon's status as just read: also proves that somebody is following the feed. */
    public void checked(UUID integrationId, String feedId, String processingStatus, Instant now) {
        jdbc.update("""
                UPDATE amazon_feeds SET processing_status = ?, last_checked_at = ?
                WHERE integration_id = ? AND feed_id = ? AND status = 'OPEN'""", processingStatus, ts(now),
                integrationId, feedId);
    }

    public void checked(UUID id, String processingStatus, Instant now) {
        jdbc.update("UPDATE amazon_feeds SET processing_status = ?, last_checked_at = ? WHERE id = ? AND status = 'OPEN'",
                processingStatus, ts(now), id);
    }

    /** The submitter read the report: see {@link #finished(UUID, FeedCompletion, String, Instant)}. */
    public void finished(UUID integrationId, FeedCompletion completion, Instant now) {
        jdbc.queryForList("SELECT id FROM amazon_feeds WHERE integration_id = ? AND feed_id = ?", UUID.class,
                integrationId, completion.feed().feedId()).forEach(id -> finished(id, completion, SUBMITTER, now));
    }

    /**
     * Stores what the processing report said, once: the feed COMPLETED (DONE) or FAILED (FATAL, CANCELLED) with the
     * summary's counts, each message's outcome, and the results of the batch targets it carried that have none
     * yet. Answers false when the feed was already finished.
     */
    public boolean finished(UUID id, FeedCompletion completion, String by, Instant now) {
        Boolean first = transactions.execute(status -> {
            ProcessingReport.Summary summary = completion.summary();
            int updated = jdbc.update("""
                    UPDATE amazon_feeds SET status = ?, processing_status = ?, completed_at = ?, completed_by = ?,
                        last_checked_at = ?, result_document_id = ?, accepted_count = ?, invalid_count = ?,
                        error_count = ?, warning_count = ?, last_error = ?
                    WHERE id = ? AND status = 'OPEN'""", completion.done() ? "COMPLETED" : "FAILED",
                    completion.feed().processingStatus(), ts(now), by, ts(now),
                    completion.feed().resultFeedDocumentId(), count(summary, ProcessingReport.Summary::messagesAccepted),
                    count(summary, ProcessingReport.Summary::messagesInvalid),
                    count(summary, ProcessingReport.Summary::errors), count(summary, ProcessingReport.Summary::warnings),
                    truncate(completion.problem(), 4000), id);
            if (updated == 0) {
                return false;
            }
            storeOutcomes(id, completion.results(), now);
            return true;
        });
        return Boolean.TRUE.equals(first);
    }

    /**
     * Marks the open feeds submitted before {@code now - stuckAfter} as STUCK, their messages and targets FAILED
     * (Amazon may still apply some, none or all of them): answers how many.
     */
    public int markStuck(Duration stuckAfter, Instant now) {
        List<UUID> stuck = jdbc.queryForList("SELECT id FROM amazon_feeds WHERE status = 'OPEN' AND submitted_at < ?",
                UUID.class, ts(now.minus(stuckAfter)));
        String reason = "Amazon had not finished the feed " + stuckAfter.toMinutes() + " minutes after it was "
                + "submitted; it may still apply some, none or all of it: send the changes again";
        for (UUID id : stuck) {
            transactions.executeWithoutResult(status -> {
                if (jdbc.update("UPDATE amazon_feeds SET status = 'STUCK', last_error = ?, last_checked_at = ?"
                        + " WHERE id = ? AND status = 'OPEN'", reason, ts(now), id) == 0) {
                    return;
                }
                Map<Integer, ChannelResult> failed = new LinkedHashMap<>();
                messages(id).forEach((messageId, change) -> failed.put(messageId, stuck(change, reason)));
                storeOutcomes(id, failed, now);
            });
            LOG.warn("Amazon feed record {} is STUCK: {}", id, reason);
        }
        return stuck.size();
    }

    /**
     * Takes up to {@code limit} open feeds nobody has read since {@code now - staleAfter}, and marks them read now so
     * that another monitor run (or instance) does not take them too.
     */
    public List<UUID> takeUnwatched(Duration staleAfter, int limit, Instant now) {
        return transactions.execute(status -> {
            List<UUID> ids = jdbc.queryForList("""
                    SELECT id FROM amazon_feeds WHERE status = 'OPEN' AND last_checked_at < ?
                    ORDER BY last_checked_at LIMIT ? FOR UPDATE SKIP LOCKED""", UUID.class,
                    ts(now.minus(staleAfter)), limit);
            ids.forEach(id -> jdbc.update("UPDATE amazon_feeds SET last_checked_at = ? WHERE id = ?", ts(now), id));
            return ids;
        });
    }

    public Watch watch(UUID id) {
        return jdbc.queryForObject("SELECT id, integration_id, feed_id, marketplace_id FROM amazon_feeds WHERE id = ?",
                (rs, n) -> new Watch(rs.getObject("id", UUID.class), rs.getObject("integration_id", UUID.class),
                        rs.getString("feed_id"), rs.getString("marketplace_id")), id);
    }

    /**
     * The change each message carried, by messageId: a {@link PriceChange}, or a {@link QuantityChange} for a message
     * of an inventory feed (what the catalog knew of the SKU when it was sent is not kept: the report decides).
     */
    public Map<Integer, ChannelChange> messages(UUID id) {
        Map<Integer, ChannelChange> messages = new LinkedHashMap<>();
        jdbc.query("SELECT message_id, item_id, sku, price, currency, quantity FROM amazon_feed_messages"
                + " WHERE amazon_feed_id = ? ORDER BY message_id", rs -> {
                    Integer quantity = rs.getObject("quantity", Integer.class);
                    messages.put(rs.getInt("message_id"), quantity == null
                            ? new PriceChange(rs.getString("item_id"), rs.getString("sku"), null, null,
                                    rs.getBigDecimal("price"), null, rs.getString("currency"))
                            : new QuantityChange(rs.getString("item_id"), rs.getString("sku"), null, quantity, null,
                                    null));
                }, id);
        return messages;
    }

    private static Object[] messageRow(UUID id, int messageId, ChannelChange change) {
        if (change instanceof QuantityChange quantity) {
            return new Object[] {id, messageId, text(change.itemId()), change.sku(), decimal(null), text(null),
                    integer(quantity.quantity())};
        }
        PriceChange price = (PriceChange) change;
        return new Object[] {id, messageId, text(change.itemId()), change.sku(), decimal(price.price()),
                text(price.currency()), integer(null)};
    }

    private static ChannelResult stuck(ChannelChange change, String reason) {
        return change instanceof QuantityChange quantity
                ? QuantityResult.of(quantity, change.sku(), QuantityOutcome.FAILED, null, "FEED_STUCK", reason)
                : new PriceResult(change.itemId(), change.sku(), change.sku(), PriceOutcome.FAILED, null, "FEED_STUCK",
                        reason);
    }

    private void storeOutcomes(UUID id, Map<Integer, ? extends ChannelResult> results, Instant now) {
        jdbc.batchUpdate("""
                UPDATE amazon_feed_messages SET outcome = ?, result_code = ?, result_message = ?, applied_price = ?,
                    applied_quantity = ?
                WHERE amazon_feed_id = ? AND message_id = ? AND outcome IS NULL""", List.copyOf(results.entrySet()),
                1000, (ps, e) -> {
                    TargetResult result = TargetResult.of(e.getValue());
                    ps.setString(1, result.outcome());
                    ps.setString(2, truncate(result.code(), 255));
                    ps.setString(3, truncate(result.message(), 4000));
                    ps.setBigDecimal(4, result.appliedPrice());
                    ps.setObject(5, result.appliedQuantity(), Types.INTEGER);
                    ps.setObject(6, id);
                    ps.setInt(7, e.getKey());
                });
        List<TargetResult> ofTargets = results.values().stream().filter(r -> uuid(r.itemId()) != null)
                .map(TargetResult::of).toList();
        if (!ofTargets.isEmpty()) {
            targets.refreshBatches(targets.recordFeedResults(id, ofTargets, now), now);
        }
    }

    private static Integer count(ProcessingReport.Summary summary,
            java.util.function.Function<ProcessingReport.Summary, Integer> field) {
        return summary == null ? null : field.apply(summary);
    }

    /** A price batch target's id, or null for an item id that is not one. */
    private static UUID uuid(String itemId) {
        try {
            return itemId == null ? null : UUID.fromString(itemId);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    private static SqlParameterValue decimal(java.math.BigDecimal value) {
        return new SqlParameterValue(Types.NUMERIC, value);
    }

    private static SqlParameterValue integer(Integer value) {
        return new SqlParameterValue(Types.INTEGER, value);
    }

    private static String truncate(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    static SqlParameterValue ts(Instant instant) {
        return new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, instant.atOffset(ZoneOffset.UTC));
    }
}
