package com.channelhub.console;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import com.channelhub.catalog.ListingSummary;
import com.channelhub.catalog.ProductSort;
import com.channelhub.integration.IntegrationStatus;
import org.springframework.stereotype.Component;

/** How the products pages word a catalog's statuses and a marketplace listing's details ({@code @productFormat}). */
@Component("productFormat")
public class ProductFormat {

    private final ConsoleFormat consoleFormat;

    public ProductFormat(ConsoleFormat consoleFormat) {
        this.consoleFormat = consoleFormat;
    }

    /** The catalog's lower-case status as a label: "active" → "Active". */
    public String status(String status) {
        return status == null || status.isEmpty() ? "—" : status.substring(0, 1).toUpperCase(Locale.ROOT)
                + status.substring(1);
    }

    /** CSS modifier: live products in green, those a buyer cannot see in amber, gone ones grey. */
    public String statusTone(String status) {
        return switch (status == null ? "" : status) {
            case "active" -> "ok";
            case "draft", "inactive", "incomplete" -> "warn";
            default -> "muted";
        };
    }

    /**
     * Who fulfils a listing. SP-API Listings Items 2021-08-01, {@code fulfillmentAvailability.fulfillmentChannelCode}:
     * {@code DEFAULT} is the seller's own fulfilment, {@code AMAZON_NA}, {@code AMAZON_EU}, … Amazon's (FBA).
     * Empty for channels without the notion (Shopify).
     */
    public String fulfillment(String channelCode) {
        if (channelCode == null || channelCode.isBlank()) {
            return "";
        }
        return "DEFAULT".equals(channelCode) ? "Seller-fulfilled" : "FBA (" + channelCode + ")";
    }

    /** The listing summary's statuses: "BUYABLE,DISCOVERABLE" → "Buyable, discoverable"; none → "Not buyable". */
    public String listingStatus(ListingSummary listing) {
        if (listing == null || listing.listingStatus() == null) {
            return "";
        }
        if (listing.listingStatus().isBlank()) {
            return "Not buyable or discoverable";
        }
        String words = Arrays.stream(listing.listingStatus().split(",")).map(String::trim)
                .map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    /** "No issues", or "2 issues, the worst an error". */
    public String issues(ListingSummary listing) {
        if (listing == null || listing.issueCount() == null) {
            return "";
        }
        int count = listing.issueCount();
        if (count == 0) {
            return "No issues";
        }
        String severity = listing.issueSeverity() == null ? "" : listing.issueSeverity().toLowerCase(Locale.ROOT);
        String worst = severity.isEmpty() ? "" : (count == 1 ? ": " : ", the worst ")
                + (severity.startsWith("e") ? "an " : "a ") + severity;
        return count + (count == 1 ? " issue" : " issues") + worst;
    }

    public String issueTone(ListingSummary listing) {
        if (listing == null || listing.issueCount() == null || listing.issueCount() == 0) {
            return "ok";
        }
        return "ERROR".equals(listing.issueSeverity()) ? "bad" : "warn";
    }

    /** An order of the search form. */
    public String sort(ProductSort sort) {
        return switch (sort) {
            case TITLE -> "Title";
            case SKU -> "SKU (a product's lowest)";
            case PRICE -> "Price (a product's lowest)";
            case UPDATED_AT -> "Last change";
        };
    }

    /** A channel's integration status as the integrations page words it. */
    public String integrationStatus(String status) {
        return java.util.Arrays.stream(IntegrationStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .map(consoleFormat::status).orElse(String.valueOf(status));
    }

    public String quantity(Integer quantity) {
        return quantity == null ? "—" : quantity.toString();
    }
}
