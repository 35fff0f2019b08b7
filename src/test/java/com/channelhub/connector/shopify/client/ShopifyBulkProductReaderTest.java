package com.channelhub.connector.shopify.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.CatalogVariant;
import com.fasterxml.jackson.databind.ObjectMapper;

class ShopifyBulkProductReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void variantsAreReassembledUnderTheirProductEvenWhenOtherLinesComeBetween() {
        String jsonl = String.join("\n",
                product(1), product(2), variant(11, 1), variant(21, 2), variant(12, 1), product(3), variant(22, 2),
                "{\"id\":\"gid://shopify/ProductImage/9\",\"__parentId\":\"gid://shopify/Product/3\"}", variant(31, 3));

        List<CatalogProduct> products = readAll(jsonl, 10);

        assertThat(products).extracting(CatalogProduct::externalId).containsExactly("gid://shopify/Product/1",
                "gid://shopify/Product/2", "gid://shopify/Product/3");
        assertThat(variantIds(products.get(0))).containsExactly("gid://shopify/ProductVariant/11",
                "gid://shopify/ProductVariant/12");
        assertThat(variantIds(products.get(1))).containsExactly("gid://shopify/ProductVariant/21",
                "gid://shopify/ProductVariant/22");
        assertThat(variantIds(products.get(2))).containsExactly("gid://shopify/ProductVariant/31");
        assertThat(products.get(0).title()).isEqualTo("Product 1");
        assertThat(products.get(0).variants().get(0).currency()).isEqualTo("EUR");
        assertThat(products.get(0).variants().get(0).price()).isEqualByComparingTo("10.00");
    }

    @Test
    void aVariantTrailingItsProductBeyondTheWindowIsKeptInASecondRecordNotDropped() {
        String jsonl = String.join("\n", product(1), variant(11, 1), product(2), product(3), variant(12, 1));

        BulkProductReader reader = reader(jsonl, 1);
        List<CatalogProduct> products = new ArrayList<>();
        reader.forEachRemaining(products::add);

        assertThat(products).extracting(CatalogProduct::externalId).containsExactly("gid://shopify/Product/1",
                "gid://shopify/Product/2", "gid://shopify/Product/3", "gid://shopify/Product/1");
        assertThat(variantIds(products.get(3))).containsExactly("gid://shopify/ProductVariant/12");
        assertThat(products.get(3).title()).isEqualTo("Product 1");
        assertThat(reader.lateChildren()).isEqualTo(1);
    }

    @Test
    void productsAreHandedOutWhileTheFileIsStillBeingRead() {
        int total = 200_000;
        BulkProductReader reader = new BulkProductReader(new BufferedReader(new GeneratedJsonl(total)), JSON, "EUR",
                100, null);

        for (int i = 1; i <= 10; i++) {
            assertThat(reader.next().externalId()).isEqualTo("gid://shopify/Product/" + i);
        }
        // ten products out after reading little more than the window, not the 400,000 lines
        assertThat(reader.lines()).isLessThan(300);
        long count = 10;
        while (reader.hasNext()) {
            CatalogProduct product = reader.next();
            assertThat(product.variants()).hasSize(1);
            count++;
        }
        assertThat(count).isEqualTo(total);
    }

    @Test
    void closingReleasesTheDownloadedFile() {
        AtomicBoolean released = new AtomicBoolean();
        BulkProductReader reader = new BulkProductReader(new BufferedReader(new StringReader(product(1))), JSON, "EUR",
                10, () -> released.set(true));

        reader.close();

        assertThat(released).isTrue();
    }

    @Test
    void anEmptyExportHasNoProducts() {
        assertThat(readAll("", 10)).isEmpty();
    }

    private static List<CatalogProduct> readAll(String jsonl, int window) {
        List<CatalogProduct> products = new ArrayList<>();
        try (BulkProductReader reader = reader(jsonl, window)) {
            reader.forEachRemaining(products::add);
        }
        return products;
    }

    private static BulkProductReader reader(String jsonl, int window) {
        return new BulkProductReader(new BufferedReader(new StringReader(jsonl)), JSON, "EUR", window, null);
    }

    private static List<String> variantIds(CatalogProduct product) {
        return product.variants().stream().map(CatalogVariant::externalId).toList();
    }

    static String product(int id) {
        return "{\"id\":\"gid://shopify/Product/" + id + "\",\"title\":\"Product " + id + "\",\"vendor\":\"Acme\","
                + "\"status\":\"ACTIVE\",\"updatedAt\":\"2026-01-01T00:00:00Z\"}";
    }

    static String variant(int id, int parent) {
        return "{\"id\":\"gid://shopify/ProductVariant/" + id + "\",\"sku\":\"SKU-" + id + "\",\"price\":\"10.00\","
                + "\"compareAtPrice\":null,\"inventoryItem\":{\"id\":\"gid://shopify/InventoryItem/" + id + "\"},"
                + "\"__parentId\":\"gid://shopify/Product/" + parent + "\"}";
    }

    /** A large export produced line by line, never held whole. */
    private static final class GeneratedJsonl extends Reader {
        private final int total;
        private int next = 1;
        private boolean variantDue;
        private String pending = "";
        private int position;

        GeneratedJsonl(int total) {
            this.total = total;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position >= pending.length()) {
                if (next > total) {
                    return -1;
                }
                pending = (variantDue ? variant(next * 10, next++) : product(next)) + "\n";
                variantDue = !variantDue;
                position = 0;
            }
            int n = Math.min(length, pending.length() - position);
            pending.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
