package com.channelhub.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The catalog API over a project with a Shopify store and an Amazon seller that share SKUs. */
@HubIntegrationTest
class ProductCatalogApiIT {

    private static final Instant T0 = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    HubHttp http;
    CatalogRows rows;
    String slug;
    String key;
    UUID shopify;
    UUID amazon;
    UUID mug;
    UUID cup;
    UUID plate;
    UUID bowl;
    UUID amazonMug;
    UUID cupVariant;

    @BeforeEach
    void setUp() {
        http = new HubHttp(port);
        rows = new CatalogRows(jdbc);
        slug = HubHttp.uniqueSlug("catalog");
        key = http.createProject(slug);
        shopify = integration("{\"platform\":\"SHOPIFY\",\"externalAccount\":\"" + slug + ".myshopify.com\"}");
        amazon = integration("{\"platform\":\"AMAZON\",\"externalAccount\":\"A" + Long.toString(System.nanoTime(), 36)
                .toUpperCase() + "\",\"region\":\"NA\",\"marketplaceIds\":[\"ATVPDKIKX0DER\"]}");
        mug = rows.product(shopify, "gid://shopify/Product/1", "Blue Ceramic Mug", "Potter & Co", "ACTIVE", T0);
        rows.variant(mug, shopify, "gid://shopify/ProductVariant/11", "MUG-BLUE-S", "12.00", 5, T0);
        rows.variant(mug, shopify, "gid://shopify/ProductVariant/12", "MUG-BLUE-L", "15.00", 3, T0);
        cup = rows.product(shopify, "gid://shopify/Product/2", "Red Cup", "BlueLine", "ACTIVE", T0.plusSeconds(1));
        cupVariant = rows.variant(cup, shopify, "gid://shopify/ProductVariant/21", "CUP-RED", "8.50", 40, T0);
        plate = rows.product(shopify, "gid://shopify/Product/3", "Green Plate", "Potter & Co", "DRAFT", T0.plusSeconds(2));
        rows.variant(plate, shopify, "gid://shopify/ProductVariant/31", "PLATE_100%", "20.00", 0, T0);
        bowl = rows.product(shopify, "gid://shopify/Product/4", "Old Bowl", null, "ACTIVE", T0.plusSeconds(3));
        rows.variant(bowl, shopify, "gid://shopify/ProductVariant/41", "BOWL-OLD", "5.00", 1, T0);
        rows.deleteProduct(bowl, T0.plusSeconds(3));
        amazonMug = rows.product(amazon, "MUG-BLUE-S", "Blue Ceramic Mug, Small", null, "Active", T0.plusSeconds(4));
        rows.variant(amazonMug, amazon, "MUG-BLUE-S", "MUG-BLUE-S", "13.99", 7, T0);
    }

    private UUID integration(String body) {
        HubHttp.Response created = http.post("/api/projects/" + slug + "/integrations", key, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asText());
    }

    private HubHttp.Response products(String query) {
        return http.get("/api/projects/" + slug + "/products" + query, key);
    }

    private List<UUID> ids(String query) {
        HubHttp.Response answer = products(query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<UUID> ids = new ArrayList<>();
        answer.json().get("items").forEach(item -> ids.add(UUID.fromString(item.get("id").asText())));
        return ids;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void textSearchMatchesTitleVendorAndSkuCaseInsensitivelyAndLiterally() {
        assertThat(ids("?q=blue")).containsExactlyInAnyOrder(mug, cup, amazonMug);
        assertThat(ids("?q=" + encode("blue-l"))).containsExactly(mug);
        assertThat(ids("?q=" + encode("potter &"))).containsExactlyInAnyOrder(mug, plate);
        // % and _ are the user's characters, not wildcards
        assertThat(ids("?q=" + encode("%"))).containsExactly(plate);
        assertThat(ids("?q=" + encode("E_1"))).containsExactly(plate);
        assertThat(ids("?q=" + encode("E_L"))).isEmpty();
        assertThat(ids("?q=nothing-like-this")).isEmpty();
    }

    @Test
    void exactSkuFindsEveryChannelsProductAndEachVariantShowsAllChannelsSellingIt() {
        assertThat(ids("?sku=MUG-BLUE-S")).containsExactly(mug, amazonMug);
        assertThat(ids("?sku=MUG-BLUE")).isEmpty();

        JsonNode shopifyMug = products("?sku=MUG-BLUE-S&platform=SHOPIFY").json().at("/items/0");
        assertThat(shopifyMug.get("platform").asText()).isEqualTo("SHOPIFY");
        assertThat(shopifyMug.get("status").asText()).isEqualTo("active");
        JsonNode small = shopifyMug.at("/variants/1");
        assertThat(small.get("sku").asText()).isEqualTo("MUG-BLUE-S");
        assertThat(small.get("channels")).hasSize(2);
        JsonNode onAmazon = small.get("channels").get(0);
        assertThat(onAmazon.get("platform").asText()).isEqualTo("AMAZON");
        assertThat(onAmazon.get("integrationId").asText()).isEqualTo(amazon.toString());
        assertThat(onAmazon.get("externalVariantId").asText()).isEqualTo("MUG-BLUE-S");
        assertThat(onAmazon.get("price").decimalValue()).isEqualByComparingTo("13.99");
        assertThat(onAmazon.get("quantity").asInt()).isEqualTo(7);
        assertThat(onAmazon.get("syncedAt").asText()).isNotBlank();
        JsonNode onShopify = small.get("channels").get(1);
        assertThat(onShopify.get("externalProductId").asText()).isEqualTo("gid://shopify/Product/1");
        assertThat(onShopify.get("externalVariantId").asText()).isEqualTo("gid://shopify/ProductVariant/11");
        assertThat(onShopify.get("price").decimalValue()).isEqualByComparingTo("12.00");
        assertThat(shopifyMug.at("/variants/0/channels")).hasSize(1);
    }

    @Test
    void filtersByPlatformIntegrationStatusPriceAndUpdatedSince() {
        assertThat(ids("?platform=amazon")).containsExactly(amazonMug);
        assertThat(ids("?integrationId=" + shopify)).containsExactlyInAnyOrder(mug, cup, plate);
        assertThat(ids("?status=draft")).containsExactly(plate);
        assertThat(ids("?status=deleted")).containsExactly(bowl);
        assertThat(ids("?status=active,deleted")).containsExactlyInAnyOrder(mug, cup, bowl, amazonMug);
        assertThat(ids("?minPrice=10&maxPrice=14")).containsExactlyInAnyOrder(mug, amazonMug);
        assertThat(ids("?minPrice=15.00")).containsExactlyInAnyOrder(mug, plate);
        assertThat(ids("?maxPrice=8.5")).containsExactly(cup);

        Instant since = T0.plusSeconds(60);
        assertThat(ids("?updatedSince=" + since)).isEmpty();
        rows.reprice(cupVariant, "9.00", since.plusSeconds(1));
        rows.retitle(plate, "Green Plate XL", since.plusSeconds(2));
        assertThat(ids("?updatedSince=" + since)).containsExactlyInAnyOrder(cup, plate);
        assertThat(ids("?updatedSince=" + T0.plusSeconds(2) + "&platform=SHOPIFY")).containsExactlyInAnyOrder(cup, plate);
    }

    @Test
    void sortsByTitlePriceSkuAndUpdatedAtEitherWay() {
        assertThat(ids("")).containsExactly(mug, amazonMug, plate, cup);
        assertThat(ids("?sort=title&order=desc")).containsExactly(cup, plate, amazonMug, mug);
        // a product's price is its lowest live variant's
        assertThat(ids("?sort=price")).containsExactly(cup, mug, amazonMug, plate);
        assertThat(ids("?sort=price&order=desc")).containsExactly(plate, amazonMug, mug, cup);
        assertThat(ids("?sort=sku")).containsExactly(cup, mug, amazonMug, plate);
        assertThat(ids("?sort=updatedAt&order=desc")).containsExactly(amazonMug, plate, cup, mug);
    }

    @Test
    void pagesNeitherRepeatNorSkipProductsWhileRowsAreInsertedAndChanged() {
        UUID store = integration("{\"platform\":\"SHOPIFY\",\"externalAccount\":\"paging-" + slug + ".myshopify.com\"}");
        List<UUID> original = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            UUID product = rows.product(store, "p" + i, "Item %02d".formatted(i), null, "ACTIVE", T0);
            rows.variant(product, store, "v" + i, "ITEM-" + i, String.valueOf(10 + i), 1, T0);
            original.add(product);
        }
        List<UUID> seen = new ArrayList<>();
        JsonNode page = products("?integrationId=" + store + "&size=7").json();
        page.get("items").forEach(item -> seen.add(UUID.fromString(item.get("id").asText())));
        // between pages: one product lands before the cursor, one after; one not yet seen is renamed but stays
        // after it; one already seen is deleted
        UUID before = rows.product(store, "early", "Item 03b", null, "ACTIVE", T0);
        UUID after = rows.product(store, "late", "Item 15b", null, "ACTIVE", T0);
        rows.retitle(original.get(20), "Item 20 renamed", T0.plusSeconds(5));
        rows.deleteProduct(original.get(1), T0.plusSeconds(5));
        while (page.hasNonNull("nextCursor")) {
            page = products("?integrationId=" + store + "&size=7&cursor=" + page.get("nextCursor").asText()).json();
            page.get("items").forEach(item -> seen.add(UUID.fromString(item.get("id").asText())));
        }

        assertThat(seen).doesNotHaveDuplicates().containsAll(original).contains(after).doesNotContain(before);
        assertThat(seen).hasSize(31);
    }

    @Test
    void everyBadParameterIsListedInOne400() {
        HubHttp.Response bad = products("?sort=colour&order=up&size=0&minPrice=-1&maxPrice=abc&updatedSince=yesterday"
                + "&status=gone&platform=ebay&integrationId=nope&cursor=not-a-cursor");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("sort", "order",
                "size", "minPrice", "maxPrice", "updatedSince", "status", "platform", "integrationId", "cursor");
        assertThat(products("?minPrice=20&maxPrice=10").json().get("errors").findValuesAsText("field"))
                .containsExactly("maxPrice");
        assertThat(products("?integrationId=" + UUID.randomUUID()).status()).isEqualTo(400);

        String cursor = products("?size=1").json().get("nextCursor").asText();
        HubHttp.Response otherOrder = products("?size=1&sort=price&cursor=" + cursor);
        assertThat(otherOrder.status()).isEqualTo(400);
        assertThat(otherOrder.json().at("/errors/0/message").asText()).contains("sort=title");
    }

    @Test
    void productByIdAndBySku() {
        JsonNode product = http.get("/api/projects/" + slug + "/products/" + mug, key).json();
        assertThat(product.get("title").asText()).isEqualTo("Blue Ceramic Mug");
        assertThat(product.get("variants")).hasSize(2);
        assertThat(http.get("/api/projects/" + slug + "/products/" + bowl, key).json().get("status").asText())
                .isEqualTo("deleted");
        assertThat(http.get("/api/projects/" + slug + "/products/" + UUID.randomUUID(), key).status()).isEqualTo(404);
        assertThat(http.get("/api/projects/" + slug + "/products/not-an-id", key).status()).isEqualTo(404);

        JsonNode sku = http.get("/api/projects/" + slug + "/products/by-sku?sku=MUG-BLUE-S", key).json();
        assertThat(sku.get("channels").findValuesAsText("platform")).containsExactly("AMAZON", "SHOPIFY");
        List<String> holders = new ArrayList<>();
        sku.get("products").forEach(holder -> holders.add(holder.get("id").asText()));
        assertThat(holders).containsExactly(amazonMug.toString(), mug.toString());
        assertThat(http.get("/api/projects/" + slug + "/products/by-sku?sku=" + encode("PLATE_100%"), key).json()
                .at("/products/0/id").asText()).isEqualTo(plate.toString());
        assertThat(http.get("/api/projects/" + slug + "/products/by-sku?sku=NO-SUCH", key).status()).isEqualTo(404);
        assertThat(http.get("/api/projects/" + slug + "/products/by-sku", key).status()).isEqualTo(400);
    }

    @Test
    void anotherProjectSeesNoneOfIt() {
        String otherSlug = HubHttp.uniqueSlug("other");
        String otherKey = http.createProject(otherSlug);

        assertThat(http.get("/api/projects/" + slug + "/products", otherKey).status()).isEqualTo(404);
        assertThat(http.get("/api/projects/" + slug + "/products/" + mug, otherKey).status()).isEqualTo(404);
        assertThat(http.get("/api/projects/" + otherSlug + "/products/" + mug, otherKey).status()).isEqualTo(404);
        assertThat(http.get("/api/projects/" + otherSlug + "/products/by-sku?sku=MUG-BLUE-S", otherKey).status())
                .isEqualTo(404);
        assertThat(http.get("/api/projects/" + otherSlug + "/products", otherKey).json().get("items")).isEmpty();
        assertThat(http.get("/api/projects/" + slug + "/products", null).status()).isEqualTo(401);
    }
}
