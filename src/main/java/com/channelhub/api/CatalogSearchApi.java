package com.channelhub.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.channelhub.amazon.AmazonRouting;
import com.channelhub.connector.amazon.AmazonSpConstants;
import com.channelhub.connector.amazon.client.AmazonSpPlatformFacts;
import com.channelhub.connector.amazon.client.CatalogQuery;
import com.channelhub.connector.amazon.client.CatalogSearchPage;
import com.channelhub.integration.IntegrationService;
import com.channelhub.integration.IntegrationStatus;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.platform.Capability;
import com.channelhub.platform.ConnectorRegistry;
import com.channelhub.project.Project;
import com.channelhub.sync.SyncLauncher;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * {@code GET …/integrations/{id}/catalog-search}: Amazon's catalog searched through the amazon-sp component, to find
 * a product's ASIN before listing it. {@link #prepare} checks the request and addresses the exchange to the seller,
 * the route calls {@code amazon-sp:catalogSearch}, {@link #respond} writes the page.
 */
@Component
public class CatalogSearchApi {

    /** What the hub asks for unless told: enough to recognise a product and decide to list it. */
    static final String DEFAULT_INCLUDED_DATA = "summaries,identifiers,images,productTypes,salesRanks";
    static final int DEFAULT_PAGE_SIZE = 10;
    static final int MAX_PAGE_TOKEN_LENGTH = 2_000;

    private final ApiExchanges api;
    private final ApiAuthenticator auth;
    private final IntegrationService integrations;
    private final AmazonRouting routing;

    /** The route this API feeds, as Amazon's connector declares it for CATALOG_SEARCH. */
    static final String ENDPOINT = "direct:api-amazon-catalog-search";

    private final ConnectorRegistry platforms;

    public CatalogSearchApi(ApiExchanges api, ApiAuthenticator auth, IntegrationService integrations,
            AmazonRouting routing, ConnectorRegistry platforms) {
        this.platforms = platforms;
        this.api = api;
        this.auth = auth;
        this.integrations = integrations;
        this.routing = routing;
    }

    /** Route step before the call: the project's Amazon integration, the query checked, the headers set. */
    public void prepare(Exchange exchange) {
        Project project = auth.requireProject(exchange, api.pathParam(exchange, "slug"));
        PlatformIntegration integration = amazonIntegration(project, api.uuidParam(exchange, "id"));
        Query query = query(exchange, integration.getMarketplaceIds());
        Message in = exchange.getIn();
        // nothing from the request reaches the component but what was checked
        in.removeHeaders("CamelAmazonSp*");
        in.setHeader(SyncLauncher.INTEGRATION_HEADER, integration.getId().toString());
        routing.address(exchange);
        in.setHeader(AmazonSpConstants.MARKETPLACE_IDS, query.marketplaceId());
        in.setHeader(AmazonSpConstants.OPERATION, "catalogSearch");
        setIfPresent(in, AmazonSpConstants.KEYWORDS, query.keywords());
        setIfPresent(in, AmazonSpConstants.IDENTIFIERS, query.identifiers());
        setIfPresent(in, AmazonSpConstants.IDENTIFIERS_TYPE, query.identifiersType());
        setIfPresent(in, AmazonSpConstants.PAGE_TOKEN, query.pageToken());
        in.setHeader(AmazonSpConstants.PAGE_SIZE, query.pageSize());
        in.setHeader(AmazonSpConstants.INCLUDED_DATA, query.includedData());
        in.setBody(null);
    }

    private PlatformIntegration amazonIntegration(Project project, UUID id) {
        PlatformIntegration integration = integrations.require(project, id);
        // this endpoint speaks Amazon's Catalog Items query; the platform that declares it is the one answering
        if (!platforms.endpoint(integration.getPlatform(), Capability.CATALOG_SEARCH)
                .filter(ENDPOINT::equals).isPresent()) {
            throw ApiProblem.conflict("Catalog search looks up products in Amazon's catalog: integration " + id
                    + " is a " + integration.getPlatform() + " integration. Use an Amazon integration of the project.");
        }
        if (integration.getStatus() != IntegrationStatus.CONNECTED) {
            throw ApiProblem.conflict("Integration " + id + " is " + integration.getStatus()
                    + ": connect (or reconnect) the seller before searching Amazon's catalog.");
        }
        return integration;
    }

    /** A checked query; keywords and identifiers comma-joined, exactly one of them set. */
    private record Query(String marketplaceId, String keywords, String identifiers, String identifiersType,
            String includedData, int pageSize, String pageToken) {
    }

    private Query query(Exchange exchange, List<String> marketplaces) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        boolean byKeywords = api.query(exchange, "keywords") != null;
        boolean byIdentifiers = api.query(exchange, "identifiers") != null;
        if (byKeywords == byIdentifiers) {
            errors.add(new ApiProblem.FieldError("keywords", "give either keywords or identifiers: Amazon takes one "
                    + "or the other"));
        }
        String keywords = terms(exchange, "keywords", errors);
        String identifiers = terms(exchange, "identifiers", errors);
        String identifiersType = api.query(exchange, "identifiersType");
        if (byIdentifiers && (identifiersType == null || !CatalogQuery.IDENTIFIER_TYPES.contains(identifiersType))) {
            errors.add(new ApiProblem.FieldError("identifiersType", "is required with identifiers: one of "
                    + String.join(", ", CatalogQuery.IDENTIFIER_TYPES.stream().sorted().toList())));
        }
        if (!byIdentifiers && identifiersType != null) {
            errors.add(new ApiProblem.FieldError("identifiersType", "goes with identifiers only"));
        }
        String marketplace = api.query(exchange, "marketplaceId");
        if (marketplace != null && !marketplaces.contains(marketplace)) {
            errors.add(new ApiProblem.FieldError("marketplaceId", "must be one of the integration's marketplaces: "
                    + String.join(", ", marketplaces)));
        }
        String includedData = includedData(api.query(exchange, "includedData"), errors);
        int pageSize = pageSize(api.query(exchange, "pageSize"), errors);
        String pageToken = api.query(exchange, "pageToken");
        if (pageToken != null && pageToken.length() > MAX_PAGE_TOKEN_LENGTH) {
            errors.add(new ApiProblem.FieldError("pageToken", "is longer than any token Amazon gives"));
        }
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new Query(marketplace != null ? marketplace : marketplaces.get(0), keywords, identifiers,
                byKeywords ? null : identifiersType, includedData, pageSize, pageToken);
    }

    /** Route step after the call. */
    public void respond(Exchange exchange) {
        CatalogSearchPage page = exchange.getMessage().getBody(CatalogSearchPage.class);
        String marketplace = exchange.getMessage().getHeader(AmazonSpConstants.MARKETPLACE_IDS, String.class);
        api.respond(exchange, 200, new SearchResult(marketplace, page.numberOfResults(), page.items(),
                page.nextToken(), page.previousToken()));
    }

    /**
     * The answer: Amazon's items as it sent them, and the tokens to pass back as {@code pageToken}.
     */
    public record SearchResult(String marketplaceId, Integer numberOfResults, List<CatalogSearchPage.CatalogItem> items,
            String nextPageToken, String previousPageToken) {
    }

    private String terms(Exchange exchange, String name, List<ApiProblem.FieldError> errors) {
        String value = api.query(exchange, name);
        if (value == null) {
            return null;
        }
        List<String> terms = Arrays.stream(value.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        if (terms.isEmpty()) {
            errors.add(new ApiProblem.FieldError(name, "has no value between its commas"));
            return null;
        }
        if (terms.size() > AmazonSpPlatformFacts.CATALOG_MAX_SEARCH_TERMS) {
            errors.add(new ApiProblem.FieldError(name, "takes at most " + AmazonSpPlatformFacts.CATALOG_MAX_SEARCH_TERMS
                    + " comma-separated values (Amazon's limit)"));
        }
        return String.join(",", terms);
    }

    private static String includedData(String value, List<ApiProblem.FieldError> errors) {
        if (value == null) {
            return DEFAULT_INCLUDED_DATA;
        }
        List<String> sets = Arrays.stream(value.split(",")).map(String::trim).filter(t -> !t.isEmpty()).toList();
        List<String> unknown = sets.stream().filter(s -> !CatalogQuery.INCLUDED_DATA.contains(s)).toList();
        if (sets.isEmpty() || !unknown.isEmpty()) {
            errors.add(new ApiProblem.FieldError("includedData", "must be comma-separated among "
                    + String.join(", ", CatalogQuery.INCLUDED_DATA.stream().sorted().toList())));
        }
        return String.join(",", sets);
    }

    private static int pageSize(String value, List<ApiProblem.FieldError> errors) {
        if (value == null) {
            return DEFAULT_PAGE_SIZE;
        }
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= AmazonSpPlatformFacts.CATALOG_MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new ApiProblem.FieldError("pageSize", "must be a whole number from 1 to "
                + AmazonSpPlatformFacts.CATALOG_MAX_PAGE_SIZE + " (Amazon's limit)"));
        return DEFAULT_PAGE_SIZE;
    }

    private static void setIfPresent(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }
}
