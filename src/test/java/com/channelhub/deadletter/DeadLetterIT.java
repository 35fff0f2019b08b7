package com.channelhub.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import com.channelhub.project.ProjectRepository;
import com.channelhub.support.HubHttp;
import com.channelhub.support.HubIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

@HubIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        // price batches are dispatched by the main test context only: it owns their sandbox
        "hub.price-batches.dispatch-enabled=false",
        "logging.level.com.channelhub=DEBUG", "logging.level.org.apache.camel=INFO"})
class DeadLetterIT {

    private static final String SECRET = "Bearer dead-letter-secret-4f8a1c";

    /** A flow step that creates a project in its own transaction and then fails, until it is "fixed". */
    static class FlakyStep {
        final AtomicBoolean broken = new AtomicBoolean(true);
        final AtomicInteger calls = new AtomicInteger();
        private final TransactionTemplate transactions;
        private final ProjectRepository projects;

        FlakyStep(TransactionTemplate transactions, ProjectRepository projects) {
            this.transactions = transactions;
            this.projects = projects;
        }

        public void process(Exchange exchange) {
            calls.incrementAndGet();
            String slug = exchange.getIn().getHeader("slug", String.class);
            transactions.executeWithoutResult(status -> {
                projects.save(new com.channelhub.project.Project(slug, "written by the flaky flow", java.time.Instant.now()));
                if (broken.get()) {
                    throw new IllegalStateException("downstream refused " + exchange.getIn().getBody(String.class));
                }
            });
        }
    }

    @TestConfiguration
    static class FlakyFlow {
        @Bean
        FlakyStep flakyStep(TransactionTemplate transactions, ProjectRepository projects) {
            return new FlakyStep(transactions, projects);
        }

        @Bean
        RouteBuilder flakyRoute(FlakyStep step) {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:flaky-flow").routeId("flaky-flow").routeConfigurationId("hub-error-handling")
                            .process(step::process);
                }
            };
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    FlakyStep step;
    @Autowired
    ProjectRepository projects;
    HubHttp http;

    @BeforeEach
    void setUp() {
        http = new HubHttp(port);
        step.broken.set(true);
        step.calls.set(0);
    }

    private JsonNode sendAndFindDeadLetter(String body, String slug) {
        producer.sendBodyAndHeaders("direct:flaky-flow", body,
                java.util.Map.of("slug", slug, "Authorization", SECRET, "X-Order", "42"));
        JsonNode page = http.get("/api/dead-letters?routeId=flaky-flow&resolved=false&size=200", HubHttp.ADMIN_KEY).json();
        for (JsonNode item : page.get("items")) {
            if (body.equals(item.at("/message/body").asText())) {
                return item;
            }
        }
        throw new AssertionError("no dead letter for " + body + " in " + page);
    }

    @Test
    void failedMessageIsStoredAfterRedeliveriesEvenThoughItsTransactionRolledBack(CapturedOutput output) {
        String slug = HubHttp.uniqueSlug("rolled-back");
        JsonNode letter = sendAndFindDeadLetter("{\"order\":\"" + slug + "\"}", slug);

        assertThat(step.calls.get()).isEqualTo(4);
        assertThat(letter.get("deliveryAttempts").asInt()).isEqualTo(4);
        assertThat(letter.get("routeId").asText()).isEqualTo("flaky-flow");
        assertThat(letter.get("endpointUri").asText()).isEqualTo("direct://flaky-flow");
        assertThat(letter.at("/failure/exceptionClass").asText()).isEqualTo(IllegalStateException.class.getName());
        assertThat(letter.at("/failure/message").asText()).contains("downstream refused");
        assertThat(letter.at("/message/headers/X-Order").asText()).isEqualTo("42");
        assertThat(letter.at("/message/headers/Authorization").asText()).isEqualTo("xxxxxx");
        assertThat(letter.get("resolved").asBoolean()).isFalse();
        assertThat(projects.findBySlug(slug)).isEmpty();

        assertThat(http.get("/api/dead-letters/" + letter.get("id").asText(), HubHttp.ADMIN_KEY).body())
                .doesNotContain("dead-letter-secret");
        assertThat(output.getAll()).doesNotContain("dead-letter-secret");
    }

    @Test
    void replayRecordsAFailureWithoutANewDeadLetterThenSucceedsOnceFixed() {
        String slug = HubHttp.uniqueSlug("replayed");
        JsonNode letter = sendAndFindDeadLetter("{\"order\":\"" + slug + "\"}", slug);
        String id = letter.get("id").asText();
        long before = http.get("/api/dead-letters?routeId=flaky-flow", HubHttp.ADMIN_KEY).json().get("totalItems").asLong();

        HubHttp.Response failed = http.post("/api/dead-letters/" + id + "/replay", HubHttp.ADMIN_KEY, null);
        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.json().at("/replay/count").asInt()).isEqualTo(1);
        assertThat(failed.json().at("/replay/lastOutcome").asText()).isEqualTo("FAILED");
        assertThat(failed.json().at("/replay/lastMessage").asText()).contains("downstream refused");
        assertThat(failed.json().get("resolved").asBoolean()).isFalse();
        assertThat(http.get("/api/dead-letters?routeId=flaky-flow", HubHttp.ADMIN_KEY).json().get("totalItems").asLong())
                .isEqualTo(before);

        step.broken.set(false);
        HubHttp.Response succeeded = http.post("/api/dead-letters/" + id + "/replay", HubHttp.ADMIN_KEY, null);
        assertThat(succeeded.json().at("/replay/count").asInt()).isEqualTo(2);
        assertThat(succeeded.json().at("/replay/lastOutcome").asText()).isEqualTo("SUCCEEDED");
        assertThat(succeeded.json().get("resolved").asBoolean()).isTrue();
        assertThat(projects.findBySlug(slug)).isPresent();

        assertThat(http.post("/api/dead-letters/" + id + "/replay", HubHttp.ADMIN_KEY, null).status()).isEqualTo(409);
    }

    @Test
    void deadLettersAreForTheAdminOnly() {
        String projectKey = http.createProject(HubHttp.uniqueSlug("dl"));

        assertThat(http.get("/api/dead-letters", projectKey).status()).isEqualTo(401);
        assertThat(http.get("/api/dead-letters", null).status()).isEqualTo(401);
    }

    @Test
    void unknownDeadLetterIsNotFoundAndBadFiltersAreNamed() {
        assertThat(http.get("/api/dead-letters/" + java.util.UUID.randomUUID(), HubHttp.ADMIN_KEY).status()).isEqualTo(404);
        HubHttp.Response bad = http.get("/api/dead-letters?resolved=maybe&since=yesterday", HubHttp.ADMIN_KEY);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asText()).isEqualTo("resolved");
    }

    @Test
    void deadLetterCanBeMarkedResolvedWithoutReplay() {
        String slug = HubHttp.uniqueSlug("resolved");
        String id = sendAndFindDeadLetter("{\"order\":\"" + slug + "\"}", slug).get("id").asText();

        HubHttp.Response resolved = http.post("/api/dead-letters/" + id + "/resolve", HubHttp.ADMIN_KEY, null);

        assertThat(resolved.json().get("resolved").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(5)).until(() -> http.get("/api/dead-letters/" + id, HubHttp.ADMIN_KEY)
                .json().get("resolvedAt") != null);
    }
}
