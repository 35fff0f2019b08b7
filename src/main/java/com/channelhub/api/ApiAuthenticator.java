package com.channelhub.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import com.channelhub.config.HubSettings;
import com.channelhub.project.Project;
import com.channelhub.project.ProjectService;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

/**
 * Checks the bearer key of an API call. A project key opens its own project only: for any other slug the answer is
 * 404, exactly as for a project that does not exist, so keys cannot be used to discover other projects. The admin
 * key ({@code HUB_ADMIN_KEY}) opens the administrative endpoints and every project.
 */
@Component
public class ApiAuthenticator {

    private static final String BEARER = "Bearer ";

    private final HubSettings settings;
    private final ProjectService projects;
    private final byte[] adminKeyDigest;

    public ApiAuthenticator(HubSettings settings, ProjectService projects) {
        this.settings = settings;
        this.projects = projects;
        this.adminKeyDigest = digest(settings.adminKey());
    }

    public void requireAdmin(Exchange exchange) {
        String presented = bearer(exchange);
        if (!isAdminKey(presented)) {
            throw ApiProblem.unauthorized("This endpoint needs the hub's admin key (HUB_ADMIN_KEY) as a Bearer token.");
        }
    }

    /** The admin key or any project's live key: for what every caller may read. */
    public void requireAnyKey(Exchange exchange) {
        String presented = bearer(exchange);
        if (!isAdminKey(presented) && projects.authenticate(presented).isEmpty()) {
            throw ApiProblem.unauthorized("The API key is unknown or revoked.");
        }
    }

    public Project requireProject(Exchange exchange, String slug) {
        String presented = bearer(exchange);
        if (isAdminKey(presented)) {
            return projects.findBySlug(slug).orElseThrow(() -> ApiProblem.notFound("No project '" + slug + "'."));
        }
        Project project = projects.authenticate(presented)
                .orElseThrow(() -> ApiProblem.unauthorized("The API key is unknown or revoked."));
        if (!project.getSlug().equals(slug)) {
            throw ApiProblem.notFound("No project '" + slug + "'.");
        }
        return project;
    }

    private String bearer(Exchange exchange) {
        String header = exchange.getIn().getHeader("Authorization", String.class);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || header.length() == BEARER.length()) {
            throw ApiProblem.unauthorized("Send an API key as 'Authorization: Bearer <key>'.");
        }
        return header.substring(BEARER.length()).trim();
    }

    /** Constant time: both sides are hashed to equal-length digests and compared with MessageDigest.isEqual. */
    private boolean isAdminKey(String presented) {
        return settings.adminKey() != null && MessageDigest.isEqual(adminKeyDigest, digest(presented));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(String.valueOf(value).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
