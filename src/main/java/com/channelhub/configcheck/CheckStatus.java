package com.channelhub.configcheck;

/** A check's verdict: FAIL stops a go-live (and makes {@code --check-config} exit non-zero), WARN asks a look. */
public enum CheckStatus {
    PASS, WARN, FAIL
}
