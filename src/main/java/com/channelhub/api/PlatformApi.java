package com.channelhub.api;

import com.channelhub.platform.ConnectorRegistry;
import com.channelhub.platform.PlatformView;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Handler of {@code GET /api/platforms}: any valid key (a project's or the admin key) may read it, since a project
 * choosing which integration to add needs it and it holds no secret.
 */
@Component
public class PlatformApi {

    private final ApiExchanges api;
    private final ApiAuthenticator auth;
    private final ConnectorRegistry platforms;

    public PlatformApi(ApiExchanges api, ApiAuthenticator auth, ConnectorRegistry platforms) {
        this.api = api;
        this.auth = auth;
        this.platforms = platforms;
    }

    public void list(Exchange exchange) {
        auth.requireAnyKey(exchange);
        api.respond(exchange, 200, platforms.platforms().stream().map(PlatformView::of).toList());
    }
}
