package com.channelhub.platform.testshop;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.channelhub.api.ApiProblem.FieldError;
import com.channelhub.platform.Capability;
import com.channelhub.platform.ConfigurationStatus;
import com.channelhub.platform.PlatformConnector;

/**
 * The test-only platform TESTSHOP, registered in {@code META-INF/services/com/channelhub/platform/testshop}: it
 * pulls a catalog ({@code direct:testshop-product-pull}, in {@code testshop/routes/}) and can do nothing else.
 */
public class TestshopPlatform implements PlatformConnector {

    @Override
    public String platform() {
        return "TESTSHOP";
    }

    @Override
    public String displayName() {
        return "Test Shop";
    }

    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.CATALOG_PULL_FULL);
    }

    @Override
    public Optional<String> endpoint(Capability capability) {
        return capability == Capability.CATALOG_PULL_FULL ? Optional.of("direct:testshop-product-pull") : Optional.empty();
    }

    @Override
    public ConfigurationStatus configuration() {
        return ConfigurationStatus.configured();
    }

    @Override
    public List<FieldError> checkAccount(String externalAccount, String region, List<String> marketplaceIds) {
        List<FieldError> errors = new ArrayList<>();
        if (!externalAccount.matches("[a-z0-9-]{3,60}")) {
            errors.add(new FieldError("externalAccount", "must be 3 to 60 lower-case letters, digits or dashes"));
        }
        return errors;
    }
}
