package com.channelhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The catalog search SQL and migration V9 on the embedded H2 default (PostgreSQL mode). */
class CatalogReaderEmbeddedDatabaseTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    JdbcTemplate jdbc;
    CatalogReader reader;
    CatalogRows rows;
    UUID integration = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:catalog" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        reader = new CatalogReader(new NamedParameterJdbcTemplate(dataSource));
        rows = new CatalogRows(jdbc);
        UUID project = UUID.randomUUID();
        jdbc.update("insert into projects (id, slug, name, created_at) values (?, 'h2', 'H2', current_timestamp)", project);
        jdbc.update("""
                insert into platform_integrations (id, project_id, platform, external_account, status, sync_enabled,
                    health_status, created_at, updated_at, version)
                values (?, ?, 'SHOPIFY', 'h2.myshopify.com', 'CONNECTED', false, 'UNKNOWN', current_timestamp,
                    current_timestamp, 0)""", integration, project);
    }

    private ProductSearch search(String text, ProductSort sort, boolean descending, ProductCursor after, int size) {
        return new ProductSearch(List.of(integration), text, null, Set.of(), null, new BigDecimal("1000"), null, sort,
                descending, after, size);
    }

    @Test
    void migrationV9CreatesTheSearchIndexesOnH2() {
        assertThat(jdbc.queryForList("select index_name from information_schema.indexes where table_name in"
                + " ('channel_products', 'channel_variants')", String.class))
                .contains("ix_channel_products_title", "ix_channel_products_synced", "ix_channel_variants_price");
    }

    @Test
    void textSearchAndKeysetPagingByPriceWorkOnH2() {
        for (int i = 0; i < 9; i++) {
            UUID product = rows.product(integration, "p" + i, "Lamp " + i, "Lumen", "ACTIVE", T0.plusSeconds(i));
            rows.variant(product, integration, "v" + i, "LAMP_" + i, String.valueOf(20 - i), 1, T0);
        }
        rows.product(integration, "other", "Chair", "Seats", "ACTIVE", T0);

        assertThat(reader.search(search("lamp_3", ProductSort.TITLE, false, null, 50), List.of(integration)).items())
                .extracting(CatalogViews.Product::title).containsExactly("Lamp 3");
        List<String> titles = new ArrayList<>();
        CatalogViews.ProductPage page = reader.search(search("lum", ProductSort.PRICE, true, null, 4),
                List.of(integration));
        page.items().forEach(p -> titles.add(p.title()));
        while (page.nextCursor() != null) {
            ProductCursor cursor = ProductCursor.decode(page.nextCursor()).orElseThrow();
            page = reader.search(search("lum", ProductSort.PRICE, true, cursor, 4), List.of(integration));
            page.items().forEach(p -> titles.add(p.title()));
        }
        assertThat(titles).containsExactly("Lamp 0", "Lamp 1", "Lamp 2", "Lamp 3", "Lamp 4", "Lamp 5", "Lamp 6",
                "Lamp 7", "Lamp 8");
        assertThat(reader.search(search(null, ProductSort.UPDATED_AT, true, null, 1), List.of(integration)).items())
                .extracting(CatalogViews.Product::title).containsExactly("Lamp 8");
    }
}
