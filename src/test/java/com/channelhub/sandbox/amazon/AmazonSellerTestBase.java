package com.channelhub.sandbox.amazon;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Each test gets a fresh seller of its own (own catalog, buckets and feed window) and an access token for it. */
abstract class AmazonSellerTestBase {

    @LocalServerPort
    int port;
    AmazonSandboxClient amazon;
    String sellerId;
    String token;

    /** How many SKUs the test's seller has. */
    abstract int skuCount();

    @BeforeEach
    void createSeller() {
        amazon = new AmazonSandboxClient(port);
        sellerId = amazon.newSeller(skuCount());
        token = amazon.accessToken(sellerId);
    }
}
