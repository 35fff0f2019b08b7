package com.channelhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The paging cursor survives its trip through a client and refuses what it did not write. */
class ProductCursorTest {

    @Test
    void aCursorDecodesToWhatWasEncodedAndItsKeyBindsAsTheSortsType() {
        ProductCursor cursor = new ProductCursor("price", true, "12.5000", UUID.randomUUID());

        ProductCursor back = ProductCursor.decode(cursor.encode()).orElseThrow();

        assertThat(back).isEqualTo(cursor);
        assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
        assertThat(ProductSort.PRICE.keyValueOf(back.key())).hasValueSatisfying(v -> assertThat(v.toString())
                .isEqualTo("12.5000"));
        assertThat(ProductSort.UPDATED_AT.keyValueOf("yesterday")).isEmpty();
    }

    @Test
    void textThatIsNoCursorIsRefused() {
        assertThat(ProductCursor.decode("not-a-cursor")).isEmpty();
        assertThat(ProductCursor.decode("e30")).isEmpty(); // {}
        assertThat(ProductCursor.decode("%%%")).isEmpty();
    }
}
