package com.channelhub.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.channelhub.connector.PriceOutcome;
import com.channelhub.connector.PriceResult;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The price batch SQL (migration, bulk inserts, claims with SKIP LOCKED, read side) on the embedded H2 default. */
class PriceBatchEmbeddedDatabaseTest {

    @Test
    void aBatchIsStoredClaimedRecordedAndReadOnTheEmbeddedDatabase() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:pb" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        TransactionTemplate transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        PriceBatchStore store = new PriceBatchStore(jdbc, new ObjectMapper().findAndRegisterModules());
        PriceBatchClaims claims = new PriceBatchClaims(jdbc, transactions);
        PriceBatchReports reports = new PriceBatchReports(jdbc, new ObjectMapper().findAndRegisterModules());

        UUID project = UUID.randomUUID();
        UUID integration = UUID.randomUUID();
        UUID product = UUID.randomUUID();
        jdbc.update("insert into projects (id, slug, name, created_at) values (?, 'h2', 'H2', current_timestamp)", project);
        jdbc.update("""
                insert into platform_integrations (id, project_id, platform, external_account, status, sync_enabled,
                    health_status, created_at, updated_at, version)
                values (?, ?, 'SHOPIFY', 'h2.myshopify.com', 'CONNECTED', false, 'UNKNOWN', current_timestamp,
                    current_timestamp, 0)""", integration, project);
        jdbc.update("""
                insert into channel_products (id, integration_id, external_id, deleted, synced_at)
                values (?, ?, 'gid://shopify/Product/1', false, current_timestamp)""", product, integration);
        for (String sku : List.of("A-1", "A-2")) {
            jdbc.update("""
                    insert into channel_variants (id, product_id, integration_id, external_id, sku, deleted, synced_at)
                    values (?, ?, ?, ?, ?, false, current_timestamp)""", UUID.randomUUID(), product, integration,
                    "gid://shopify/ProductVariant/" + sku, sku);
        }

        Map<UUID, String> connected = store.connected(project);
        assertThat(store.sellers(connected, List.of("A-1", "A-2", "B-1"))).containsOnlyKeys("A-1", "A-2");
        UUID batch = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        store.insertBatch(new PriceBatchStore.BatchRow(batch, BatchKind.PRICE, project, "key", "hash", "ACCEPTED", false, 3, 0, 1, 2,
                now, null));
        PriceBatchValidator validator = new PriceBatchValidator(10, Set.of("USD"), Set.of("SHOPIFY", "AMAZON"));
        List<PriceBatchValidator.ParsedItem> items = validator.read(new ObjectMapper().readTree("""
                {"items":[{"sku":"A-1","price":1.5,"currency":"USD"},{"sku":"A-2","price":2.5,"currency":"USD"},
                          {"sku":"B-1","price":3.5,"currency":"USD"}]}"""), Set.of());
        store.insertItems(batch, items, Map.of(0, "MATCHED", 1, "MATCHED", 2, "UNMATCHED"));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        store.insertTargets(batch, BatchKind.PRICE, now, List.of(
                new PriceBatchStore.NewTarget(first, 0, integration, "SHOPIFY", "A-1", new BigDecimal("1.50"), null, "USD", null),
                new PriceBatchStore.NewTarget(second, 1, integration, "SHOPIFY", "A-2", new BigDecimal("2.50"),
                        new BigDecimal("3.00"), "USD", null)));

        assertThat(claims.integrationsWithWork(now)).containsExactly(integration);
        PriceBatchClaims.Claim claim = claims.claim(integration, "h2-instance", 1, now, now.plusSeconds(60));
        PriceBatchClaims.Claim next = claims.claim(integration, "h2-instance", 5, now, now.plusSeconds(60));
        assertThat(claim.targets()).extracting(PriceBatchClaims.Target::id).containsExactly(first);
        assertThat(next.targets()).extracting(PriceBatchClaims.Target::id).containsExactly(second);
        assertThat(claims.renew(List.of(claim.claimId(), next.claimId()), now.plusSeconds(120))).isEqualTo(2);
        claims.record(claim.claimId(), List.of(TargetResult.of(new PriceResult(first.toString(), "A-1", "v1",
                PriceOutcome.APPLIED, new BigDecimal("1.50"), null, null))), now);
        claims.record(next.claimId(), List.of(TargetResult.of(new PriceResult(second.toString(), "A-2", null,
                PriceOutcome.REJECTED, null, "PRODUCT_VARIANT_DOES_NOT_EXIST", "Product variant does not exist"))), now);
        claims.refreshBatches(claims.batchesOf(next.claimId()), now);

        PriceBatchViews.Batch view = reports.view(store.find(project, BatchKind.PRICE, batch).orElseThrow());
        assertThat(view.status()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(view.targets()).containsEntry("APPLIED", 1L).containsEntry("REJECTED", 1L);
        assertThat(reports.items(batch, "REJECTED", 0, 10).items()).extracting(PriceBatchViews.Item::sku).containsExactly("A-2");
        assertThat(reports.list(BatchKind.PRICE, project, 0, 10).totalItems()).isEqualTo(1);

        // a crashed instance recorded the last result of another batch but never closed its claim
        UUID leftover = UUID.randomUUID();
        UUID target = UUID.randomUUID();
        store.insertBatch(new PriceBatchStore.BatchRow(leftover, BatchKind.PRICE, project, "key-2", "hash", "IN_PROGRESS", false, 1, 0,
                0, 1, now.plusSeconds(1), null));
        store.insertItems(leftover, items.subList(0, 1), Map.of(0, "MATCHED"));
        store.insertTargets(leftover, BatchKind.PRICE, now.plusSeconds(1), List.of(new PriceBatchStore.NewTarget(target, 0, integration,
                "SHOPIFY", "A-1", new BigDecimal("1.50"), null, "USD", null)));
        jdbc.update("update price_batch_targets set status = 'IN_FLIGHT', outcome = 'APPLIED', claimed_by = 'gone',"
                + " lease_until = ? where id = ?", java.sql.Timestamp.from(now.minusSeconds(5)), target);

        assertThat(claims.claim(integration, "h2-instance", 5, now, now.plusSeconds(60))).isNull();
        assertThat(reports.view(store.find(project, BatchKind.PRICE, leftover).orElseThrow()).status()).isEqualTo("COMPLETED");

        // an inventory batch with the same key is another batch; its targets carry a quantity and are claimed alone
        UUID stock = UUID.randomUUID();
        UUID quantityTarget = UUID.randomUUID();
        store.insertBatch(new PriceBatchStore.BatchRow(stock, BatchKind.INVENTORY, project, "key", "hash", "ACCEPTED",
                false, 1, 0, 0, 1, now.plusSeconds(2), null));
        List<PriceBatchValidator.ParsedItem> quantities = new InventoryBatchValidator(10, Set.of("SHOPIFY", "AMAZON"))
                .read(new ObjectMapper().readTree("{\"items\":[{\"sku\":\"A-1\",\"quantity\":7}]}"), Set.of());
        store.insertItems(stock, quantities, Map.of(0, "MATCHED"));
        store.insertTargets(stock, BatchKind.INVENTORY, now.plusSeconds(2), List.of(new PriceBatchStore.NewTarget(
                quantityTarget, 0, integration, "SHOPIFY", "A-1", null, null, null, 7)));
        PriceBatchClaims.Claim stockClaim = claims.claim(integration, "h2-instance", 5, now.plusSeconds(3),
                now.plusSeconds(60));
        assertThat(stockClaim.kind()).isEqualTo(BatchKind.INVENTORY);
        assertThat(stockClaim.targets()).singleElement().satisfies(t -> assertThat(t.quantity()).isEqualTo(7));
        claims.record(stockClaim.claimId(), List.of(new TargetResult(quantityTarget.toString(), "UNSUPPORTED",
                "AMAZON_FULFILLED", "Amazon's stock", "A-1", null, null)), now.plusSeconds(3));
        claims.refreshBatches(List.of(stock), now.plusSeconds(3));
        assertThat(reports.view(store.find(project, BatchKind.INVENTORY, stock).orElseThrow()).targets())
                .containsEntry("UNSUPPORTED", 1L);
        assertThat(store.find(project, BatchKind.PRICE, stock)).isEmpty();
        assertThat(reports.items(stock, null, 0, 10).items().get(0).quantity()).isEqualTo(7);
    }
}
