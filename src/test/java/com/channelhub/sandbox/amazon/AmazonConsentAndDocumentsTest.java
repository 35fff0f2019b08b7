package com.channelhub.sandbox.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.channelhub.config.HubProperties;
import com.channelhub.support.TestHubProperties;
import com.channelhub.config.HubSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** What the integration tests' shared settings cannot show: auto-approval, the default redirect URI, URL expiry. */
class AmazonConsentAndDocumentsTest {

    private final MovableClock clock = new MovableClock();
    private final AmazonSandboxProperties properties = new AmazonSandboxProperties(true, null, 1.0,
            Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofMinutes(5), Duration.ZERO, Duration.ZERO,
            Duration.ZERO, 5, Duration.ofMinutes(5), Duration.ZERO, Duration.ZERO, Duration.ZERO, false, null);
    private final HubProperties hub = new HubProperties(null, "http://hub.test:8080", null, null, null, null, null,
            TestHubProperties.amazon("amzn1.sp.solution.app", "client", "secret"));

    @AfterEach
    void clearRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void withAutoApproveTheConsentRedirectsAtOnceToTheHubsOwnCallback() {
        ConsentController consent = new ConsentController(new LwaService(hub, properties, clock),
                new SandboxSellers(properties), properties,
                new HubSettings(null, URI.create("http://hub.test:8080/"), null, false, Set.of(), 0, 0, 0));

        ResponseEntity<String> answer = consent.consent("amzn1.sp.solution.app", "st-1", null, null, null);

        assertThat(answer.getStatusCode().value()).isEqualTo(302);
        URI location = answer.getHeaders().getLocation();
        assertThat(location.toString()).startsWith("http://hub.test:8080/api/platforms/amazon/oauth/callback?");
        Map<String, String> query = UriComponentsBuilder.fromUri(location).build().getQueryParams().toSingleValueMap();
        assertThat(query).containsEntry("state", "st-1").containsEntry("selling_partner_id", "A2DEMOSELLER01")
                .containsKey("spapi_oauth_code");
    }

    @Test
    void aPresignedUrlExpiresAfterFiveMinutesAndServesOnlyItsMethod() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        SandboxDocuments documents = new SandboxDocuments(properties, clock);
        SandboxSeller seller = new SandboxSellers(properties).find("A2DEMOSELLER01").orElseThrow();
        SandboxDocuments.Document document = documents.createUpload(seller, "application/json");
        Map<String, String> query = UriComponentsBuilder.fromUriString(documents.presignedUrl(document, "PUT")).build()
                .getQueryParams().toSingleValueMap();
        List<String> signed = List.of(query.get("X-Amz-Date"), query.get("X-Amz-Expires"), query.get("X-Amz-Signature"));

        assertThat(documents.checkUrl("PUT", document.id(), signed.get(0), signed.get(1), signed.get(2))).isNull();
        assertThat(documents.checkUrl("GET", document.id(), signed.get(0), signed.get(1), signed.get(2)))
                .startsWith("SignatureDoesNotMatch");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        assertThat(documents.checkUrl("PUT", document.id(), signed.get(0), signed.get(1), signed.get(2)))
                .containsExactly("AccessDenied", "Request has expired");
    }

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
