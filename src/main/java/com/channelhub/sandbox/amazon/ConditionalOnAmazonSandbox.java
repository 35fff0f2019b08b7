package com.channelhub.sandbox.amazon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** The simulator's beans exist only when {@code hub.sandbox.enabled=true} (the default run and the tests). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnProperty(prefix = "hub.sandbox", name = "enabled", havingValue = "true")
@interface ConditionalOnAmazonSandbox {
}
