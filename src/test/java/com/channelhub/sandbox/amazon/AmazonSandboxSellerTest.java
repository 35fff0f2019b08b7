package com.channelhub.sandbox.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class AmazonSandboxSellerTest {

    private static SandboxSeller seller(int skus) {
        return new SandboxSeller(new AmazonSandboxProperties.Seller("A2DEMOSELLER01", "NA", "ATVPDKIKX0DER", "USD",
                skus, "DEMO-", 10));
    }

    @Test
    void theCatalogIsTheSameOnEveryStart() {
        Listing first = seller(300).listing("DEMO-000123").orElseThrow();
        Listing again = seller(300).listing("DEMO-000123").orElseThrow();

        assertThat(again.facts()).isEqualTo(first.facts());
        assertThat(again.price("ATVPDKIKX0DER")).isEqualTo(first.price("ATVPDKIKX0DER"));
        assertThat(again.quantity()).isEqualTo(first.quantity());
        assertThat(first.price("ATVPDKIKX0DER")).isPositive();
    }

    @Test
    void asinAndUpcLeadBackToTheListing() {
        SandboxSeller seller = seller(100_000);
        Listing.CatalogFacts facts = seller.facts(98_765);

        assertThat(facts.asin()).hasSize(10).startsWith("B0");
        assertThat(seller.indexOfAsin(facts.asin())).isEqualTo(98_765);
        assertThat(seller.indexOfUpc(facts.upc())).isEqualTo(98_765);
        assertThat(seller.indexOfUpc("0" + facts.upc())).isEqualTo(98_765);
        int checkDigit = facts.upc().charAt(11) - '0';
        assertThat(seller.indexOfUpc(facts.upc().substring(0, 11) + (checkDigit + 1) % 10)).isEqualTo(-1);
        assertThat(seller.listing("DEMO-100001")).isEmpty();
    }

    @Test
    void everyTenthListingIsFulfilledByAmazon() {
        SandboxSeller seller = seller(20);
        assertThat(seller.listing("DEMO-000010").orElseThrow().fulfillmentChannel()).isEqualTo("AMAZON_NA");
        assertThat(seller.listing("DEMO-000011").orElseThrow().fulfillmentChannel()).isEqualTo("DEFAULT");
    }

    @Test
    void aHundredThousandListingsMakeAReportWithOneRowEach() {
        String report = new String(MerchantListingsReport.write(seller(100_000)), StandardCharsets.UTF_8);
        assertThat(report.lines().count()).isEqualTo(100_001);
        assertThat(report.lines().findFirst().orElseThrow()).startsWith("item-name\titem-description\tlisting-id\tseller-sku");
    }

    @Test
    void aDeletedListingIsGone() {
        SandboxSeller seller = seller(5);
        seller.delete("DEMO-000002");
        assertThat(seller.listing("DEMO-000002")).isEmpty();
        assertThat(seller.listings()).hasSize(4);
    }
}
