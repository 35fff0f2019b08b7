package com.channelhub.connector.amazon;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

import com.channelhub.connector.PriceChange;

/**
 * Checks a price before it goes to Amazon, so an obviously wrong one is refused with a reason instead of an Amazon
 * issue minutes later: a SKU, a positive price, the marketplace's currency and no more decimals than the currency
 * has (two for USD/EUR/GBP/CAD/MXN, none for JPY).
 */
final class PriceValidator {

    private PriceValidator() {
    }

    /** The reason the change cannot be sent, or empty when it can. */
    static Optional<String> problem(PriceChange change, String marketplaceId, String marketplaceCurrency) {
        if (change.sku() == null || change.sku().isBlank()) {
            return Optional.of("the price change has no SKU");
        }
        BigDecimal price = change.price();
        if (price == null) {
            return Optional.of("no price given for SKU " + change.sku());
        }
        if (price.signum() <= 0) {
            return Optional.of("price " + price.toPlainString() + " for SKU " + change.sku() + " is not positive");
        }
        if (change.currency() == null || !change.currency().equalsIgnoreCase(marketplaceCurrency)) {
            return Optional.of("price for SKU " + change.sku() + " is in " + change.currency() + " but marketplace "
                    + marketplaceId + " sells in " + marketplaceCurrency);
        }
        int digits = fractionDigits(marketplaceCurrency);
        if (price.stripTrailingZeros().scale() > digits) {
            return Optional.of("price " + price.toPlainString() + " for SKU " + change.sku() + " has more than "
                    + digits + " decimals, which " + marketplaceCurrency + " does not allow");
        }
        if (change.compareAtPrice() != null && change.compareAtPrice().signum() <= 0) {
            return Optional.of("compare-at price " + change.compareAtPrice().toPlainString() + " for SKU "
                    + change.sku() + " is not positive");
        }
        return Optional.empty();
    }

    private static int fractionDigits(String currency) {
        try {
            int digits = Currency.getInstance(currency.toUpperCase(java.util.Locale.ROOT)).getDefaultFractionDigits();
            return digits < 0 ? 2 : digits;
        } catch (IllegalArgumentException e) {
            return 2;
        }
    }
}
