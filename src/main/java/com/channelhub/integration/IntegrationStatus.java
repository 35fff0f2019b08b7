package com.channelhub.integration;

/** Where an integration stands with its platform. */
public enum IntegrationStatus {
    /** Created; not yet authorized or not yet verified against the platform. */
    PENDING,
    /** Authorized and usable. */
    CONNECTED,
    /** The platform refused the stored grant (revoked, expired, rotated secret): the merchant must authorize again. */
    NEEDS_REAUTH,
    /** Failing for a reason other than authorization; see the status reason. */
    ERROR,
    /** Removed by the project or uninstalled by the merchant; credentials are wiped. */
    DISCONNECTED
}
