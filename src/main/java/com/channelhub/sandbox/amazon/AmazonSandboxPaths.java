package com.channelhub.sandbox.amazon;

/**
 * Where the simulator answers. Each real Amazon host maps to a prefix on the hub, followed by the real path, so a
 * connector swaps base URLs and nothing else.
 */
final class AmazonSandboxPaths {

    static final String ROOT = "/sandbox/amazon";
    /** {@code https://api.amazon.com} (LWA token endpoint {@code /auth/o2/token}). */
    static final String LWA = ROOT + "/lwa";
    /** {@code https://sellercentral.amazon.com} (consent page {@code /apps/authorize/consent}). */
    static final String SELLER_CENTRAL = ROOT + "/sellercentral";
    /** {@code https://sellingpartnerapi-{na,eu,fe}.amazon.com}: {@code /sp/na}, {@code /sp/eu}, {@code /sp/fe}. */
    static final String SP_API = ROOT + "/sp/{region}";
    /** Presigned S3 document URLs. */
    static final String DOCUMENTS = ROOT + "/documents";
    /** The sandbox's own control API (sellers, counters, faults). */
    static final String CONTROL = ROOT + "/_control";

    private AmazonSandboxPaths() {
    }
}
