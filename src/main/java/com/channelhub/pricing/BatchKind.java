package com.channelhub.pricing;

/**
 * What a batch sets on the channels. Both kinds share the tables, the claims and the dispatcher (docs/price-batches.md,
 * docs/inventory-batches.md); they differ in what an item carries and in the platform routes that send it.
 */
public enum BatchKind {
    /** Prices: {@code POST …/prices}, {@code …/price-batches}. */
    PRICE("price", "price-batches"),
    /** Available quantities: {@code POST …/inventory}, {@code …/inventory-batches}. */
    INVENTORY("inventory", "inventory-batches");

    private final String noun;
    private final String path;

    BatchKind(String noun, String path) {
        this.noun = noun;
        this.path = path;
    }

    /** "price" or "inventory", for messages. */
    public String noun() {
        return noun;
    }

    /** The API collection of this kind's batches, e.g. {@code inventory-batches}. */
    public String path() {
        return path;
    }

    /** Why a target was not sent because a newer batch of the same kind sets its SKU on its channel. */
    public String supersededMessage() {
        return "Not sent: a newer batch sets this SKU's " + noun + " on this channel.";
    }

    /**
     * The route that sends a chunk of this kind to a platform. One small method so that the platform choice can move
     * to a connector registry: the inventory routes are named {@code direct:<platform>-inventory-push}.
     */
    public String route(String platform) {
        return this == PRICE ? "direct:price-batch-push"
                : "direct:" + platform.toLowerCase(java.util.Locale.ROOT) + "-inventory-push";
    }
}
