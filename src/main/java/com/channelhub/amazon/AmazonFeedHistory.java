package com.channelhub.amazon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The recorded feeds of an integration, newest first, for the API. */
@Component
public class AmazonFeedHistory {

    private final JdbcTemplate jdbc;

    public AmazonFeedHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page<AmazonFeedView> list(UUID integrationId, int page, int size) {
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM amazon_feeds WHERE integration_id = ?", Long.class,
                integrationId);
        List<AmazonFeedView> feeds = jdbc.query("""
                SELECT id, feed_id, feed_type, status, processing_status, message_count, sync_run_id, submitted_at,
                    last_checked_at, completed_at, completed_by, result_document_id, accepted_count, invalid_count,
                    error_count, warning_count, last_error
                FROM amazon_feeds WHERE integration_id = ?
                ORDER BY submitted_at DESC, id
                LIMIT ? OFFSET ?""", (rs, n) -> view(rs), integrationId, size, (long) page * size);
        return new PageImpl<>(feeds, PageRequest.of(page, size), total == null ? 0 : total);
    }

    private static AmazonFeedView view(ResultSet rs) throws SQLException {
        AmazonFeedView.Counts counts = rs.getString("completed_by") == null ? null : new AmazonFeedView.Counts(
                integer(rs, "accepted_count"), integer(rs, "invalid_count"), integer(rs, "error_count"),
                integer(rs, "warning_count"));
        return new AmazonFeedView(rs.getObject("id", UUID.class), rs.getString("feed_id"), rs.getString("feed_type"),
                rs.getString("status"), rs.getString("processing_status"), rs.getInt("message_count"),
                rs.getObject("sync_run_id", UUID.class), instant(rs, "submitted_at"), instant(rs, "last_checked_at"),
                instant(rs, "completed_at"), rs.getString("completed_by"), rs.getString("result_document_id"), counts,
                rs.getString("last_error"));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
