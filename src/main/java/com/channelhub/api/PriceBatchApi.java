package com.channelhub.api;

import java.io.IOException;
import java.util.UUID;

import com.channelhub.pricing.BatchKind;
import com.channelhub.pricing.PriceBatches;
import com.channelhub.project.Project;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/** Handlers of the price and inventory batch endpoints; {@link PriceBatches} does the work for both kinds. */
@Component
public class PriceBatchApi {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ApiExchanges api;
    private final ApiAuthenticator auth;
    private final PriceBatches batches;
    /** Prices as written, never through a double: 19.999 must stay three decimals to be refused. */
    private final ObjectReader reader;

    public PriceBatchApi(ApiExchanges api, ApiAuthenticator auth, PriceBatches batches, ObjectMapper objectMapper) {
        this.api = api;
        this.auth = auth;
        this.batches = batches;
        this.reader = objectMapper.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    public void submit(BatchKind kind, Exchange exchange) {
        Project project = project(exchange);
        String key = exchange.getIn().getHeader(IDEMPOTENCY_KEY, String.class);
        Boolean partial = api.booleanQuery(exchange, "partial");
        PriceBatches.Submission submission = batches.submit(kind, project, key, body(kind, exchange),
                Boolean.TRUE.equals(partial));
        api.respond(exchange, submission.created() ? 202 : 200, submission.batch());
        exchange.getMessage().setHeader("Location", "/api/projects/" + project.getSlug() + "/" + kind.path() + "/"
                + submission.batch().id());
    }

    public void get(BatchKind kind, Exchange exchange) {
        Project project = project(exchange);
        api.respond(exchange, 200, batches.get(kind, project, api.uuidParam(exchange, "id")));
    }

    public void list(BatchKind kind, Exchange exchange) {
        Project project = project(exchange);
        ApiExchanges.PageParams page = api.pageParams(exchange);
        api.respond(exchange, 200, batches.list(kind, project, page.page(), page.size()));
    }

    public void items(BatchKind kind, Exchange exchange) {
        Project project = project(exchange);
        UUID id = api.uuidParam(exchange, "id");
        ApiExchanges.PageParams page = api.pageParams(exchange);
        String status = api.query(exchange, "status");
        api.respond(exchange, 200, batches.items(kind, project, id, status, page.page(), page.size()));
    }

    private JsonNode body(BatchKind kind, Exchange exchange) {
        byte[] bytes = exchange.getIn().getBody(byte[].class);
        if (bytes == null || bytes.length == 0) {
            throw ApiProblem.badRequest("The request needs a JSON body: " + (kind == BatchKind.INVENTORY
                    ? "{\"items\": [{\"sku\": …, \"quantity\": …}]}."
                    : "{\"items\": [{\"sku\": …, \"price\": …, \"currency\": …}]}."));
        }
        try {
            return reader.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("The body is not valid JSON: " + e.getOriginalMessage() + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").");
        } catch (IOException e) {
            throw ApiProblem.badRequest("The body could not be read.");
        }
    }

    private Project project(Exchange exchange) {
        return auth.requireProject(exchange, api.pathParam(exchange, "slug"));
    }
}
