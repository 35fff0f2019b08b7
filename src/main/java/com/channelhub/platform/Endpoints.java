package com.channelhub.platform;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A connector's capabilities and the endpoints that perform them, built once by its descriptor: capabilities done
 * by a route name their endpoint, the others (a pasted token) are declared without one.
 */
public final class Endpoints {

    private final Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    private final Map<Capability, String> uris = new EnumMap<>(Capability.class);

    public Endpoints with(Capability capability, String endpointUri) {
        capabilities.add(capability);
        uris.put(capability, endpointUri);
        return this;
    }

    public Endpoints with(Capability capability) {
        capabilities.add(capability);
        return this;
    }

    public Set<Capability> capabilities() {
        return Collections.unmodifiableSet(capabilities);
    }

    public Optional<String> endpoint(Capability capability) {
        return Optional.ofNullable(uris.get(capability));
    }
}
