package com.channelhub.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import com.channelhub.api.ApiProblem.FieldError;

/**
 * What a well-formed account looks like on each platform, checked before anything is stored.
 * Sources: Shopify's shop-hostname rule and Amazon's regions and marketplace ids in the hub's platform facts.
 */
final class PlatformAccountRules {

    /** Shopify: only {@code *.myshopify.com} hosts, never one the merchant typed otherwise. */
    static final Pattern SHOP_DOMAIN = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9-]*\\.myshopify\\.com$");
    /** Amazon selling-partner (merchant) ids are upper-case alphanumerics, typically 13-14 characters. */
    static final Pattern SELLER_ID = Pattern.compile("^[A-Z0-9]{8,20}$");
    static final Pattern MARKETPLACE_ID = Pattern.compile("^[A-Z0-9]{9,15}$");
    static final Set<String> AMAZON_REGIONS = Set.of("NA", "EU", "FE");

    private PlatformAccountRules() {
    }

    static List<FieldError> check(String platform, String externalAccount, String region, List<String> marketplaceIds) {
        List<FieldError> errors = new ArrayList<>();
        switch (platform) {
            case "SHOPIFY" -> {
                if (!SHOP_DOMAIN.matcher(externalAccount).matches()) {
                    errors.add(new FieldError("externalAccount",
                            "must be the shop's myshopify.com domain, e.g. example.myshopify.com"));
                }
                if (region != null || (marketplaceIds != null && !marketplaceIds.isEmpty())) {
                    errors.add(new FieldError("region", "region and marketplaceIds apply to Amazon only"));
                }
            }
            case "AMAZON" -> {
                if (!SELLER_ID.matcher(externalAccount).matches()) {
                    errors.add(new FieldError("externalAccount",
                            "must be the Amazon selling-partner id (upper-case letters and digits), e.g. A2EXAMPLE12345"));
                }
                if (region == null || !AMAZON_REGIONS.contains(region)) {
                    errors.add(new FieldError("region", "must be one of NA, EU, FE"));
                }
                errors.addAll(checkMarketplaces(marketplaceIds, true));
            }
            default -> {
                // other platforms bring their own rules with their connectors
            }
        }
        return errors;
    }

    static List<FieldError> checkMarketplaces(List<String> marketplaceIds, boolean required) {
        List<FieldError> errors = new ArrayList<>();
        if (marketplaceIds == null || marketplaceIds.isEmpty()) {
            if (required) {
                errors.add(new FieldError("marketplaceIds", "at least one marketplace id is required, e.g. ATVPDKIKX0DER"));
            }
            return errors;
        }
        for (int i = 0; i < marketplaceIds.size(); i++) {
            if (!MARKETPLACE_ID.matcher(marketplaceIds.get(i)).matches()) {
                errors.add(new FieldError("marketplaceIds[" + i + "]", "is not an Amazon marketplace id, e.g. ATVPDKIKX0DER"));
            }
        }
        return errors;
    }
}
