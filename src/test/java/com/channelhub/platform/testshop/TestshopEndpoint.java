package com.channelhub.platform.testshop;

import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.support.DefaultEndpoint;
import org.apache.camel.support.DefaultProducer;

/** {@code testshop:products}: answers the catalog of the shop named in header {@code HubExternalAccount}. */
public class TestshopEndpoint extends DefaultEndpoint {

    TestshopEndpoint(String uri, TestshopComponent component) {
        super(uri, component);
    }

    @Override
    public Producer createProducer() {
        return new DefaultProducer(this) {
            @Override
            public void process(org.apache.camel.Exchange exchange) {
                exchange.getMessage().setBody(TestshopCatalog.products(
                        exchange.getIn().getHeader("HubExternalAccount", String.class)));
            }
        };
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("testshop has no consumer");
    }
}
