package com.channelhub.platform.testshop;

import java.util.Map;

import org.apache.camel.Endpoint;
import org.apache.camel.support.DefaultComponent;

/**
 * A test-only platform's Camel component ({@code testshop:products}), registered like the real connectors in
 * {@code META-INF/services/org/apache/camel/component/testshop}: proves a platform is added without touching the
 * hub's fan-out, schedule or API code.
 */
public class TestshopComponent extends DefaultComponent {

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) {
        return new TestshopEndpoint(uri, this);
    }
}
