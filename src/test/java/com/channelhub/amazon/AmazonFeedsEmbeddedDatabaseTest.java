package com.channelhub.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.channelhub.connector.PriceChange;
import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.channelhub.connector.QuantityChange;
import com.channelhub.connector.QuantityOutcome;
import com.channelhub.connector.QuantityResult;
import com.channelhub.connector.amazon.FeedCompletion;
import com.channelhub.connector.amazon.FeedSubmission;
import com.channelhub.connector.amazon.client.Feed;
import com.channelhub.connector.amazon.client.ProcessingReport;
import com.channelhub.pricing.PriceBatchClaims;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The feed records' SQL (migration V8, takeover, finishing once, stuck feeds, listing) on the embedded H2 default. */
class AmazonFeedsEmbeddedDatabaseTest {

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private JdbcTemplate jdbc;
    private AmazonFeeds feeds;
    private AmazonFeedHistory history;
    private UUID integration;

    @BeforeEach
    void migrate() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:feeds" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        feeds = new AmazonFeeds(jdbc, transactions, new PriceBatchClaims(jdbc, transactions));
        history = new AmazonFeedHistory(jdbc);
        UUID project = UUID.randomUUID();
        integration = UUID.randomUUID();
        jdbc.update("insert into projects (id, slug, name, created_at) values (?, 'h2', 'H2', current_timestamp)", project);
        jdbc.update("""
                insert into platform_integrations (id, project_id, platform, external_account, status, sync_enabled,
                    health_status, created_at, updated_at, version)
                values (?, ?, 'AMAZON', 'A2H2SELLER', 'CONNECTED', false, 'UNKNOWN', current_timestamp,
                    current_timestamp, 0)""", integration, project);
    }

    private static Map<Integer, PriceChange> messages() {
        Map<Integer, PriceChange> messages = new LinkedHashMap<>();
        messages.put(1, new PriceChange("item-1", "SKU-1", null, null, new BigDecimal("10.00"), null, "USD"));
        messages.put(2, new PriceChange("item-2", "SKU-2", null, null, new BigDecimal("11.00"), null, null));
        return messages;
    }

    private UUID submit(String feedId, Instant at) {
        return feeds.submitted(integration, null, new FeedSubmission("A2H2SELLER", "ATVPDKIKX0DER", feedId,
                "doc-" + feedId, "JSON_LISTINGS_FEED", messages()), at);
    }

    private static FeedCompletion done(String feedId) {
        Map<Integer, PriceResult> results = new LinkedHashMap<>();
        results.put(1, new PriceResult("item-1", "SKU-1", "SKU-1", PriceOutcome.APPLIED, new BigDecimal("10.00"), null,
                null));
        results.put(2, new PriceResult("item-2", "SKU-2", "SKU-2", PriceOutcome.REJECTED, null, "90220", "bad"));
        return new FeedCompletion(new Feed(feedId, "JSON_LISTINGS_FEED", List.of("ATVPDKIKX0DER"), null, "DONE", null,
                null, "result-" + feedId), new ProcessingReport.Summary(1, 0, 2, 1, 0), null, results);
    }

    @Test
    void aFeedNobodyReadsIsTakenOverOnceAndFinishedOnce() {
        UUID id = submit("F1", now.minus(Duration.ofMinutes(30)));
        assertThat(feeds.messages(id).get(2).sku()).isEqualTo("SKU-2");

        feeds.checked(integration, "F1", "IN_PROGRESS", now.minus(Duration.ofMinutes(1)));
        assertThat(feeds.takeUnwatched(Duration.ofMinutes(5), 10, now)).isEmpty();
        assertThat(feeds.takeUnwatched(Duration.ofSeconds(30), 10, now)).containsExactly(id);
        assertThat(feeds.takeUnwatched(Duration.ofSeconds(30), 10, now)).as("taken: read just now").isEmpty();

        assertThat(feeds.finished(id, done("F1"), AmazonFeeds.MONITOR, now)).isTrue();
        assertThat(feeds.finished(id, done("F1"), AmazonFeeds.SUBMITTER, now)).isFalse();

        AmazonFeedView view = history.list(integration, 0, 20).getContent().get(0);
        assertThat(view.status()).isEqualTo("COMPLETED");
        assertThat(view.completedBy()).isEqualTo("MONITOR");
        assertThat(view.processingStatus()).isEqualTo("DONE");
        assertThat(view.counts()).isEqualTo(new AmazonFeedView.Counts(1, 0, 1, 0));
        assertThat(jdbc.queryForList("select outcome from amazon_feed_messages where amazon_feed_id = ? order by message_id",
                String.class, id)).containsExactly("APPLIED", "REJECTED");
    }

    @Test
    void aFeedOpenPastTheLimitIsStuckWithEveryMessageFailedAndListedNewestFirst() {
        UUID old = submit("F-OLD", now.minus(Duration.ofHours(5)));
        submit("F-NEW", now);

        assertThat(feeds.markStuck(Duration.ofHours(4), now)).isEqualTo(1);

        List<AmazonFeedView> listed = history.list(integration, 0, 20).getContent();
        assertThat(listed).extracting(AmazonFeedView::feedId).containsExactly("F-NEW", "F-OLD");
        assertThat(listed.get(1).status()).isEqualTo("STUCK");
        assertThat(listed.get(1).lastError()).contains("240 minutes");
        assertThat(listed.get(0).status()).isEqualTo("OPEN");
        assertThat(jdbc.queryForList("select result_code from amazon_feed_messages where amazon_feed_id = ?",
                String.class, old)).containsOnly("FEED_STUCK");
        assertThat(feeds.takeUnwatched(Duration.ZERO, 10, now.plusSeconds(1))).doesNotContain(old);
        assertThat(history.list(integration, 1, 1).getContent()).extracting(AmazonFeedView::feedId)
                .containsExactly("F-OLD");
    }

    @Test
    void anInventoryFeedKeepsItsQuantitiesAndTheirOutcomesBesidePriceFeeds() {
        UUID prices = submit("F-PRICE", now);
        Map<Integer, QuantityChange> quantities = new LinkedHashMap<>();
        quantities.put(1, new QuantityChange("item-1", "SKU-1", null, 7, 3, "DEFAULT"));
        quantities.put(2, new QuantityChange("item-2", "SKU-2", null, 0, null, null));
        UUID stock = feeds.submitted(integration, null, new FeedSubmission("A2H2SELLER", "ATVPDKIKX0DER", "F-STOCK",
                "doc-F-STOCK", "JSON_LISTINGS_FEED", quantities), now);

        assertThat(feeds.messages(prices).values()).allSatisfy(m -> assertThat(m).isInstanceOf(PriceChange.class));
        assertThat(feeds.messages(stock).values()).extracting(m -> ((QuantityChange) m).quantity())
                .containsExactly(7, 0);

        Map<Integer, QuantityResult> results = new LinkedHashMap<>();
        results.put(1, QuantityResult.of(quantities.get(1), "SKU-1", QuantityOutcome.APPLIED, 7, null, null));
        results.put(2, QuantityResult.of(quantities.get(2), "SKU-2", QuantityOutcome.UNSUPPORTED, null,
                "AMAZON_FULFILLED", "AMAZON_NA"));
        assertThat(feeds.finished(stock, new FeedCompletion(new Feed("F-STOCK", "JSON_LISTINGS_FEED",
                List.of("ATVPDKIKX0DER"), null, "DONE", null, null, "result-F-STOCK"), null, null, results),
                AmazonFeeds.MONITOR, now)).isTrue();
        assertThat(jdbc.queryForList("select outcome || ':' || coalesce(cast(applied_quantity as varchar), '-')"
                + " from amazon_feed_messages where amazon_feed_id = ? order by message_id", String.class, stock))
                .containsExactly("APPLIED:7", "UNSUPPORTED:-");
    }
}
