package com.channelhub.pricing;

import java.util.Optional;

import com.channelhub.platform.Capability;
import com.channelhub.platform.ConnectorRegistry;

/**
 * What a batch sets on the channels. Both kinds share the tables, the claims and the dispatcher (docs/price-batches.md,
 * docs/inventory-batches.md); they differ in what an item carries and in the capability whose route sends it.
 */
public enum BatchKind {
    /** Prices: {@code POST …/prices}, {@code …/price-batches}. */
    PRICE("price", "prices", "prices", "price-batches", Capability.PRICE_PUSH),
    /** Available quantities: {@code POST …/inventory}, {@code …/inventory-batches}. */
    INVENTORY("inventory", "quantities", "inventory", "inventory-batches", Capability.INVENTORY_PUSH);

    private final String noun;
    private final String values;
    private final String submitPath;
    private final String path;
    private final Capability capability;

    BatchKind(String noun, String values, String submitPath, String path, Capability capability) {
        this.noun = noun;
        this.values = values;
        this.submitPath = submitPath;
        this.path = path;
        this.capability = capability;
    }

    /** "price" or "inventory", for messages. */
    public String noun() {
        return noun;
    }

    /** Where the API takes a new batch of this kind: {@code POST /api/projects/{slug}/<submitPath>}. */
    public String submitPath() {
        return submitPath;
    }

    /** The API collection of this kind's batches, e.g. {@code inventory-batches}. */
    public String path() {
        return path;
    }

    /** The connector capability that sends this kind. */
    public Capability capability() {
        return capability;
    }

    /** Why a target was not sent because a newer batch of the same kind sets its SKU on its channel. */
    public String supersededMessage() {
        return "Not sent: a newer batch sets this SKU's " + noun + " on this channel.";
    }

    /** Why a target was not sent to a platform whose connector lacks this kind's capability. */
    public String unsupported(String platform) {
        return "Not sent: " + platform + " integrations take no " + values + " (the platform's connector has no "
                + capability + "; see GET /api/platforms).";
    }

    /**
     * The endpoint that sends a chunk of this kind to a platform, as the platform's connector declares it for the
     * kind's capability (e.g. {@code direct:amazon-inventory-push}); empty when the platform lacks it.
     */
    public Optional<String> route(ConnectorRegistry platforms, String platform) {
        return platforms.endpoint(platform, capability);
    }
}
