package com.channelhub.oauth;

import org.apache.camel.Exchange;

/** The answer of an OAuth step that sends the browser on: 302 to the location, nothing else. */
public final class OAuthRedirects {

    private OAuthRedirects() {
    }

    public static void found(Exchange exchange, String location) {
        exchange.getMessage().setBody(null);
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, 302);
        exchange.getMessage().setHeader("Location", location);
    }
}
