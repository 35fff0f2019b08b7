package com.channelhub.console;

import java.util.Set;

import jakarta.servlet.SessionTrackingMode;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.server.CookieSameSiteSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The console's web setup: its guard on {@code /p/**} only (the REST API, the sandbox and the actuator keep their
 * own stateless Bearer authentication and never create a session), and a session cookie that is HttpOnly,
 * SameSite=Lax and never put in URLs.
 */
@Configuration
class ConsoleWebConfig implements WebMvcConfigurer {

    static final String SESSION_COOKIE = "JSESSIONID";

    private final ConsoleGuard guard;

    ConsoleWebConfig(ConsoleGuard guard) {
        this.guard = guard;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(guard).addPathPatterns("/p/**");
    }

    @Bean
    CookieSameSiteSupplier consoleSessionCookieSameSite() {
        return CookieSameSiteSupplier.ofLax().whenHasName(SESSION_COOKIE);
    }

    @Bean
    ServletContextInitializer consoleSessionCookie() {
        return servletContext -> {
            servletContext.setSessionTrackingModes(Set.of(SessionTrackingMode.COOKIE));
            servletContext.getSessionCookieConfig().setHttpOnly(true);
            servletContext.getSessionCookieConfig().setName(SESSION_COOKIE);
        };
    }
}
