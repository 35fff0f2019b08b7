package com.channelhub.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OAuthCallbackErrorsTest {

    @Test
    void browsersGetHtmlAndApiClientsProblemJson() {
        assertThat(OAuthCallbackErrors.prefersHtml(OAuthCallbackErrorPageIT.BROWSER_ACCEPT)).isTrue();
        assertThat(OAuthCallbackErrors.prefersHtml("text/html")).isTrue();
        assertThat(OAuthCallbackErrors.prefersHtml("application/json, text/html;q=0.5")).isFalse();
        assertThat(OAuthCallbackErrors.prefersHtml("application/problem+json")).isFalse();
        assertThat(OAuthCallbackErrors.prefersHtml("*/*")).isFalse();
        assertThat(OAuthCallbackErrors.prefersHtml("text/*")).isFalse();
        assertThat(OAuthCallbackErrors.prefersHtml("text/html;q=0")).isFalse();
        assertThat(OAuthCallbackErrors.prefersHtml("not a media type;;")).isFalse();
        assertThat(OAuthCallbackErrors.prefersHtml(null)).isFalse();
    }

    @Test
    void adviceSaysWhatToDoForEachKindOfRefusal() {
        assertThat(OAuthCallbackErrorPage.advice(400, "SHOPIFY")).startsWith("Start the installation again");
        assertThat(OAuthCallbackErrorPage.advice(404, "AMAZON")).contains("not set up for Amazon");
        assertThat(OAuthCallbackErrorPage.advice(503, "AMAZON")).contains("Wait a minute, then connect the seller again");
        assertThat(OAuthCallbackErrorPage.advice(500, "SHOPIFY")).contains("error id");
    }
}
