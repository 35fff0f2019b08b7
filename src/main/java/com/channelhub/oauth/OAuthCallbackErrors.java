package com.channelhub.oauth;

import java.util.List;

import com.channelhub.api.ApiErrorHandling;
import com.channelhub.api.Problem;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The {@code oauth-callback-errors} route configuration of the Shopify and Amazon OAuth callbacks. A merchant's
 * browser lands on a callback, so a refusal there is answered with a readable page when the request asks for HTML
 * ({@code Accept: text/html}, as browsers send); API clients and scripts keep problem+json. The failures map to the
 * same problems as in {@code api-errors}.
 */
@Component("oauthCallbackErrors")
public class OAuthCallbackErrors extends RouteConfigurationBuilder {

    public static final String ID = "oauth-callback-errors";
    /** Exchange property: the request asked for HTML (the callback drops its request headers early). */
    static final String PREFERS_HTML = "HubPrefersHtml";
    /** Exchange property: the callback's {@code state}, to find the project even when the state is refused. */
    static final String STATE = "HubOAuthStateValue";

    private static final List<MediaType> JSON_TYPES = List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON);

    private final ApiErrorHandling apiErrors;
    private final OAuthCallbackErrorPage page;

    public OAuthCallbackErrors(ApiErrorHandling apiErrors, OAuthCallbackErrorPage page) {
        this.apiErrors = apiErrors;
        this.page = page;
    }

    @Override
    public void configuration() {
        apiErrors.handle(routeConfiguration(ID), this::answer);
    }

    /** First step of a callback route: remembers who is asking and the state, before the request headers go. */
    public void remember(Exchange exchange) {
        exchange.setProperty(PREFERS_HTML, prefersHtml(exchange.getIn().getHeader("Accept", String.class)));
        exchange.setProperty(STATE, exchange.getIn().getHeader("state", String.class));
    }

    private void answer(Exchange exchange, Problem problem) {
        if (Boolean.TRUE.equals(exchange.getProperty(PREFERS_HTML, Boolean.class))) {
            page.write(exchange, problem);
        } else {
            apiErrors.write(exchange, problem);
        }
    }

    /**
     * True when the Accept header names HTML ({@code text/html} or XHTML) with a higher quality than JSON; wildcards
     * alone ({@code *}{@code /*}, as curl sends) and no header at all mean an API client.
     */
    static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        double html = quality(types, List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_XHTML_XML));
        return html > 0 && html > quality(types, JSON_TYPES);
    }

    /** The highest quality the header gives one of the types by name (wildcards do not count). */
    private static double quality(List<MediaType> accepted, List<MediaType> wanted) {
        return accepted.stream().filter(a -> !a.isWildcardType() && !a.isWildcardSubtype())
                .filter(a -> wanted.stream().anyMatch(w -> w.equalsTypeAndSubtype(a)))
                .mapToDouble(MediaType::getQualityValue).max().orElse(0);
    }
}
