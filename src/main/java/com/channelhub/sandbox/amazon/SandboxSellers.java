package com.channelhub.sandbox.amazon;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/** The sellers the sandbox knows: those in the settings, seeded at start-up, and those added through control. */
@Component
@ConditionalOnAmazonSandbox
class SandboxSellers {

    private static final Pattern SELLER_ID = Pattern.compile("[A-Z0-9]{5,20}");

    private final Map<String, SandboxSeller> sellers = new ConcurrentHashMap<>();

    SandboxSellers(AmazonSandboxProperties properties) {
        properties.sellers().forEach(this::add);
    }

    /** Adds a seller; a seller id already known is an error. */
    SandboxSeller add(AmazonSandboxProperties.Seller spec) {
        if (spec.sellerId() == null || !SELLER_ID.matcher(spec.sellerId()).matches()) {
            throw new IllegalArgumentException("sellerId must be 5 to 20 upper-case letters or digits, like A2DEMOSELLER01");
        }
        if (!SpApiFacts.MARKETPLACES_BY_REGION.getOrDefault(spec.region(), Set.of())
                .contains(spec.marketplaceId())) {
            throw new IllegalArgumentException("marketplace " + spec.marketplaceId() + " is not in region "
                    + spec.region() + " (regions NA, EU, FE with their marketplace ids)");
        }
        if (spec.skuCount() < 0 || spec.skuCount() > SandboxSeller.MAX_SKUS) {
            throw new IllegalArgumentException("skuCount must be between 0 and " + SandboxSeller.MAX_SKUS);
        }
        if (spec.skuPrefix() == null || spec.skuPrefix().isBlank() || spec.currency() == null) {
            throw new IllegalArgumentException("skuPrefix and currency must not be empty");
        }
        SandboxSeller seller = new SandboxSeller(spec);
        if (sellers.putIfAbsent(spec.sellerId(), seller) != null) {
            throw new IllegalArgumentException("seller " + spec.sellerId() + " exists already");
        }
        return seller;
    }

    Optional<SandboxSeller> find(String sellerId) {
        return sellerId == null ? Optional.empty() : Optional.ofNullable(sellers.get(sellerId));
    }

    Collection<SandboxSeller> all() {
        return List.copyOf(sellers.values());
    }

    /** Sellers selling in a marketplace: the catalog there is the union of their listings. */
    List<SandboxSeller> inMarketplace(String marketplaceId) {
        return sellers.values().stream().filter(seller -> seller.marketplaceId().equals(marketplaceId))
                .sorted(Comparator.comparing(SandboxSeller::sellerId)).toList();
    }
}
