package com.channelhub.platform;

/**
 * How the console offers to add an integration of a platform: a button with this label leading to this page. The
 * same page connects an account again (after a refused grant, a disconnect): it takes the account in an
 * {@code account} query parameter to fill in its form.
 *
 * @param label     the button's text, e.g. "Add a Shopify store"
 * @param path      the console page under the project, e.g. "integrations/shopify/install" for /p/{slug}/integrations/shopify/install
 * @param connected the notice on the integration's page once an account is connected through it, e.g. "Shopify store installed."
 */
public record ConsoleInstall(String label, String path, String connected) {
}
