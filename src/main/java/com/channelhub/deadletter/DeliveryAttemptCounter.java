package com.channelhub.deadletter;

import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.springframework.stereotype.Component;

/**
 * Called before each redelivery: keeps the attempt count as an exchange property, because the dead-letter channel
 * hands over the original message (and its original headers, without Camel's redelivery counter).
 */
@Component("deliveryAttemptCounter")
public class DeliveryAttemptCounter implements Processor {

    static final String ATTEMPTS_PROPERTY = "HubDeliveryAttempts";

    @Override
    public void process(Exchange exchange) {
        Integer redelivery = exchange.getIn().getHeader(Exchange.REDELIVERY_COUNTER, Integer.class);
        exchange.setProperty(ATTEMPTS_PROPERTY, redelivery == null ? 1 : redelivery + 1);
    }
}
