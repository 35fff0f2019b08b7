package com.channelhub.integration;

import java.time.Clock;
import java.util.UUID;

import com.channelhub.connector.amazon.client.AmazonSpAuthorizationException;
import com.channelhub.connector.shopify.client.ShopifyRefreshTokenRejectedException;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a platform's refusal of a grant does to an integration: NEEDS_REAUTH with the platform's reason (the flows
 * do not retry it: a refused grant stays refused until the seller or merchant authorizes again), and CONNECTED again
 * once a call with its credentials succeeds.
 */
@Component("integrationAuthorization")
public class IntegrationAuthorization {

    public static final String INTEGRATION_HEADER = "HubIntegrationId";
    private static final Logger LOG = LoggerFactory.getLogger(IntegrationAuthorization.class);

    private final IntegrationRepository integrations;
    private final TransactionTemplate transactions;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final Clock clock;

    public IntegrationAuthorization(IntegrationRepository integrations, TransactionTemplate transactions,
            org.springframework.context.ApplicationEventPublisher events, Clock clock) {
        this.integrations = integrations;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** Route step (dead-letter route, doCatch): marks the integration if the failure is a refused grant. */
    public void markIfRefused(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String reason = refusal(failure);
        String id = exchange.getIn().getHeader(INTEGRATION_HEADER, String.class);
        if (reason != null && id != null) {
            needsReauth(UUID.fromString(id), reason);
        }
    }

    /** Route step after a successful authorized call: the credentials work. */
    public void confirm(Exchange exchange) {
        UUID id = UUID.fromString(exchange.getIn().getHeader(INTEGRATION_HEADER, String.class));
        transactions.executeWithoutResult(status -> integrations.findById(id).ifPresent(integration -> {
            if (integration.getStatus() == IntegrationStatus.PENDING || integration.getStatus() == IntegrationStatus.ERROR) {
                integration.changeStatus(IntegrationStatus.CONNECTED, null, clock.instant());
                events.publishEvent(new IntegrationChanged(id));
            }
        }));
    }

    public void needsReauth(UUID integrationId, String reason) {
        LOG.warn("Integration {} needs re-authorization: {}", integrationId, reason);
        transactions.executeWithoutResult(status -> integrations.findById(integrationId).ifPresent(integration -> {
            if (integration.getStatus() != IntegrationStatus.DISCONNECTED) {
                integration.changeStatus(IntegrationStatus.NEEDS_REAUTH, reason, clock.instant());
                events.publishEvent(new IntegrationChanged(integrationId));
            }
        }));
    }

    static String refusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AmazonSpAuthorizationException amazon) {
                return "Amazon refused the seller's authorization (" + amazon.getCode() + "): " + amazon.getReason()
                        + "; the seller must authorize the app again";
            }
            if (t instanceof ShopifyRefreshTokenRejectedException shopify) {
                return "Shopify rejected the refresh token (" + shopify.getError() + "); install the app again";
            }
        }
        return null;
    }
}
