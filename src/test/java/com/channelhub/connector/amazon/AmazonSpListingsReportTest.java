package com.channelhub.connector.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.CatalogVariant;
import org.junit.jupiter.api.Test;

class AmazonSpListingsReportTest {

    private static final String HEADER = "item-name\titem-description\tlisting-id\tseller-sku\tprice\tquantity\topen-date"
            + "\timage-url\titem-is-marketplace\tproduct-id-type\tzshop-shipping-fee\titem-note\titem-condition"
            + "\tzshop-category1\tzshop-browse-path\tzshop-storefront-feature\tasin1\tasin2\tasin3"
            + "\twill-ship-internationally\texpedited-shipping\tzshop-boldface\tproduct-id\tbid-for-featured-placement"
            + "\tadd-delete\tpending-quantity\tfulfillment-channel\tmerchant-shipping-group\tstatus\n";

    private static String row(String name, String sku, String price, String quantity, String asin, String channel,
            String status) {
        return name + "\t\t0101X\t" + sku + "\t" + price + "\t" + quantity + "\t2023-01-15 10:20:30 PST\t\ty\t1\t\t\t11"
                + "\t\t\t\t" + asin + "\t\t\t\t\t\t" + asin + "\t\t\t0\t" + channel + "\tMigrated Template\t" + status + "\n";
    }

    @Test
    void rowsBecomeCanonicalProductsWithOneVariant() {
        String report = HEADER + row("Hardside Spinner", "SKU-1", "129.99", "12", "B071VG5N9D", "DEFAULT", "Active")
                + row("FBA Duffel", "SKU-2", "49.50", "", "B000000002", "AMAZON_NA", "Inactive");
        List<CatalogProduct> products = read(new StringReader(report));

        assertThat(products).hasSize(2);
        CatalogProduct first = products.get(0);
        assertThat(first.externalId()).isEqualTo("SKU-1");
        assertThat(first.title()).isEqualTo("Hardside Spinner");
        assertThat(first.status()).isEqualTo("Active");
        assertThat(first.updatedAt()).isEqualTo(Instant.parse("2023-01-15T18:20:30Z"));
        CatalogVariant variant = first.variants().get(0);
        assertThat(variant.sku()).isEqualTo("SKU-1");
        assertThat(variant.price()).isEqualByComparingTo("129.99");
        assertThat(variant.currency()).isEqualTo("USD");
        assertThat(variant.quantity()).isEqualTo(12);
        assertThat(variant.externalRef()).isEqualTo("B071VG5N9D");
        assertThat(variant.fulfillmentChannel()).isEqualTo("DEFAULT");
        CatalogVariant fba = products.get(1).variants().get(0);
        assertThat(fba.quantity()).isNull();
        assertThat(fba.fulfillmentChannel()).isEqualTo("AMAZON_NA");
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndBlankOrSkulessRowsAreSkipped() {
        String report = "\uFEFFstatus\tseller-sku\tprice\n" + "Active\tA\t1.00\n" + "\n" + "Active\t\t2.00\n"
                + "Incomplete\tB\t\n";
        MerchantListingsReader reader = new MerchantListingsReader(new StringReader(report), "EUR", null);
        List<CatalogProduct> products = new ArrayList<>();
        reader.forEachRemaining(products::add);
        assertThat(products).extracting(CatalogProduct::externalId).containsExactly("A", "B");
        assertThat(products.get(1).variants().get(0).price()).isNull();
        assertThat(reader.skipped()).isEqualTo(1);
    }

    @Test
    void aReportWithoutSkuColumnIsRefusedClearly() {
        assertThatThrownBy(() -> new MerchantListingsReader(new StringReader("foo\tbar\n1\t2\n"), "USD", null))
                .hasMessageContaining("no seller-sku column");
    }

    @Test
    void aLargeReportStreamsLineByLineAndClosesOnce() {
        int rows = 200_000;
        AtomicBoolean closed = new AtomicBoolean();
        GeneratedReport source = new GeneratedReport(rows);
        MerchantListingsReader reader = new MerchantListingsReader(source, "USD", () -> closed.set(true));
        long count = 0;
        while (reader.hasNext()) {
            CatalogProduct product = reader.next();
            count++;
            // the reader is never more than one buffer ahead of the consumer
            assertThat(source.produced - count).isLessThan(2_000);
            assertThat(product.externalId()).startsWith("SKU-");
        }
        assertThat(count).isEqualTo(rows);
        assertThat(closed).isTrue();
    }

    private static List<CatalogProduct> read(Reader report) {
        List<CatalogProduct> products = new ArrayList<>();
        try (MerchantListingsReader reader = new MerchantListingsReader(report, "USD", null)) {
            reader.forEachRemaining(products::add);
        }
        return products;
    }

    /** A report produced on demand, counting the rows handed out, so the test can see nothing is read ahead. */
    private static final class GeneratedReport extends Reader {
        private final int rows;
        private String pending = "seller-sku\tprice\tquantity\n";
        private int offset;
        long produced;

        GeneratedReport(int rows) {
            this.rows = rows;
        }

        @Override
        public int read(char[] buffer, int off, int len) {
            if (offset == pending.length()) {
                if (produced == rows) {
                    return -1;
                }
                produced++;
                pending = "SKU-" + produced + "\t" + (produced % 100) + ".99\t" + (produced % 7) + "\n";
                offset = 0;
            }
            int n = Math.min(len, pending.length() - offset);
            pending.getChars(offset, offset + n, buffer, off);
            offset += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
