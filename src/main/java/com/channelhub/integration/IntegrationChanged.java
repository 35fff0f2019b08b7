package com.channelhub.integration;

import java.util.UUID;

/** An integration's status or settings changed; published inside the transaction that changed it. */
public record IntegrationChanged(UUID integrationId) {
}
