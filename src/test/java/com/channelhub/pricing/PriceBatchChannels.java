package com.channelhub.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import com.channelhub.support.HubHttp;
import com.channelhub.support.SandboxShopify;
import org.springframework.jdbc.core.JdbcTemplate;

/** Connects sandbox channels to a test project and waits for their first catalog pulls. */
public final class PriceBatchChannels {

    public static final String AMAZON_CONTROL = "/sandbox/amazon/_control";

    private final HubHttp http;
    private final JdbcTemplate jdbc;
    private final int port;
    private final String slug;
    private final String key;

    public PriceBatchChannels(HubHttp http, JdbcTemplate jdbc, int port, String slug, String key) {
        this.http = http;
        this.jdbc = jdbc;
        this.port = port;
        this.slug = slug;
        this.key = key;
    }

    /** A new sandbox seller with {@code skus} seller-fulfilled SKUs, connected with a self-authorized token. */
    public String connectAmazonSeller(String sellerId, int skus) {
        return connectAmazonSeller(sellerId, skus, 100000);
    }

    /** As above, every {@code fbaEvery}-th SKU fulfilled by Amazon. */
    public String connectAmazonSeller(String sellerId, int skus, int fbaEvery) {
        HubHttp.Response seller = http.post(AMAZON_CONTROL + "/sellers", null, "{\"sellerId\":\"" + sellerId
                + "\",\"region\":\"NA\",\"skuCount\":" + skus + ",\"skuPrefix\":\"PB-\",\"fbaEvery\":" + fbaEvery
                + "}");
        assertThat(seller.status()).as(seller.body()).isEqualTo(201);
        String refreshToken = http.post(AMAZON_CONTROL + "/sellers/" + sellerId + "/authorize", null, null).json()
                .get("refreshToken").asText();
        HubHttp.Response created = http.post("/api/projects/" + slug + "/integrations", key, """
                {"platform":"AMAZON","externalAccount":"%s","region":"NA","marketplaceIds":["ATVPDKIKX0DER"],
                 "credentials":{"refreshToken":"%s"}}""".formatted(sellerId, refreshToken));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        awaitFirstPull(id);
        return id;
    }

    /** A new sandbox store whose products carry exactly the given SKUs (one product per list), installed. */
    public String installShopifyStore(String shop, List<List<String>> productsOfSkus) {
        SandboxShopify sandbox = new SandboxShopify(http, port);
        sandbox.createStore(shop, 0, 1);
        for (List<String> skus : productsOfSkus) {
            StringBuilder variants = new StringBuilder();
            for (String sku : skus) {
                variants.append(variants.isEmpty() ? "" : ",").append("{\"sku\":\"").append(sku)
                        .append("\",\"price\":\"10.00\",\"inventoryQuantity\":5}");
            }
            HubHttp.Response product = sandbox.control("POST", "/" + shop + "/products",
                    "{\"title\":\"Product " + skus.get(0) + "\",\"variants\":[" + variants + "]}");
            assertThat(product.status()).as(product.body()).isEqualTo(201);
        }
        String id = sandbox.install(slug, key, shop).get("id").asText();
        awaitFirstPull(id);
        return id;
    }

    public List<String> skus(String integrationId) {
        return jdbc.queryForList("select sku from channel_variants where integration_id = ?::uuid and deleted = false"
                + " order by sku", String.class, integrationId);
    }

    private void awaitFirstPull(String integrationId) {
        await().atMost(Duration.ofSeconds(180)).until(() -> "SUCCEEDED".equals(http.get("/api/projects/" + slug
                + "/integrations/" + integrationId + "/sync-runs", key).json().at("/items/0/status").asText()));
    }
}
