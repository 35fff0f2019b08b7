package com.channelhub.platform;

/**
 * How the console offers to add an integration of a platform: a button with this label leading to this page.
 *
 * @param label the button's text, e.g. "Add a Shopify store"
 * @param path  the console page under the project, e.g. "integrations/shopify/install" for /p/{slug}/integrations/shopify/install
 */
public record ConsoleInstall(String label, String path) {
}
