package com.channelhub.api;

import com.channelhub.deadletter.DeadLetterService;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** Handlers of the dead-letter endpoints (admin key). */
@Component
public class DeadLetterApi {

    private final ApiExchanges api;
    private final ApiAuthenticator auth;
    private final DeadLetterService deadLetters;

    public DeadLetterApi(ApiExchanges api, ApiAuthenticator auth, DeadLetterService deadLetters) {
        this.api = api;
        this.auth = auth;
        this.deadLetters = deadLetters;
    }

    public void list(Exchange exchange) {
        auth.requireAdmin(exchange);
        DeadLetterService.Filter filter = new DeadLetterService.Filter(api.query(exchange, "routeId"),
                api.booleanQuery(exchange, "resolved"), api.uuidQuery(exchange, "integrationId"),
                api.instantQuery(exchange, "since"));
        ApiExchanges.PageParams page = api.pageParams(exchange);
        api.respond(exchange, 200, ApiExchanges.PageView.of(deadLetters.search(filter, page.page(), page.size())));
    }

    public void get(Exchange exchange) {
        auth.requireAdmin(exchange);
        api.respond(exchange, 200, deadLetters.get(api.uuidParam(exchange, "id")));
    }

    public void replay(Exchange exchange) {
        auth.requireAdmin(exchange);
        api.respond(exchange, 200, deadLetters.replay(api.uuidParam(exchange, "id")));
    }

    public void resolve(Exchange exchange) {
        auth.requireAdmin(exchange);
        api.respond(exchange, 200, deadLetters.resolve(api.uuidParam(exchange, "id")));
    }
}
