package com.channelhub.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import com.channelhub.catalog.ProductCursor;
import com.channelhub.catalog.ProductSearch;
import com.channelhub.catalog.ProductSort;
import com.channelhub.integration.PlatformIntegration;
import com.channelhub.platform.ConnectorRegistry;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Reads the query of {@code GET /products} into a {@link ProductSearch}. Every parameter is checked and every bad
 * one reported in the same 400, so a client fixes its request in one go.
 */
@Component
public class ProductSearchParams {

    static final int DEFAULT_SIZE = 50;
    static final int MAX_TEXT_LENGTH = 200;

    private final ApiExchanges api;

    private final ConnectorRegistry platforms;

    public ProductSearchParams(ApiExchanges api, ConnectorRegistry platforms) {
        this.api = api;
        this.platforms = platforms;
    }

    public ProductSearch read(Exchange exchange, List<PlatformIntegration> projectIntegrations) {
        List<ApiProblem.FieldError> errors = new ArrayList<>();
        String text = text(exchange, "q", errors);
        String sku = text(exchange, "sku", errors);
        List<UUID> integrations = integrations(exchange, projectIntegrations, errors);
        Set<String> statuses = statuses(api.query(exchange, "status"), errors);
        BigDecimal minPrice = price(exchange, "minPrice", errors);
        BigDecimal maxPrice = price(exchange, "maxPrice", errors);
        if (minPrice != null && maxPrice != null && minPrice.compareTo(maxPrice) > 0) {
            errors.add(new ApiProblem.FieldError("maxPrice", "must not be below minPrice"));
        }
        Instant since = instant(exchange, "updatedSince", errors);
        ProductSort sort = sort(api.query(exchange, "sort"), errors);
        boolean descending = descending(api.query(exchange, "order"), errors);
        int size = size(api.query(exchange, "size"), errors);
        ProductCursor after = cursor(api.query(exchange, "cursor"), sort, descending, errors);
        if (!errors.isEmpty()) {
            throw ApiProblem.invalid(errors);
        }
        return new ProductSearch(integrations, text, sku, statuses, minPrice, maxPrice, since, sort, descending, after,
                size);
    }

    private String text(Exchange exchange, String name, List<ApiProblem.FieldError> errors) {
        String value = api.query(exchange, name);
        if (value != null && value.length() > MAX_TEXT_LENGTH) {
            errors.add(new ApiProblem.FieldError(name, "must be at most " + MAX_TEXT_LENGTH + " characters"));
            return null;
        }
        return value;
    }

    /** The project's integrations, narrowed by {@code platform} and {@code integrationId}. */
    private List<UUID> integrations(Exchange exchange, List<PlatformIntegration> all, List<ApiProblem.FieldError> errors) {
        String platform = api.query(exchange, "platform");
        String integrationId = api.query(exchange, "integrationId");
        String wantedPlatform = platform == null ? null : platform.toUpperCase(Locale.ROOT);
        if (wantedPlatform != null && !platforms.codes().contains(wantedPlatform)) {
            errors.add(new ApiProblem.FieldError("platform", "must be one of " + String.join(", ",
                    platforms.codes().stream().sorted().toList())));
        }
        UUID wantedId = null;
        if (integrationId != null) {
            try {
                wantedId = UUID.fromString(integrationId);
            } catch (IllegalArgumentException e) {
                errors.add(new ApiProblem.FieldError("integrationId", "must be a UUID"));
            }
            UUID id = wantedId;
            if (id != null && all.stream().noneMatch(i -> i.getId().equals(id))) {
                errors.add(new ApiProblem.FieldError("integrationId", "is not an integration of this project"));
            }
        }
        UUID id = wantedId;
        return all.stream()
                .filter(i -> wantedPlatform == null || wantedPlatform.equals(i.getPlatform()))
                .filter(i -> id == null || id.equals(i.getId()))
                .map(PlatformIntegration::getId).toList();
    }

    private static Set<String> statuses(String value, List<ApiProblem.FieldError> errors) {
        Set<String> statuses = new LinkedHashSet<>();
        if (value == null) {
            return statuses;
        }
        for (String status : value.split(",")) {
            String normalized = status.trim().toLowerCase(Locale.ROOT);
            if (!ProductSearch.STATUSES.contains(normalized)) {
                errors.add(new ApiProblem.FieldError("status", "'" + status.trim() + "' is not one of "
                        + String.join(", ", ProductSearch.STATUSES.stream().sorted().toList())
                        + " (several may be given, comma-separated)"));
                continue;
            }
            statuses.add(normalized);
        }
        return statuses;
    }

    private BigDecimal price(Exchange exchange, String name, List<ApiProblem.FieldError> errors) {
        String value = api.query(exchange, name);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal price = new BigDecimal(value);
            if (price.signum() >= 0) {
                return price;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new ApiProblem.FieldError(name, "must be a decimal number of at least 0, such as 19.99"));
        return null;
    }

    private Instant instant(Exchange exchange, String name, List<ApiProblem.FieldError> errors) {
        String value = api.query(exchange, name);
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(new ApiProblem.FieldError(name, "must be an ISO-8601 instant such as 2026-01-31T12:00:00Z"));
            return null;
        }
    }

    private static ProductSort sort(String value, List<ApiProblem.FieldError> errors) {
        if (value == null) {
            return ProductSort.TITLE;
        }
        return ProductSort.fromParameter(value).orElseGet(() -> {
            errors.add(new ApiProblem.FieldError("sort", "must be one of " + ProductSort.choices()));
            return ProductSort.TITLE;
        });
    }

    private static boolean descending(String value, List<ApiProblem.FieldError> errors) {
        if (value == null || value.equalsIgnoreCase("asc")) {
            return false;
        }
        if (value.equalsIgnoreCase("desc")) {
            return true;
        }
        errors.add(new ApiProblem.FieldError("order", "must be asc or desc"));
        return false;
    }

    private static int size(String value, List<ApiProblem.FieldError> errors) {
        if (value == null) {
            return DEFAULT_SIZE;
        }
        try {
            int size = Integer.parseInt(value);
            if (size >= 1 && size <= ApiExchanges.MAX_PAGE_SIZE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new ApiProblem.FieldError("size", "must be a whole number from 1 to " + ApiExchanges.MAX_PAGE_SIZE));
        return DEFAULT_SIZE;
    }

    /** A cursor continues the order it was made for: another sort or direction would skip or repeat products. */
    private static ProductCursor cursor(String value, ProductSort sort, boolean descending,
            List<ApiProblem.FieldError> errors) {
        if (value == null) {
            return null;
        }
        ProductCursor cursor = ProductCursor.decode(value).orElse(null);
        if (cursor == null || ProductSort.fromParameter(cursor.sort()).isEmpty()
                || ProductSort.fromParameter(cursor.sort()).get().keyValueOf(cursor.key()).isEmpty()) {
            errors.add(new ApiProblem.FieldError("cursor", "is not a cursor this API gave (use nextCursor as is)"));
            return null;
        }
        if (!cursor.sort().equals(sort.parameter()) || cursor.descending() != descending) {
            errors.add(new ApiProblem.FieldError("cursor", "was made for sort=" + cursor.sort() + "&order="
                    + (cursor.descending() ? "desc" : "asc") + ": send the same sort and order with it"));
            return null;
        }
        return cursor;
    }
}
