package com.channelhub.project;

/**
 * The answer that carries a new API key in plaintext: the only time the key is ever shown.
 *
 * @param project the project
 * @param apiKey  the key's listing
 * @param key     the plaintext key; store it now, the hub keeps only its hash
 */
public record IssuedKeyView(ProjectView project, ApiKeyView apiKey, String key) {
}
