package com.channelhub.connector.amazon.client;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** searchCatalogItems requests the catalogItems_2022-04-01 model would refuse are refused before they are sent. */
class AmazonSpCatalogQueryTest {

    private static final List<String> US = List.of("ATVPDKIKX0DER");

    @Test
    void keywordsOrIdentifiersWithTheirTypeInOneMarketplaceAreAccepted() {
        assertThatCode(() -> new CatalogQuery(US, List.of("lamp"), null, null, List.of("summaries"), 20, null))
                .doesNotThrowAnyException();
        assertThatCode(() -> new CatalogQuery(US, null, List.of("SKU-1"), "SKU", null, null, "token"))
                .doesNotThrowAnyException();
    }

    @Test
    void requestsOutsideTheModelsLimitsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new CatalogQuery(US, List.of("lamp"), List.of("B0"), "ASIN", null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new CatalogQuery(US, null, null, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new CatalogQuery(US, null, List.of("B0"), "ISBN13", null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new CatalogQuery(List.of("ATVPDKIKX0DER", "A2EUQ1WTGCTBG2"), List.of("lamp"), null, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new CatalogQuery(US, Collections.nCopies(21, "lamp"), null, null, null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new CatalogQuery(US, List.of("lamp"), null, null, null, 21, null));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new CatalogQuery(US, List.of("lamp"), null, null, List.of("offers"), null, null));
    }
}
