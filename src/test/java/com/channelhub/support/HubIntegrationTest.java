package com.channelhub.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole hub on a free port (see {@link HubTestPort}), on PostgreSQL ({@code hub-test.properties}), with real HTTP on loopback.
 * Tests keep their data apart by creating their own projects, so they can share one database and context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAvailable.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = HubTestPort.class)
@TestPropertySource(locations = "classpath:hub-test.properties")
@CamelSpringBootTest
// metrics export is off in Spring Boot tests unless asked for; the hub promises /actuator/prometheus
@AutoConfigureObservability
public @interface HubIntegrationTest {
}
