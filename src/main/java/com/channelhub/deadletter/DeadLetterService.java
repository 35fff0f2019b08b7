package com.channelhub.deadletter;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.channelhub.api.ApiProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.Route;
import org.apache.camel.support.DefaultExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Inspecting dead letters and replaying them into the route they failed in. */
@Service
public class DeadLetterService {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterService.class);
    private static final TypeReference<Map<String, Object>> HEADERS = new TypeReference<>() {
    };
    /** Endpoints a message can be sent back into; a route fed by HTTP or a poller exposes its work as one of these. */
    private static final Set<String> REPLAYABLE_SCHEMES = Set.of("direct", "seda");

    private final DeadLetterRepository repository;
    private final CamelContext camelContext;
    private final ProducerTemplate producerTemplate;
    private final ObjectMapper objectMapper;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DeadLetterService(DeadLetterRepository repository, CamelContext camelContext, ProducerTemplate producerTemplate,
            ObjectMapper objectMapper, TransactionTemplate transactions, Clock clock) {
        this.repository = repository;
        this.camelContext = camelContext;
        this.producerTemplate = producerTemplate;
        this.objectMapper = objectMapper;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Filter(String routeId, Boolean resolved, UUID integrationId, Instant since) {
    }

    public Page<DeadLetterView> search(Filter filter, int page, int size) {
        return transactions.execute(status -> repository
                .search(filter.routeId(), filter.resolved(), filter.integrationId(), filter.since(), PageRequest.of(page, size))
                .map(this::view));
    }

    /** Dead letters of the given integrations only (a project's view); none when the set is empty. */
    public Page<DeadLetterView> searchIn(java.util.Collection<UUID> integrationIds, String routeId, Boolean resolved,
            int page, int size) {
        if (integrationIds.isEmpty()) {
            return Page.empty(PageRequest.of(page, size));
        }
        return transactions.execute(status -> repository.searchIn(integrationIds, routeId, resolved,
                PageRequest.of(page, size)).map(this::view));
    }

    /** The routes the given integrations have dead letters in, for filtering. */
    public java.util.List<String> routeIdsIn(java.util.Collection<UUID> integrationIds) {
        return integrationIds.isEmpty() ? java.util.List.of()
                : transactions.execute(status -> repository.routeIdsIn(integrationIds));
    }

    public DeadLetterView get(UUID id) {
        return view(require(id));
    }

    /**
     * Sends the original body and headers again to the endpoint the failed route consumes from, and records
     * whether it went through this time. A replay that fails again does not create a second dead letter.
     */
    public DeadLetterView replay(UUID id) {
        DeadLetter letter = require(id);
        if (letter.isResolved()) {
            throw ApiProblem.conflict("Dead letter " + id + " is already resolved" + (letter.getResolvedAt() == null ? ""
                    : " (since " + letter.getResolvedAt() + ")") + "; there is nothing to replay.");
        }
        Route route = camelContext.getRoute(letter.getRouteId());
        if (route == null) {
            throw ApiProblem.conflict("Route '" + letter.getRouteId() + "' no longer exists in this hub, so dead letter "
                    + id + " cannot be replayed into it.");
        }
        Endpoint endpoint = route.getEndpoint();
        if (!REPLAYABLE_SCHEMES.contains(endpoint.getEndpointUri().split(":", 2)[0])) {
            throw ApiProblem.conflict("Route '" + letter.getRouteId() + "' consumes from " + endpoint.getEndpointBaseUri()
                    + ", which cannot be sent to; only routes fed by direct: or seda: endpoints can be replayed.");
        }
        Exchange exchange = new DefaultExchange(camelContext);
        exchange.getIn().setBody(letter.getBody());
        replayableHeaders(letter).forEach(exchange.getIn()::setHeader);
        exchange.getIn().setHeader(DeadLetterStore.REPLAY_HEADER, letter.getId().toString());
        producerTemplate.send(endpoint, exchange);

        Throwable failure = exchange.getException() != null ? exchange.getException()
                : exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        DeadLetter.ReplayOutcome outcome = failure == null ? DeadLetter.ReplayOutcome.SUCCEEDED : DeadLetter.ReplayOutcome.FAILED;
        String message = failure == null ? "Processed by route " + letter.getRouteId()
                : failure.getClass().getSimpleName() + ": " + failure.getMessage();
        LOG.info("Replay of dead letter {} into route {}: {}", id, letter.getRouteId(), outcome);
        return transactions.execute(status -> {
            DeadLetter current = require(id);
            current.recordReplay(outcome, message.length() > 4000 ? message.substring(0, 4000) : message, clock.instant());
            return view(current);
        });
    }

    /** Marks a dead letter as dealt with outside the hub, without replaying it. */
    public DeadLetterView resolve(UUID id) {
        return transactions.execute(status -> {
            DeadLetter letter = require(id);
            if (!letter.isResolved()) {
                letter.resolve(clock.instant());
            }
            return view(letter);
        });
    }

    private DeadLetter require(UUID id) {
        return repository.findById(id).orElseThrow(() -> ApiProblem.notFound("No dead letter " + id + "."));
    }

    private Map<String, Object> replayableHeaders(DeadLetter letter) {
        Map<String, Object> headers = new java.util.HashMap<>(headers(letter));
        headers.keySet().removeIf(DeadLetterStore::isSecretHeader);
        return headers;
    }

    private Map<String, Object> headers(DeadLetter letter) {
        if (letter.getHeadersJson() == null) {
            return Map.of();
        }
        try {
            return objectMapper.readValue(letter.getHeadersJson(), HEADERS);
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private DeadLetterView view(DeadLetter d) {
        return new DeadLetterView(d.getId(), d.getRouteId(), d.getEndpointUri(), d.getIntegrationId(),
                new DeadLetterView.Failure(d.getExceptionClass(), d.getExceptionMessage()),
                new DeadLetterView.OriginalMessage(d.getBody(), d.getBodyType(), headers(d)),
                d.getDeliveryAttempts(), d.getCreatedAt(),
                new DeadLetterView.Replay(d.getReplayCount(), d.getReplayedAt(), d.getLastReplayOutcome(),
                        d.getLastReplayMessage()),
                d.isResolved(), d.getResolvedAt());
    }
}
