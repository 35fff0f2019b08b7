package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Indexes for the catalog read API (docs/catalog.md): keyset paging by title and by last change, exact SKU, and on
 * PostgreSQL trigram indexes for case-insensitive substring search. A Java migration because the two databases
 * differ: H2 (the embedded default) has neither expression indexes nor pg_trgm, and {@code CREATE EXTENSION pg_trgm}
 * needs the CREATE privilege on the database, which a hub's database user may lack. Without the extension the
 * search still works, by scanning; the migration logs a warning saying so. Flyway finds this class by its package.
 */
public class V9__Catalog_search_indexes extends BaseJavaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(V9__Catalog_search_indexes.class);

    /** On both databases: plain column indexes. */
    private static final List<String> COMMON = List.of(
            "CREATE INDEX ix_channel_products_synced ON channel_products (synced_at, id)",
            "CREATE INDEX ix_channel_variants_synced ON channel_variants (synced_at)");

    /** H2 cannot index an expression: plain columns serve its (small) catalogs. */
    private static final List<String> H2 = List.of(
            "CREATE INDEX ix_channel_products_title ON channel_products (title, id)",
            "CREATE INDEX ix_channel_variants_price ON channel_variants (price, product_id)",
            "CREATE INDEX ix_channel_variants_sku_order ON channel_variants (sku, product_id)");

    /**
     * The search's sort keys never are NULL (COALESCE), so that keyset comparisons can always be made; these are
     * the keys' own expressions, with the product id that breaks ties, so a page is a range of one index.
     */
    private static final List<String> POSTGRESQL = List.of(
            "CREATE INDEX ix_channel_products_title ON channel_products ((COALESCE(title, '')), id)",
            "CREATE INDEX ix_channel_variants_price ON channel_variants ((COALESCE(price, -1)), product_id)",
            "CREATE INDEX ix_channel_variants_sku_order ON channel_variants ((COALESCE(sku, '')), product_id)");

    private static final List<String> TRIGRAM = List.of(
            "CREATE INDEX ix_channel_products_title_trgm ON channel_products USING gin (title gin_trgm_ops)",
            "CREATE INDEX ix_channel_products_vendor_trgm ON channel_products USING gin (vendor gin_trgm_ops)",
            "CREATE INDEX ix_channel_variants_sku_trgm ON channel_variants USING gin (sku gin_trgm_ops)");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        execute(connection, COMMON);
        execute(connection, postgres ? POSTGRESQL : H2);
        if (postgres && trigramExtension(connection)) {
            execute(connection, TRIGRAM);
        }
    }

    private static boolean trigramExtension(Connection connection) throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm");
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            // PostgreSQL aborts the transaction on an error: back to the savepoint so the other indexes stay
            connection.rollback(savepoint);
            LOG.warn("Catalog text search runs without trigram indexes: CREATE EXTENSION pg_trgm failed ({}). "
                    + "Ask a database owner to run it, then create the indexes listed in docs/catalog.md.",
                    e.getMessage());
            return false;
        }
    }

    private static void execute(Connection connection, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}
