package com.channelhub.configcheck;

/**
 * One line of the configuration check.
 *
 * @param area   what it is about: Settings, Shopify, Amazon, Encryption, Database, an integration
 * @param check  what was checked, e.g. a variable name
 * @param status PASS, WARN or FAIL
 * @param detail what was found (never a secret)
 * @param action what to do about a WARN or FAIL; null on PASS
 */
public record CheckResult(String area, String check, CheckStatus status, String detail, String action) {

    static CheckResult pass(String area, String check, String detail) {
        return new CheckResult(area, check, CheckStatus.PASS, detail, null);
    }

    static CheckResult warn(String area, String check, String detail, String action) {
        return new CheckResult(area, check, CheckStatus.WARN, detail, action);
    }

    static CheckResult fail(String area, String check, String detail, String action) {
        return new CheckResult(area, check, CheckStatus.FAIL, detail, action);
    }
}
