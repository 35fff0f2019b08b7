package com.channelhub.integration;

import java.util.List;
import java.util.Optional;

import com.channelhub.api.ApiProblem;
import com.channelhub.api.ApiProblem.FieldError;
import com.channelhub.platform.Capability;
import com.channelhub.platform.ConnectorRegistry;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/**
 * The locations an integration's account keeps stock at, asked live through the platform's
 * {@link Capability#INVENTORY_LOCATIONS} endpoint, and the check of a location chosen for the integration's
 * quantities. Without a chosen location, inventory batches set quantities at the account's default (Shopify: the
 * shop's primary location).
 */
@Component
public class InventoryLocations {

    private static final TypeReference<List<Location>> LOCATIONS = new TypeReference<>() {
    };

    /**
     * A stock location as the platform names it.
     *
     * @param id       the platform's id, e.g. {@code gid://shopify/Location/1}
     * @param active   whether the platform keeps stock there now (an inactive location takes no quantities)
     * @param selected whether the integration's quantities go there
     */
    public record Location(String id, String name, boolean active, boolean selected) {
    }

    /**
     * @param inventoryLocationId the chosen location, or null: the account's default location
     */
    public record Locations(String inventoryLocationId, List<Location> locations) {
    }

    private final ConnectorRegistry platforms;
    private final ProducerTemplate producer;
    private final ObjectMapper objectMapper;

    public InventoryLocations(ConnectorRegistry platforms, ProducerTemplate producer, ObjectMapper objectMapper) {
        this.platforms = platforms;
        this.producer = producer;
        this.objectMapper = objectMapper;
    }

    /** The account's locations, the integration's own marked; 409 unless the integration can be asked. */
    public Locations list(PlatformIntegration integration) {
        String endpoint = endpoint(integration).orElseThrow(() -> ApiProblem.conflict(integration.getPlatform()
                + " integrations have no inventory locations to choose from (the platform's connector has no "
                + "INVENTORY_LOCATIONS; see GET /api/platforms)."));
        String chosen = integration.getInventoryLocationId();
        List<Location> locations = ask(integration, endpoint).stream()
                .map(l -> new Location(l.id(), l.name(), l.active(), l.id().equals(chosen)))
                .toList();
        return new Locations(chosen, locations);
    }

    /**
     * Checks a location asked for in {@code PATCH …/integrations/{id}} ({@code inventoryLocationId}; blank goes back
     * to the default location and needs no check): it must be one of the account's active locations.
     */
    public void requireUsable(PlatformIntegration integration, String locationId) {
        if (locationId == null || locationId.isBlank()) {
            return;
        }
        String endpoint = endpoint(integration).orElseThrow(() -> ApiProblem.invalid(List.of(new FieldError(
                "inventoryLocationId", "does not apply to " + integration.getPlatform() + " integrations (the "
                        + "platform's connector has no INVENTORY_LOCATIONS)"))));
        List<Location> locations = ask(integration, endpoint);
        Location found = locations.stream().filter(l -> l.id().equals(locationId.strip())).findFirst().orElse(null);
        if (found == null) {
            throw ApiProblem.invalid(List.of(new FieldError("inventoryLocationId", "is not a location of "
                    + integration.getExternalAccount() + "; its locations are "
                    + String.join(", ", locations.stream().map(l -> l.id() + " (" + l.name() + ")").toList())
                    + " (GET …/integrations/" + integration.getId() + "/inventory-locations)")));
        }
        if (!found.active()) {
            throw ApiProblem.invalid(List.of(new FieldError("inventoryLocationId", "is " + found.name()
                    + ", which is deactivated on " + integration.getExternalAccount() + " and takes no quantities")));
        }
    }

    private Optional<String> endpoint(PlatformIntegration integration) {
        return platforms.endpoint(integration.getPlatform(), Capability.INVENTORY_LOCATIONS);
    }

    private List<Location> ask(PlatformIntegration integration, String endpoint) {
        if (integration.getStatus() != IntegrationStatus.CONNECTED) {
            throw ApiProblem.conflict("Integration " + integration.getId() + " is " + integration.getStatus()
                    + ": connect (or reconnect) it before choosing its inventory location.");
        }
        Object answer = producer.requestBodyAndHeader(endpoint, null, IntegrationAuthorization.INTEGRATION_HEADER,
                integration.getId().toString());
        // the capability's contract is the shape (id, name, active), not a connector's class
        return objectMapper.convertValue(answer, LOCATIONS);
    }
}
