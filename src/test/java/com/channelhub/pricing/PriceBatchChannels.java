package com.channelhub.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.channelhub.support.FirstPull;
import com.channelhub.support.HubHttp;
import com.channelhub.support.SandboxAmazon;
import com.channelhub.support.SandboxShopify;
import org.springframework.jdbc.core.JdbcTemplate;

/** Connects sandbox channels to a test project and waits for their first catalog pulls. */
public final class PriceBatchChannels {

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

    /** The same, with every {@code fbaEvery}-th listing fulfilled by Amazon. */
    public String connectAmazonSeller(String sellerId, int skus, int fbaEvery) {
        SandboxAmazon amazon = new SandboxAmazon(http);
        amazon.createSeller(sellerId, skus, "PB-", fbaEvery);
        String id = amazon.connect(slug, key, sellerId).get("id").asText();
        FirstPull.awaitSucceeded(http, slug, key, id);
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
        FirstPull.awaitSucceeded(http, slug, key, id);
        return id;
    }

    public List<String> skus(String integrationId) {
        return jdbc.queryForList("select sku from channel_variants where integration_id = ?::uuid and deleted = false"
                + " order by sku", String.class, integrationId);
    }
}
