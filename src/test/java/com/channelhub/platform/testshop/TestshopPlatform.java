package com.channelhub.platform.testshop;

import java.util.ArrayList;
import java.util.List;

import com.channelhub.api.ApiProblem.FieldError;
import com.channelhub.platform.Capability;
import com.channelhub.platform.Endpoints;
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

    private static final Endpoints ENDPOINTS = new Endpoints()
            .with(Capability.CATALOG_PULL_FULL, "direct:testshop-product-pull");

    @Override
    public Endpoints endpoints() {
        return ENDPOINTS;
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
