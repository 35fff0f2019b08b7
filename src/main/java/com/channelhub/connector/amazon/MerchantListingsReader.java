package com.channelhub.connector.amazon;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

import com.channelhub.connector.CatalogProduct;
import com.channelhub.connector.CatalogVariant;

/**
 * Reads a GET_MERCHANT_LISTINGS_ALL_DATA report (tab-separated, header row first) one line at a time into canonical
 * products, so a catalog of any size streams through without being held. Columns are found by header name, so their
 * order and extra columns do not matter; rows without a seller-sku are skipped.
 */
public final class MerchantListingsReader implements Iterator<CatalogProduct>, Closeable {

    private static final DateTimeFormatter ZONED_OPEN_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z",
            Locale.ROOT);
    private static final DateTimeFormatter LOCAL_OPEN_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss",
            Locale.ROOT);

    private final BufferedReader reader;
    private final String currency;
    private final Runnable onClose;
    private final Map<String, Integer> columns = new HashMap<>();
    private CatalogProduct next;
    private long lineNumber;
    private long skipped;
    private boolean closed;

    /**
     * @param reader   the report text (decompressed)
     * @param currency the marketplace's currency, which the report's price column is in
     * @param onClose  run once when closed (e.g. deleting the downloaded file), may be null
     */
    public MerchantListingsReader(Reader reader, String currency, Runnable onClose) {
        this.reader = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader, 64 * 1024);
        this.currency = currency;
        this.onClose = onClose;
        readHeader();
    }

    private void readHeader() {
        String header = readLine();
        if (header == null) {
            return;
        }
        if (!header.isEmpty() && header.charAt(0) == '\uFEFF') {
            header = header.substring(1);
        }
        String[] names = header.split("\t", -1);
        for (int i = 0; i < names.length; i++) {
            columns.put(names[i].trim().toLowerCase(Locale.ROOT), i);
        }
        if (!columns.containsKey("seller-sku")) {
            throw new IllegalStateException("the listings report has no seller-sku column; header was: "
                    + (header.length() > 200 ? header.substring(0, 200) + "…" : header));
        }
    }

    @Override
    public boolean hasNext() {
        while (next == null && !closed && !columns.isEmpty()) {
            String line = readLine();
            if (line == null) {
                close();
                break;
            }
            if (!line.isBlank()) {
                next = toProduct(line.split("\t", -1));
                if (next == null) {
                    skipped++;
                }
            }
        }
        return next != null;
    }

    @Override
    public CatalogProduct next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CatalogProduct product = next;
        next = null;
        return product;
    }

    /** Lines read so far, header included. */
    public long lineNumber() {
        return lineNumber;
    }

    /** Rows skipped for want of a SKU. */
    public long skipped() {
        return skipped;
    }

    private CatalogProduct toProduct(String[] row) {
        String sku = cell(row, "seller-sku");
        if (sku == null) {
            return null;
        }
        String title = cell(row, "item-name");
        String status = cell(row, "status");
        Instant opened = openDate(cell(row, "open-date"));
        String asin = cell(row, "asin1");
        String channel = cell(row, "fulfillment-channel");
        CatalogVariant variant = new CatalogVariant(sku, sku, title, decimal(cell(row, "price")), null, currency,
                integer(cell(row, "quantity")), null, channel == null ? "DEFAULT" : channel.toUpperCase(Locale.ROOT),
                asin, opened);
        return new CatalogProduct(sku, title, null, status, opened, List.of(variant));
    }

    private String cell(String[] row, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.length) {
            return null;
        }
        String value = row[index].trim();
        return value.isEmpty() ? null : value;
    }

    private static BigDecimal decimal(String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer integer(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** open-date reads like "2023-01-15 10:20:30 PST" in the US report; other forms give null rather than fail. */
    static Instant openDate(String value) {
        if (value == null) {
            return null;
        }
        try {
            return ZonedDateTime.parse(value, ZONED_OPEN_DATE).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(value, LOCAL_OPEN_DATE).atZone(ZoneId.of("UTC")).toInstant();
            } catch (DateTimeParseException again) {
                try {
                    return Instant.parse(value);
                } catch (DateTimeParseException last) {
                    return null;
                }
            }
        }
    }

    private String readLine() {
        try {
            String line = reader.readLine();
            if (line != null) {
                lineNumber++;
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException("reading the listings report failed at line " + lineNumber, e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            reader.close();
        } catch (IOException ignored) {
            // nothing left to read from it
        } finally {
            if (onClose != null) {
                onClose.run();
            }
        }
    }
}
